package org.passerelle.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The annotated text, when not empty, is a Canadian postal code such as {@code K1A 0B1}.
 */
@Documented
@Constraint(validatedBy = CanadianPostalCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface CanadianPostalCode {

	String message() default "{field.postalCode.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Accepts empty text: whether a postal code is required is another rule. */
	class Validator implements ConstraintValidator<CanadianPostalCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || PostalCode.parse(value).isPresent();
		}
	}
}
