package org.passerelle.core;

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
}
