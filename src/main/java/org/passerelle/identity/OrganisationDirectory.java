package org.passerelle.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.passerelle.core.OrganisationId;

/**
 * What identity needs to know of organisations: their names, to show whom an account belongs to
 * and to offer a choice. Implemented by the organisation module, which itself depends on identity
 * for its access rules; this interface keeps the two from depending on each other.
 */
public interface OrganisationDirectory {

	/** Every organisation, by name, for choosing an account's organisation. */
	List<OrganisationChoice> choices();

	/** The names of the given organisations; unknown ids are left out. */
	Map<OrganisationId, String> names(Collection<OrganisationId> ids);

	/** The lead agencies, by name: the organisations that may lead a program. */
	List<OrganisationChoice> leadAgencies();

	/** Whether the organisation is a lead agency, the kind that runs programs. */
	boolean leadsPrograms(OrganisationId id);

	/** An organisation to choose from: its id and name. */
	record OrganisationChoice(OrganisationId id, String name) {
	}
}
