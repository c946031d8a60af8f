package org.passerelle.identity.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserView;

/**
 * The account form an administrator fills in. The password may stay empty: a new account then
 * gets an e-mail to choose one, and a changed one keeps its own. Mentees and mentors always
 * choose theirs (the form shows no password for them).
 */
record UserForm(
		@NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(max = 254,
				message = "{field.tooLong}") String email,
		@NotBlank(message = "{user.fullName.required}") @Size(max = 200, message = "{field.tooLong}") String fullName,
		@NotNull(message = "{user.role.required}") Role role,
		@NotNull(message = "{user.organisation.required}") UUID organisationId,
		@NotNull(message = "{user.language.required}") Language preferredLanguage,
		@Size(max = 200, message = "{field.tooLong}") String password, Long version) {

	UserForm {
		email = email == null ? null : email.strip();
	}

	static UserForm empty() {
		return new UserForm("", "", null, null, Language.FR, null, null);
	}

	static UserForm of(UserView user) {
		return new UserForm(user.email(), user.fullName(), user.role(), user.organisationId().value(),
				user.preferredLanguage(), null, user.version());
	}

	AccountDetails details() {
		return new AccountDetails(email, fullName, role, new OrganisationId(organisationId), preferredLanguage,
				hasPassword() ? password : null);
	}

	boolean hasPassword() {
		return password != null && !password.isEmpty();
	}
}
