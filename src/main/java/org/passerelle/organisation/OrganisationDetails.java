package org.passerelle.organisation;

/**
 * What describes an organisation; the name must be unique.
 */
public record OrganisationDetails(String name, OrganisationType type, String website, String email, String phone) {
}
