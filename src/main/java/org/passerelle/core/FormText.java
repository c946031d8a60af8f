package org.passerelle.core;

import java.beans.PropertyEditorSupport;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses a text of a form, a query or an address holding an invisible control character (NUL and
 * the like; tabs and line breaks are text), as {@link TextJson} does for API bodies: PostgreSQL
 * cannot store NUL, and nobody types the others. The form comes back with the field's error
 * ({@code controlCharacter}) and the text without those characters — the person could not find
 * them to remove them — so that checking it and saving again is enough.
 */
@ControllerAdvice
class FormText {

	static final String ERROR_CODE = "controlCharacter";

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new Editor());
		binder.setBindingErrorProcessor(new ErrorProcessor(binder.getBindingErrorProcessor()));
	}

	/** Reads a text as it is, unless it holds a control character. */
	static class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text != null && TextJson.hasControlCharacter(text)) {
				throw new ControlCharacterException(text);
			}
			setValue(text);
		}
	}

	/** A text refused for a control character, and the same text without them. */
	static class ControlCharacterException extends IllegalArgumentException {

		private final String cleaned;

		ControlCharacterException(String text) {
			super("Text holds a control character");
			this.cleaned = withoutControlCharacters(text);
		}

		String cleaned() {
			return cleaned;
		}
	}

	static String withoutControlCharacters(String text) {
		var kept = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> !TextJson.hasControlCharacter(Character.toString(c)))
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/**
	 * Records the refusal as the field's error, with the cleaned text as the value shown back; a
	 * binding failure, so that the field's other checks (such as "required") do not add theirs.
	 */
	private record ErrorProcessor(BindingErrorProcessor delegate) implements BindingErrorProcessor {

		private ErrorProcessor(BindingErrorProcessor delegate) {
			this.delegate = delegate == null ? new DefaultBindingErrorProcessor() : delegate;
		}

		@Override
		public void processMissingFieldError(String missingField, BindingResult bindingResult) {
			delegate.processMissingFieldError(missingField, bindingResult);
		}

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			var refused = cause(ex);
			if (refused == null) {
				delegate.processPropertyAccessException(ex, bindingResult);
				return;
			}
			var field = ex.getPropertyName();
			bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, refused.cleaned(), true,
					bindingResult.resolveMessageCodes(ERROR_CODE, field), null,
					"This text holds an invisible control character"));
		}

		private static ControlCharacterException cause(Throwable ex) {
			for (var cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof ControlCharacterException found) {
					return found;
				}
			}
			return null;
		}
	}
}
