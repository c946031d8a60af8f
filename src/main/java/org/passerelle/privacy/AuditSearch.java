package org.passerelle.privacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the privacy officer looks for in the audit trail; each criterion left out matches everything.
 *
 * @param person the participant the entries concern
 * @param user the user account that acted
 * @param from the first day, included
 * @param to the last day, included
 */
public record AuditSearch(UUID person, UUID user, LocalDate from, LocalDate to) {
}
