package org.passerelle.organisation;

/**
 * A person to reach at an organisation.
 */
public record ContactDetails(String fullName, String title, String email, String phone) {
}
