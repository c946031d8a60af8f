package org.passerelle.identity;

import java.util.Optional;

import org.passerelle.core.OrganisationId;

/**
 * What part of the data an actor may see, as decided by the {@link AccessPolicy}: everything,
 * one organisation's, or only what concerns the person themself. Modules turn a scope into the
 * {@code where} clause of their queries.
 */
public sealed interface Scope {

	static Scope everything() {
		return Everything.INSTANCE;
	}

	static Scope organisation(OrganisationId organisationId) {
		return new OfOrganisation(organisationId);
	}

	static Scope person(UserId userId) {
		return new OfPerson(userId);
	}

	/** No record at all: aggregate results only. */
	static Scope nothing() {
		return Nothing.INSTANCE;
	}

	/** The organisation this scope is limited to, if it is limited to one. */
	default Optional<OrganisationId> organisation() {
		return this instanceof OfOrganisation(var id) ? Optional.of(id) : Optional.empty();
	}

	/** The person this scope is limited to, if it is limited to one. */
	default Optional<UserId> person() {
		return this instanceof OfPerson(var id) ? Optional.of(id) : Optional.empty();
	}

	default boolean isEverything() {
		return this instanceof Everything;
	}

	enum Everything implements Scope {
		INSTANCE
	}

	enum Nothing implements Scope {
		INSTANCE
	}

	record OfOrganisation(OrganisationId organisationId) implements Scope {
	}

	record OfPerson(UserId userId) implements Scope {
	}
}
