package org.passerelle.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.passerelle.core.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens with which partner systems — an agency's own case-management software — call the
 * REST API as one of the organisation's accounts ({@code Authorization: Bearer …}). Only a hash of
 * each token is kept; the token itself is shown once, when issued. A person issues tokens for
 * their own account; administrators for any account.
 */
@Service
@Transactional
public class ApiTokens {

	private static final SecureRandom random = new SecureRandom();

	private static final String PREFIX = "psr_";

	private final JdbcClient jdbc;

	private final UserAccountRepository accounts;

	private final AccessPolicy policy;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, UserAccountRepository accounts, AccessPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
	}

	/** Issues a token for an account; the returned token is never shown again. */
	public IssuedToken issue(Actor actor, UserId forAccount, String name) {
		if (!actor.userId().equals(forAccount)) {
			policy.require(policy.mayManageUsers(actor));
		}
		accounts.findById(forAccount.value()).orElseThrow(() -> new NotFoundException("user", forAccount));
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var id = UUID.randomUUID();
		jdbc.sql("insert into api_token (id, user_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
			.params(id, forAccount.value(), name.strip(), hash(token), java.sql.Timestamp.from(clock.instant()))
			.update();
		return new IssuedToken(id, name.strip(), token);
	}

	/** The tokens of an account, without their secret. */
	@Transactional(readOnly = true)
	public List<TokenView> list(Actor actor, UserId account) {
		if (!actor.userId().equals(account)) {
			policy.require(policy.mayManageUsers(actor));
		}
		return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from api_token where user_id = ? order by created_at")
			.param(account.value())
			.query((rs, row) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** Revokes a token: it no longer authenticates anyone. */
	public void revoke(Actor actor, UUID tokenId) {
		int changed = actor.is(Role.ADMIN)
				? jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
					.params(java.sql.Timestamp.from(clock.instant()), tokenId)
					.update()
				: jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
					.params(java.sql.Timestamp.from(clock.instant()), tokenId, actor.userId().value())
					.update();
		if (changed == 0) {
			throw new NotFoundException("token", tokenId);
		}
	}

	/** The account a presented token stands for, if it is known, not revoked, and its account active. */
	Optional<UserAccount> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		var found = jdbc.sql("select id, user_id, last_used_at from api_token where token_hash = ? and revoked_at is null")
			.param(hash(token))
			.query((rs, row) -> new Object[] { rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					instant(rs.getTimestamp("last_used_at")) })
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var now = clock.instant();
		var lastUsed = (Instant) found.get()[2];
		if (lastUsed == null || Duration.between(lastUsed, now).toMinutes() >= 1) {
			jdbc.sql("update api_token set last_used_at = ? where id = ?")
				.params(java.sql.Timestamp.from(now), found.get()[0])
				.update();
		}
		return accounts.findById((UUID) found.get()[1]).filter(UserAccount::isActive);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** A token just issued: its secret, shown this once. */
	public record IssuedToken(UUID id, String name, String token) implements java.io.Serializable {
	}

	/** A token as its owner sees it later: no secret. */
	public record TokenView(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}
}
