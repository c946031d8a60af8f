package org.passerelle.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.passerelle.core.PersonalDataAccessed.FieldChange;
import org.passerelle.core.PersonalDataAccessed.Kind;
import org.passerelle.identity.UserId;

/**
 * One line of the audit trail, with the names it refers to.
 *
 * @param address where the request came from (its IP address), {@code null} for work no request made
 * @param persons the people whose data it concerns
 * @param personName the person's name when it concerns one person still known, otherwise {@code null}
 * @param changes the fields changed, for a change
 */
public record AuditEntry(long id, Instant at, UserId user, String userName, String address, Kind action,
		List<UUID> persons, String personName, String subject, List<FieldChange> changes) {
}
