package org.passerelle.core;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Someone read, downloaded, exported or changed a person's data: what the audit trail records
 * (Law 25, R-PRIV-1). Modules publish it where it happens; the privacy module writes it down in
 * the same thread and transaction, so that a failed write fails the access it records — no read goes
 * unaudited. One event, in the shared kernel, so that any module may be audited without the
 * privacy module depending on it.
 *
 * @param by the user account that acted
 * @param persons the participants whose data it concerns (one for a record, each one in an export)
 * @param subject what was reached, such as {@code participant}, {@code referral-document report.pdf}
 * @param changes for a change, each field changed with its value before and after
 */
public record PersonalDataAccessed(Kind kind, UUID by, List<UUID> persons, String subject, List<FieldChange> changes) {

	public PersonalDataAccessed {
		persons = List.copyOf(persons);
		changes = List.copyOf(changes);
	}

	/** What was done with the data. */
	public enum Kind {
		VIEW_RECORD, DOWNLOAD_DOCUMENT, EXPORT, CHANGE
	}

	/**
	 * A field changed; {@code before} and {@code after} are {@code null} where the field was empty, and
	 * both {@link #WITHHELD} for a field too sensitive to copy (accommodation needs, private notes).
	 */
	public record FieldChange(String field, String before, String after) {

		/** Stands for the value of a field the audit trail says changed without copying it. */
		public static final String WITHHELD = "…";
	}

	public static PersonalDataAccessed viewed(UUID by, UUID person, String subject) {
		return new PersonalDataAccessed(Kind.VIEW_RECORD, by, List.of(person), subject, List.of());
	}

	public static PersonalDataAccessed downloaded(UUID by, UUID person, String subject) {
		return new PersonalDataAccessed(Kind.DOWNLOAD_DOCUMENT, by, List.of(person), subject, List.of());
	}

	public static PersonalDataAccessed exported(UUID by, Collection<UUID> persons, String subject) {
		return new PersonalDataAccessed(Kind.EXPORT, by, List.copyOf(persons), subject, List.of());
	}

	public static PersonalDataAccessed changed(UUID by, UUID person, String subject, List<FieldChange> changes) {
		return new PersonalDataAccessed(Kind.CHANGE, by, List.of(person), subject, changes);
	}
}
