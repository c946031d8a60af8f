package org.passerelle.identity.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.passerelle.identity.Actor;
import org.passerelle.identity.ApiTokens;
import org.passerelle.identity.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens over REST: a person issues and revokes tokens for their own account (administrators
 * for any account); the secret is in the answer to the issue, and nowhere else.
 */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "API tokens", description = "Tokens with which partner systems call the API as an account")
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "The caller's tokens, without their secret")
	List<ApiTokens.TokenView> list(Actor actor) {
		return tokens.list(actor, actor.userId());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a token for the caller's account, or for an account (administrators)")
	ApiTokens.IssuedToken issue(Actor actor, @Valid @RequestBody TokenRequest request) {
		var account = request.userId() == null ? actor.userId() : new UserId(request.userId());
		return tokens.issue(actor, account, request.name());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a token")
	void revoke(Actor actor, @PathVariable UUID id) {
		tokens.revoke(actor, id);
	}

	/** A token to issue: its name, and the account when not the caller's. */
	record TokenRequest(@NotBlank(message = "{account.tokens.nameRequired}") @Size(max = 100,
			message = "{field.tooLong}") String name, UUID userId) {
	}
}
