package org.passerelle.identity;

import java.util.Optional;
import java.util.function.Predicate;

import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a person may see and do, from their role and organisation.
 * Services ask it for a {@link Scope} before they query and check each record they return
 * against it; what lies outside a person's scope is reported as not found, exactly like what
 * does not exist.
 */
@Component
public class AccessPolicy {

	/** The person the current request acts for. */
	public Actor currentActor() {
		return signedInActor().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
	}

	/** The person the current request acts for, if someone is signed in. */
	public Optional<Actor> signedInActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				? Optional.of(principal.actor()) : Optional.empty();
	}

	/** Organisations: administrators and coordinators see all; everyone else their own. */
	public Scope organisationsVisibleTo(Actor actor) {
		return switch (actor.role()) {
			case ADMIN, COORDINATOR -> Scope.everything();
			default -> Scope.organisation(actor.organisationId());
		};
	}

	/** Only administrators create and change organisations. */
	public boolean mayManageOrganisations(Actor actor) {
		return actor.is(Role.ADMIN);
	}

	/**
	 * User accounts: administrators see all; staff of an organisation see its accounts; mentors
	 * and mentees see only their own.
	 */
	public Scope usersVisibleTo(Actor actor) {
		return switch (actor.role()) {
			case ADMIN -> Scope.everything();
			case COORDINATOR, REFERRAL_PARTNER, EMPLOYER, FUNDER, PRIVACY_OFFICER -> Scope.organisation(actor.organisationId());
			case MENTOR, MENTEE -> Scope.person(actor.userId());
		};
	}

	/** Only administrators create and change other people's accounts. */
	public boolean mayManageUsers(Actor actor) {
		return actor.is(Role.ADMIN);
	}

	/**
	 * Programs: administrators see all; referral partners, employers and funders see all, to
	 * refer clients and read results; coordinators see the programs they are assigned to, and
	 * mentors and mentees those they take part in ({@link Scope#person}).
	 */
	public Scope programsVisibleTo(Actor actor) {
		return switch (actor.role()) {
			case ADMIN, REFERRAL_PARTNER, EMPLOYER, FUNDER -> Scope.everything();
			case COORDINATOR, MENTOR, MENTEE -> Scope.person(actor.userId());
			case PRIVACY_OFFICER -> Scope.nothing();
		};
	}

	/** Only administrators create programs and assign their coordinators. */
	public boolean mayCreatePrograms(Actor actor) {
		return actor.is(Role.ADMIN);
	}

	/** Administrators, and the coordinators assigned to a program, change its rules and criteria. */
	public boolean mayChangeProgram(Actor actor, java.util.Set<UserId> coordinators) {
		return actor.is(Role.ADMIN) || actor.is(Role.COORDINATOR) && coordinators.contains(actor.userId());
	}

	/**
	 * Participants (mentees and mentors): administrators see all; coordinators those taking part in
	 * the programs they are assigned to, and mentors and mentees themselves ({@link Scope#person});
	 * a referral agency the clients it referred and an employer the mentors affiliated with it
	 * ({@link Scope#organisation}); funders no one (aggregates only).
	 */
	public Scope participantsVisibleTo(Actor actor) {
		return switch (actor.role()) {
			case ADMIN -> Scope.everything();
			case COORDINATOR, MENTOR, MENTEE -> Scope.person(actor.userId());
			case REFERRAL_PARTNER, EMPLOYER -> Scope.organisation(actor.organisationId());
			case FUNDER, PRIVACY_OFFICER -> Scope.nothing();
		};
	}

	/** Administrators and coordinators record participants, their screening and consent. */
	public boolean mayManageParticipants(Actor actor) {
		return actor.is(Role.ADMIN) || actor.is(Role.COORDINATOR);
	}

	/**
	 * Referrals: administrators see all; coordinators those sent to their programs
	 * ({@link Scope#person}); an agency its own, never another's ({@link Scope#organisation}).
	 */
	public Scope referralsVisibleTo(Actor actor) {
		return switch (actor.role()) {
			case ADMIN -> Scope.everything();
			case COORDINATOR -> Scope.person(actor.userId());
			case REFERRAL_PARTNER -> Scope.organisation(actor.organisationId());
			case MENTOR, MENTEE, EMPLOYER, FUNDER, PRIVACY_OFFICER -> Scope.nothing();
		};
	}

	/** Partner agencies refer their clients. */
	public boolean mayRefer(Actor actor) {
		return actor.is(Role.REFERRAL_PARTNER);
	}

	/** Only administrators import reference data (occupations, industries, postal areas). */
	public boolean mayManageReferenceData(Actor actor) {
		return actor.is(Role.ADMIN);
	}

	/** The privacy officer records and follows confidentiality incidents. */
	public boolean mayManageIncidents(Actor actor) {
		return actor.is(Role.PRIVACY_OFFICER);
	}

	/** The privacy officer, and administrators, read the incident register. */
	public boolean mayReadIncidents(Actor actor) {
		return actor.is(Role.PRIVACY_OFFICER) || actor.is(Role.ADMIN);
	}

	/**
	 * Only the privacy officer searches the audit trail of who viewed and changed people's data;
	 * each person reads the views of their own record.
	 */
	public boolean mayReadAuditTrail(Actor actor) {
		return actor.is(Role.PRIVACY_OFFICER);
	}

	/** Whether an organisation lies within a scope. */
	public boolean includes(Scope scope, OrganisationId organisationId, UserId personId) {
		return switch (scope) {
			case Scope.Everything everything -> true;
			case Scope.OfOrganisation(var id) -> id.equals(organisationId);
			case Scope.OfPerson(var id) -> id.equals(personId);
			case Scope.Nothing nothing -> false;
		};
	}

	/**
	 * The record if it exists and passes the check, else {@link NotFoundException}: out of scope
	 * and absent look the same.
	 */
	public <T> T requireVisible(Optional<T> found, Predicate<T> visible, String what, Object id) {
		return found.filter(visible).orElseThrow(() -> new NotFoundException(what, id));
	}

	/** Refuses an action the actor's role does not allow. */
	public void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed");
		}
	}
}
