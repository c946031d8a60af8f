package org.passerelle.program;

import org.passerelle.core.OrganisationId;

/**
 * A program as a line of a list.
 */
public record ProgramSummary(ProgramId id, String name, OrganisationId leadOrganisation, String leadOrganisationName,
		ProgramType type, ProgramFormat format, ProgramTemplate template, int coordinators) {
}
