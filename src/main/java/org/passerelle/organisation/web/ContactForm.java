package org.passerelle.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.passerelle.organisation.ContactDetails;

/**
 * A new contact, as a form and as an API request body.
 */
record ContactForm(
		@NotBlank(message = "{contact.fullName.required}") @Size(max = 200,
				message = "{field.tooLong}") String fullName,
		@Size(max = 200, message = "{field.tooLong}") String title,
		@Email(message = "{field.email.invalid}") @Size(max = 254, message = "{field.tooLong}") String email,
		@Size(max = 40, message = "{field.tooLong}") @Pattern(regexp = "^$|^[0-9+()\\-. ]{7,40}$",
				message = "{field.phone.invalid}") String phone) {

	static ContactForm empty() {
		return new ContactForm("", "", "", "");
	}

	ContactDetails details() {
		return new ContactDetails(fullName, title, email, phone);
	}
}
