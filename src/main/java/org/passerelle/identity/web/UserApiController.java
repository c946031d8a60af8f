package org.passerelle.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * User accounts over REST, scoped like the pages: administrators manage all, staff read their
 * organisation's, mentors and mentees only themselves.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "User accounts, their role, organisation and language")
class UserApiController {

	private final UserManagement users;

	UserApiController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "The accounts the caller may see")
	List<UserResource> list(Actor actor) {
		return users.list(actor).stream().map(UserResource::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account; 404 when it does not exist or lies outside the caller's scope")
	UserResource find(Actor actor, @PathVariable UserId id) {
		return UserResource.of(users.find(actor, id));
	}

	@PostMapping
	@Operation(summary = "Open an account (administrators); without a password the person gets an e-mail to choose "
			+ "one, as mentees and mentors always do")
	ResponseEntity<UserResource> open(Actor actor, @Valid @RequestBody NewUserRequest request) {
		var user = users.open(actor, request.details());
		return ResponseEntity.created(URI.create("/api/users/" + user.id())).body(UserResource.of(user));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an account (administrators); 409 when it changed since the given version")
	UserResource change(Actor actor, @PathVariable UserId id, @Valid @RequestBody UserChangeRequest request) {
		return UserResource.of(users.change(actor, id, request.version(), request.details()));
	}

	/** An account as the API shows it. */
	record UserResource(UUID id, String email, String fullName, Role role, UUID organisationId,
			String organisationName, Language preferredLanguage, boolean active, Instant createdAt, long version) {

		static UserResource of(UserView user) {
			return new UserResource(user.id().value(), user.email(), user.fullName(), user.role(),
					user.organisationId().value(), user.organisationName(), user.preferredLanguage(), user.active(),
					user.createdAt(), user.version());
		}
	}

	/** Opening an account. */
	record NewUserRequest(
			@NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(max = 254,
					message = "{field.tooLong}") String email,
			@NotBlank(message = "{user.fullName.required}") @Size(max = 200,
					message = "{field.tooLong}") String fullName,
			@NotNull(message = "{user.role.required}") Role role,
			@NotNull(message = "{user.organisation.required}") UUID organisationId, Language preferredLanguage,
			@Size(min = UserManagement.MINIMUM_PASSWORD_LENGTH, max = 200,
					message = "{user.password.tooShort}") String password) {

		NewUserRequest {
			email = email == null ? null : email.strip();
		}

		AccountDetails details() {
			return new AccountDetails(email, fullName, role, new OrganisationId(organisationId), preferredLanguage,
					password);
		}
	}

	/** Changing an account as it was at {@code version}; a null password keeps the current one. */
	record UserChangeRequest(
			@NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(max = 254,
					message = "{field.tooLong}") String email,
			@NotBlank(message = "{user.fullName.required}") @Size(max = 200,
					message = "{field.tooLong}") String fullName,
			@NotNull(message = "{user.role.required}") Role role,
			@NotNull(message = "{user.organisation.required}") UUID organisationId, Language preferredLanguage,
			@Size(min = UserManagement.MINIMUM_PASSWORD_LENGTH, max = 200,
					message = "{user.password.tooShort}") String password,
			@NotNull(message = "{field.versionRequired}") Long version) {

		UserChangeRequest {
			email = email == null ? null : email.strip();
		}

		AccountDetails details() {
			return new AccountDetails(email, fullName, role, new OrganisationId(organisationId), preferredLanguage,
					password);
		}
	}
}
