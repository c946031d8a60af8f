package org.passerelle.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.passerelle.core.BaseAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links e-mailed to choose a password (R-ACC-2): after "forgot your password?", valid one hour,
 * and for an account opened without a password, valid as long as an invitation. Each link works
 * once; asking for a new one voids the earlier ones. Only a hash of the token is kept. Both
 * asking and guessing are throttled as sign-in is.
 */
@Service
@Transactional
public class PasswordLinks {

	private final JdbcClient jdbc;

	private final UserAccountRepository accounts;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final BaseAddress baseAddress;

	private final Clock clock;

	private final Duration resetValidFor;

	private final Duration setValidFor;

	PasswordLinks(JdbcClient jdbc, UserAccountRepository accounts, PasswordPolicy passwordPolicy,
			PasswordEncoder encoder, LoginThrottle throttle, ApplicationEventPublisher events, BaseAddress baseAddress,
			Clock clock, @Value("${passerelle.passwords.reset-valid-for:PT1H}") Duration resetValidFor,
			@Value("${passerelle.invitations.valid-for:P7D}") Duration setValidFor) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
		this.encoder = encoder;
		this.throttle = throttle;
		this.events = events;
		this.baseAddress = baseAddress;
		this.clock = clock;
		this.resetValidFor = resetValidFor;
		this.setValidFor = setValidFor;
	}

	/**
	 * Sends a link to choose a new password to the account with this address, if there is an
	 * active one; says nothing either way, so that nobody learns who has an account. Asking often
	 * for one address is throttled.
	 *
	 * @throws TooManyAttemptsException after too many requests for the address
	 */
	public void requestReset(String email) {
		var key = "password-reset-request:" + (email == null ? "" : UserAccount.normalise(email));
		if (throttle.isBlocked(key)) {
			throw new TooManyAttemptsException();
		}
		throttle.failed(key);
		if (email == null || email.isBlank()) {
			return;
		}
		accounts.findByEmail(UserAccount.normalise(email))
			.filter(UserAccount::isActive)
			.ifPresent(account -> issue(account, PasswordLinkPurpose.RESET));
	}

	/**
	 * Whether a link still works, and for what; reading it changes nothing.
	 *
	 * @throws PasswordLinkException when it does not work
	 */
	@Transactional(readOnly = true)
	public PasswordLinkPurpose check(String token) {
		return valid(token).purpose();
	}

	/**
	 * Sets the password of the link's account, once; the link and every other one of the account
	 * stop working.
	 *
	 * @param requester who is trying, as the throttle counts them (the client's address)
	 * @throws PasswordLinkException when the link does not work, nothing changed
	 * @throws TooManyAttemptsException after too many links that did not work from the requester
	 */
	public void choosePassword(String token, String newPassword, String requester) {
		var key = "password-reset-link:" + requester;
		if (throttle.isBlocked(key)) {
			throw new TooManyAttemptsException();
		}
		Link link;
		try {
			link = valid(token);
		}
		catch (PasswordLinkException ex) {
			throttle.failed(key);
			throw ex;
		}
		var account = accounts.findById(link.user()).orElseThrow(() -> new PasswordLinkException(PasswordLinkException.Reason.UNKNOWN));
		passwordPolicy.check(newPassword, account.email());
		account.changePassword(encoder.encode(newPassword));
		jdbc.sql("update password_link set used_at = ? where user_id = ? and used_at is null")
			.params(Timestamp.from(clock.instant()), link.user())
			.update();
		throttle.succeeded(key);
	}

	/** E-mails an account just opened without a password the link to choose one. */
	void sendFirstPasswordLink(UserAccount account) {
		issue(account, PasswordLinkPurpose.SET);
	}

	private void issue(UserAccount account, PasswordLinkPurpose purpose) {
		var now = clock.instant();
		// a new link voids the earlier ones: only the last e-mail works
		jdbc.sql("update password_link set used_at = ? where user_id = ? and used_at is null")
			.params(Timestamp.from(now), account.id().value())
			.update();
		var token = SecretTokens.generate();
		var expires = now.plus(purpose == PasswordLinkPurpose.RESET ? resetValidFor : setValidFor);
		jdbc.sql("""
				insert into password_link (id, user_id, purpose, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), account.id().value(), purpose.name(), SecretTokens.hash(token),
					Timestamp.from(now), Timestamp.from(expires))
			.update();
		var link = baseAddress.configuredOrLocal() + "/password/reset/" + token + "?lang="
				+ account.preferredLanguage().code();
		events.publishEvent(new IdentityEvents.PasswordLinkIssued(account.id(), account.email(), account.fullName(),
				account.preferredLanguage(), purpose, link, expires));
	}

	private Link valid(String token) {
		var link = jdbc.sql("select user_id, purpose, expires_at, used_at from password_link where token_hash = ?")
			.param(SecretTokens.hash(token))
			.query((rs, row) -> new Link(rs.getObject("user_id", UUID.class),
					PasswordLinkPurpose.valueOf(rs.getString("purpose")), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
			.optional()
			.orElseThrow(() -> new PasswordLinkException(PasswordLinkException.Reason.UNKNOWN));
		if (link.usedAt() != null) {
			throw new PasswordLinkException(PasswordLinkException.Reason.USED);
		}
		if (!clock.instant().isBefore(link.expiresAt())) {
			throw new PasswordLinkException(PasswordLinkException.Reason.EXPIRED);
		}
		return link;
	}

	private record Link(UUID user, PasswordLinkPurpose purpose, Instant expiresAt, Instant usedAt) {
	}
}
