package org.passerelle.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.core.LocalizedProblems;
import org.passerelle.identity.Actor;
import org.passerelle.identity.PasswordLinks;
import org.passerelle.identity.PasswordPolicy;
import org.passerelle.identity.TooManyAttemptsException;
import org.passerelle.identity.UserManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Passwords through the API: ask for a link (the answer is the same whether or not the address
 * has an account), choose a password with a link's token, change one's own.
 */
@RestController
@Tag(name = "Passwords")
class PasswordApiController {

	private final PasswordLinks links;

	private final UserManagement users;

	private final LocalizedProblems problems;

	PasswordApiController(PasswordLinks links, UserManagement users, LocalizedProblems problems) {
		this.links = links;
		this.users = users;
		this.problems = problems;
	}

	@PostMapping("/api/password/forgot")
	@Operation(summary = "E-mail a link to choose a new password, valid one hour; 202 whether or not the address has an account")
	ResponseEntity<Void> forgot(@Valid @RequestBody ForgotRequest request) {
		links.requestReset(request.email());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/api/password/reset")
	@Operation(summary = "Choose a new password with the token of an e-mailed link; 410 when the link does not work")
	ResponseEntity<Void> reset(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
		links.choosePassword(request.token(), request.password(), http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/account/password")
	@Operation(summary = "Change one's own password, giving the current one")
	ResponseEntity<Void> change(Actor actor, @Valid @RequestBody ChangeRequest request) {
		users.changeOwnPassword(actor, request.currentPassword(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> linkRefused(org.passerelle.identity.PasswordLinkException ex) {
		return problem(HttpStatus.GONE, "password.link.title", ex.messageCode());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> throttled(TooManyAttemptsException ex) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "problem.rule.title", ex.messageCode());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status).body(problems.of(status, title, detail));
	}

	/** Whose password is forgotten. */
	record ForgotRequest(@NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(
			max = 254, message = "{field.tooLong}") String email) {
	}

	/** The token of the e-mailed link and the new password. */
	record ResetRequest(@NotBlank(message = "{password.link.unknown}") String token,
			@NotNull(message = "{password.required}") @Size(max = PasswordPolicy.MAXIMUM_LENGTH,
					message = "{field.tooLong}") String password) {
	}

	/** One's current password and the new one. */
	record ChangeRequest(@NotBlank(message = "{account.password.currentRequired}") String currentPassword,
			@NotNull(message = "{password.required}") @Size(max = PasswordPolicy.MAXIMUM_LENGTH,
					message = "{field.tooLong}") String newPassword) {
	}
}
