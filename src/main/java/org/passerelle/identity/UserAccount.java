package org.passerelle.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;

/**
 * A person's account: how they sign in, their role, their organisation and their language.
 */
@Entity
@Table(name = "user_account")
class UserAccount extends AggregateRoot<UserAccount> {

	@Id
	private UUID id;

	private String email;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	private Language preferredLanguage;

	private String passwordHash;

	private boolean active;

	@Column(updatable = false)
	private Instant createdAt;

	protected UserAccount() {
	}

	private UserAccount(String email, String fullName, Role role, OrganisationId organisationId,
			Language preferredLanguage, String passwordHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = normalise(email);
		this.fullName = fullName.strip();
		this.role = role;
		this.organisationId = organisationId.value();
		this.preferredLanguage = preferredLanguage;
		this.passwordHash = passwordHash;
		this.active = true;
		this.createdAt = createdAt;
	}

	static UserAccount open(String email, String fullName, Role role, OrganisationId organisationId,
			Language preferredLanguage, String passwordHash, Instant at) {
		return new UserAccount(email, fullName, role, organisationId, preferredLanguage, passwordHash, at);
	}

	/** E-mail addresses are compared without regard to case or surrounding spaces. */
	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void describe(String email, String fullName, Role role, OrganisationId organisationId, Language language) {
		this.email = normalise(email);
		this.fullName = fullName.strip();
		this.role = role;
		this.organisationId = organisationId.value();
		this.preferredLanguage = language;
	}

	void chooseLanguage(Language language) {
		this.preferredLanguage = language;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void deactivate() {
		this.active = false;
	}

	/** Keeps the account's row for the records that name its id, with nothing left that identifies. */
	void forget(String unusablePassword) {
		this.email = "forgotten-" + id + "@passerelle.invalid";
		this.fullName = "—";
		this.passwordHash = unusablePassword;
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	UserId id() {
		return new UserId(id);
	}

	@Override
	protected Object identifier() {
		return id;
	}

	String email() {
		return email;
	}

	String fullName() {
		return fullName;
	}

	Role role() {
		return role;
	}

	OrganisationId organisationId() {
		return new OrganisationId(organisationId);
	}

	Language preferredLanguage() {
		return preferredLanguage;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean isActive() {
		return active;
	}

	Instant createdAt() {
		return createdAt;
	}

	Actor actor() {
		return new Actor(id(), email, role, organisationId());
	}
}
