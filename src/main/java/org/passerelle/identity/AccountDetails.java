package org.passerelle.identity;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;

/**
 * What an administrator enters to open or change an account.
 *
 * @param password the new password; required to open an account, left empty to keep it
 */
public record AccountDetails(String email, String fullName, Role role, OrganisationId organisationId,
		Language preferredLanguage, String password) {
}
