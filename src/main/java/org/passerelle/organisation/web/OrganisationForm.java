package org.passerelle.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.organisation.OrganisationView;

/**
 * An organisation's description as a form and as an API request body; {@code version} says
 * which state a change was made from.
 */
record OrganisationForm(
		@NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
		@NotNull(message = "{organisation.type.required}") OrganisationType type,
		@Size(max = 300, message = "{field.tooLong}") @Pattern(regexp = "^$|^https?://\\S+$",
				message = "{organisation.website.invalid}") String website,
		@Email(message = "{field.email.invalid}") @Size(max = 254, message = "{field.tooLong}") String email,
		@Size(max = 40, message = "{field.tooLong}") @Pattern(regexp = "^$|^[0-9+()\\-. ]{7,40}$",
				message = "{field.phone.invalid}") String phone,
		@NotNull(groups = Change.class, message = "{field.versionRequired}") Long version) {

	/** Validation group of a change, which must say which version it changes. */
	interface Change {
	}

	static OrganisationForm empty() {
		return new OrganisationForm("", null, "", "", "", null);
	}

	static OrganisationForm of(OrganisationView organisation) {
		return new OrganisationForm(organisation.name(), organisation.type(), organisation.website(),
				organisation.email(), organisation.phone(), organisation.version());
	}

	OrganisationDetails details() {
		return new OrganisationDetails(name, type, website, email, phone);
	}
}
