package org.passerelle.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.passerelle.core.OrganisationId;

/**
 * An organisation as its pages and the API show it.
 */
public record OrganisationView(OrganisationId id, long version, String name, OrganisationType type, String website,
		String email, String phone, Instant createdAt, List<SiteView> sites, List<ContactView> contacts) {

	/** A site with its id, so that it can be removed. */
	public record SiteView(UUID id, SiteDetails details) {
	}

	/** A contact with its id, so that it can be removed. */
	public record ContactView(UUID id, ContactDetails details) {
	}
}
