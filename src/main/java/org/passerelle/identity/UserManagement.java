package org.passerelle.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Opens, changes and lists user accounts, within what the {@link AccessPolicy} lets the actor
 * see and do.
 */
@Service
@Transactional
public class UserManagement {

	/** Shortest password accepted; see {@link PasswordPolicy}. */
	public static final int MINIMUM_PASSWORD_LENGTH = PasswordPolicy.MINIMUM_LENGTH;

	private static final SecureRandom random = new SecureRandom();

	private final UserAccountRepository accounts;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisations;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final PasswordPolicy passwordPolicy;

	private final PasswordLinks passwordLinks;

	UserManagement(UserAccountRepository accounts, AccessPolicy policy, OrganisationDirectory organisations,
			PasswordEncoder passwordEncoder, Clock clock, PasswordPolicy passwordPolicy, PasswordLinks passwordLinks) {
		this.passwordPolicy = passwordPolicy;
		this.passwordLinks = passwordLinks;
		this.accounts = accounts;
		this.policy = policy;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** The accounts the actor may see, by name. */
	@Transactional(readOnly = true)
	public List<UserView> list(Actor actor) {
		var scope = policy.usersVisibleTo(actor);
		List<UserAccount> found = switch (scope) {
			case Scope.Everything everything -> accounts.findAllByOrderByFullNameAsc();
			case Scope.OfOrganisation(var organisation) ->
				accounts.findByOrganisationIdOrderByFullNameAsc(organisation.value());
			case Scope.OfPerson(var person) -> accounts.findById(person.value()).stream().toList();
			case Scope.Nothing nothing -> List.of();
		};
		return views(found);
	}

	/** The accounts of one role the actor may see, by name (the coordinators one may assign, say). */
	@Transactional(readOnly = true)
	public List<UserView> list(Actor actor, Role role) {
		List<UserAccount> found = switch (policy.usersVisibleTo(actor)) {
			case Scope.Everything everything -> accounts.findByRoleOrderByFullNameAsc(role);
			case Scope.OfOrganisation(var organisation) ->
				accounts.findByOrganisationIdAndRoleOrderByFullNameAsc(organisation.value(), role);
			case Scope.OfPerson(var person) ->
				accounts.findById(person.value()).filter(account -> account.role() == role).stream().toList();
			case Scope.Nothing nothing -> List.of();
		};
		return views(found);
	}

	/** The names of accounts, to say who did what in a history; unknown ids are left out. */
	@Transactional(readOnly = true)
	public java.util.Map<UserId, String> names(java.util.Collection<UserId> ids) {
		var names = new java.util.HashMap<UserId, String>();
		accounts.findAllById(ids.stream().map(UserId::value).distinct().toList())
			.forEach(account -> names.put(account.id(), account.fullName()));
		return names;
	}

	/** One account, if the actor may see it; otherwise not found. */
	@Transactional(readOnly = true)
	public UserView find(Actor actor, UserId id) {
		return views(List.of(visible(actor, id))).getFirst();
	}

	/**
	 * Opens an account; the e-mail address must not be in use. Without a password, the person gets
	 * an e-mail with a link to choose one. Nobody chooses the password of a mentee or a mentor for
	 * them: only Passerelle itself (demo data) may give one.
	 */
	public UserView open(Actor actor, AccountDetails details) {
		policy.require(policy.mayManageUsers(actor));
		var email = UserAccount.normalise(details.email());
		if (accounts.existsByEmail(email)) {
			throw new DuplicateValueException("email", "user.email.taken");
		}
		var chosenByPerson = StringUtils.hasText(details.password());
		if (chosenByPerson) {
			refusePasswordOfParticipant(actor, details.role());
		}
		var account = UserAccount.open(email, details.fullName(), details.role(), details.organisationId(),
				languageOrDefault(details.preferredLanguage()),
				chosenByPerson ? encode(details.password(), email) : unusablePassword(), clock.instant());
		var saved = save(account);
		if (!chosenByPerson) {
			passwordLinks.sendFirstPasswordLink(saved);
		}
		return views(List.of(saved)).getFirst();
	}

	/**
	 * Opens the account of a person who accepted an invitation, with the password they chose:
	 * Passerelle acts, no administrator (the participant module calls it for its invitations).
	 *
	 * @throws DuplicateValueException when an account already has the address
	 * @throws org.passerelle.core.InvalidFieldException when the password breaks the policy
	 */
	public UserId openInvited(String email, String fullName, Role role, OrganisationId organisation, Language language,
			String password) {
		var normalised = UserAccount.normalise(email);
		passwordPolicy.check(password, normalised);
		if (accounts.existsByEmail(normalised)) {
			throw new DuplicateValueException("email", "user.email.taken");
		}
		return save(UserAccount.open(normalised, fullName, role, organisation, languageOrDefault(language),
				passwordEncoder.encode(password), clock.instant())).id();
	}

	/** The active account with this address, if any, whatever its case. */
	@Transactional(readOnly = true)
	public Optional<UserId> accountWithEmail(String email) {
		if (!StringUtils.hasText(email)) {
			return Optional.empty();
		}
		return accounts.findByEmail(UserAccount.normalise(email)).filter(UserAccount::isActive).map(UserAccount::id);
	}

	/**
	 * Changes an account as it was at {@code version}: if someone changed it since, nothing is
	 * overwritten and an optimistic-locking failure tells the caller.
	 */
	public UserView change(Actor actor, UserId id, long version, AccountDetails details) {
		policy.require(policy.mayManageUsers(actor));
		var account = visible(actor, id);
		account.requireVersion(version);
		var email = UserAccount.normalise(details.email());
		if (accounts.existsByEmailAndIdNot(email, id.value())) {
			throw new DuplicateValueException("email", "user.email.taken");
		}
		account.describe(email, details.fullName(), details.role(), details.organisationId(),
				languageOrDefault(details.preferredLanguage()));
		if (StringUtils.hasText(details.password())) {
			refusePasswordOfParticipant(actor, details.role());
			account.changePassword(encode(details.password(), email));
		}
		return views(List.of(save(account))).getFirst();
	}

	/** Deactivates or reactivates an account; a deactivated account cannot sign in. */
	public UserView setActive(Actor actor, UserId id, boolean active) {
		policy.require(policy.mayManageUsers(actor));
		if (!active && actor.userId().equals(id)) {
			throw new RuleViolationException("user.deactivate.self");
		}
		var account = visible(actor, id);
		if (active) {
			account.reactivate();
		}
		else {
			account.deactivate();
		}
		return views(List.of(accounts.save(account))).getFirst();
	}

	/**
	 * Forgets who held an account at the end of its retention (the privacy module's job): its name
	 * and e-mail address go, it can no longer sign in; its id stays for the records that name it.
	 */
	public void forget(UserId id) {
		accounts.findById(id.value()).ifPresent(account -> account.forget(unusablePassword()));
	}

	/** Remembers the language a person chose, for every page and message sent to them. */
	public void chooseLanguage(Actor actor, Language language) {
		accounts.findById(actor.userId().value()).ifPresent(account -> account.chooseLanguage(language));
	}

	/** The language a person chose, if they have an account. */
	@Transactional(readOnly = true)
	public Optional<Language> languageOf(UserId id) {
		return accounts.findById(id.value()).map(UserAccount::preferredLanguage);
	}

	/**
	 * Changes one's own password, after checking the current one; the new one must follow the
	 * {@link PasswordPolicy} (refused on the field {@code password}).
	 */
	public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		var account = accounts.findById(actor.userId().value())
			.orElseThrow(() -> new org.passerelle.core.NotFoundException("user", actor.userId()));
		if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new RuleViolationException("account.password.currentWrong");
		}
		account.changePassword(encode(newPassword, account.email()));
	}

	/** Whether any account exists yet; an empty database gets its first administrator. */
	@Transactional(readOnly = true)
	public boolean hasAccounts() {
		return accounts.count() > 0;
	}

	/**
	 * Opens the first administrator's account on an empty database.
	 *
	 * @return the password, generated when none was given
	 */
	public String openFirstAdministrator(String email, String password, OrganisationId organisation) {
		var chosen = StringUtils.hasText(password) ? password : generatePassword();
		// the operator's configured password is theirs to choose: the policy applies from the first change
		accounts.save(UserAccount.open(email, "Administrator", Role.ADMIN, organisation, Language.FR,
				passwordEncoder.encode(chosen), clock.instant()));
		return chosen;
	}

	private UserAccount visible(Actor actor, UserId id) {
		var scope = policy.usersVisibleTo(actor);
		return policy.requireVisible(accounts.findById(id.value()),
				account -> policy.includes(scope, account.organisationId(), account.id()), "user", id);
	}

	private UserAccount save(UserAccount account) {
		try {
			return accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			var message = String.valueOf(ex.getMostSpecificCause().getMessage());
			if (message.contains("user_account_email")) {
				throw new DuplicateValueException("email", "user.email.taken");
			}
			if (message.contains("user_account_organisation")) {
				throw new RuleViolationException("user.organisation.unknown");
			}
			throw ex;
		}
	}

	private List<UserView> views(List<UserAccount> found) {
		var ids = new HashSet<OrganisationId>();
		found.forEach(account -> ids.add(account.organisationId()));
		var names = organisations.names(ids);
		return found.stream()
			.map(account -> new UserView(account.id(), account.email(), account.fullName(), account.role(),
					account.organisationId(), names.getOrDefault(account.organisationId(), ""),
					account.preferredLanguage(), account.isActive(), account.createdAt(), account.version()))
			.toList();
	}

	private String encode(String password, String email) {
		passwordPolicy.check(password, email);
		return passwordEncoder.encode(password);
	}

	/** Mentees and mentors choose their own password: an administrator never sees it. */
	private static void refusePasswordOfParticipant(Actor actor, Role role) {
		if ((role == Role.MENTEE || role == Role.MENTOR) && !actor.equals(Actor.system())) {
			throw new org.passerelle.core.InvalidFieldException("password", "user.password.participantChooses");
		}
	}

	/** A password nobody knows, until the person chooses theirs through the link e-mailed to them. */
	private String unusablePassword() {
		return passwordEncoder.encode(generatePassword() + generatePassword());
	}

	private static Language languageOrDefault(Language language) {
		return language == null ? Language.FR : language;
	}

	private static String generatePassword() {
		var bytes = new byte[15];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
