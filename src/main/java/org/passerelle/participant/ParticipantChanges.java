package org.passerelle.participant;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.passerelle.core.PersonalDataAccessed.FieldChange;

/**
 * What a change did to a person's record, field by field, for the audit trail: the record is read
 * as flat fields before and after, and the fields that differ are the change. Accommodation needs
 * are said to have changed without their text being copied.
 */
final class ParticipantChanges {

	private static final String ACCOMMODATION = "accommodationNeeds";

	private ParticipantChanges() {
	}

	/** The person's record as fields and their values, {@code null} where empty. */
	static Map<String, String> fields(Participant participant) {
		var fields = new TreeMap<String, String>();
		var details = participant.details();
		for (RecordComponent component : ParticipantDetails.class.getRecordComponents()) {
			try {
				fields.put(component.getName(), text(component.getAccessor().invoke(details)));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		participant.participations()
			.forEach(participation -> fields.put("participation." + participation.programId() + "." + participation.role(),
					participation.status().name()));
		participant.consents()
			.forEach(consent -> fields.put("consent." + consent.purpose(), consent.granted() ? "GRANTED" : "WITHDRAWN"));
		participant.screenings()
			.forEach(screening -> fields.put("screening." + screening.kind()
					+ (screening.programId() == null ? "" : "." + screening.programId()),
					screening.outcome() + " " + screening.date()));
		var needs = participant.accommodationNeeds();
		fields.put(ACCOMMODATION, needs == null || needs.isBlank() ? null : Integer.toHexString(needs.hashCode()));
		fields.put("account", text(participant.user()));
		fields.put("referredBy", text(participant.referringOrganisation()));
		return fields;
	}

	/** The fields whose values differ, in the order of their names. */
	static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		var names = new LinkedHashSet<String>(new TreeMap<>(before).keySet());
		names.addAll(new TreeMap<>(after).keySet());
		var changes = new ArrayList<FieldChange>();
		for (var name : names) {
			var old = before.get(name);
			var now = after.get(name);
			if (!Objects.equals(old, now)) {
				changes.add(name.equals(ACCOMMODATION)
						? new FieldChange(name, old == null ? null : FieldChange.WITHHELD, now == null ? null : FieldChange.WITHHELD)
						: new FieldChange(name, old, now));
			}
		}
		return changes;
	}

	private static String text(Object value) {
		if (value == null || value instanceof String text && text.isBlank()
				|| value instanceof Collection<?> collection && collection.isEmpty()) {
			return null;
		}
		return String.valueOf(value);
	}
}
