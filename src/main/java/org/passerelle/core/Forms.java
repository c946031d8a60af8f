package org.passerelle.core;

import java.util.function.UnaryOperator;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts a form back on its page with every error found, including the values that could not be
 * converted (text in a number field, an unknown choice).
 *
 * <p>Forms are records bound through their constructor. When a value cannot be converted, Spring
 * keeps the errors in a binding result that is not tied to the form object, and the model drops
 * that result as soon as the form is put back: the page would come back with no message. This
 * ties a new binding result, holding the same errors, to the form.
 *
 * <p>It also puts on a form what the service refused ({@link #reject}).
 */
public final class Forms {

	private Forms() {
	}

	public static void keep(Model model, String name, Object form, BindingResult errors) {
		model.addAttribute(name, form);
		var result = new BeanPropertyBindingResult(form, name);
		result.addAllErrors(errors);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
	}

	/**
	 * Puts what a service refused on the form: a refused or duplicate value on its field, a broken
	 * rule on the whole form; any other exception is thrown again.
	 */
	public static void reject(BindingResult result, RuntimeException refusal) {
		reject(result, refusal, UnaryOperator.identity());
	}

	/** The same, for a form whose fields are named otherwise than the service names them. */
	public static void reject(BindingResult result, RuntimeException refusal, UnaryOperator<String> field) {
		switch (refusal) {
			case InvalidFieldException ex ->
				result.rejectValue(field.apply(ex.field()), ex.messageCode(), ex.arguments(), ex.messageCode());
			case DuplicateValueException ex -> result.rejectValue(field.apply(ex.field()), ex.messageCode());
			case RuleViolationException ex -> result.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
			default -> throw refusal;
		}
	}
}
