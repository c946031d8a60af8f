package org.passerelle.organisation;

import java.time.Instant;

import org.passerelle.core.OrganisationId;

/**
 * An organisation as a line of a list.
 */
public record OrganisationSummary(OrganisationId id, String name, OrganisationType type, int sites,
		Instant createdAt) {
}
