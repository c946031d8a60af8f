package org.passerelle.privacy.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.PersonalDataAccessed.FieldChange;
import org.passerelle.privacy.AuditEntry;
import org.passerelle.privacy.AuditSearch;
import org.passerelle.privacy.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the privacy officer's search into the trail's terms — a person or a user unknown, or an end
 * before the start, refused on its field — and writes entries as the lines of the CSV export.
 */
@Component
class AuditSearches {

	private final AuditTrail trail;

	private final MessageSource messages;

	AuditSearches(AuditTrail trail, MessageSource messages) {
		this.trail = trail;
		this.messages = messages;
	}

	/** @throws InvalidFieldException on the field that names no one, or on {@code to} before {@code from} */
	AuditSearch read(AuditSearchForm form) {
		var person = blank(form.person()) ? null
				: trail.person(form.person()).orElseThrow(() -> new InvalidFieldException("person", "privacy.audit.person.unknown"));
		var user = blank(form.user()) ? null
				: trail.user(form.user()).orElseThrow(() -> new InvalidFieldException("user", "privacy.audit.user.unknown"));
		if (form.from() != null && form.to() != null && form.to().isBefore(form.from())) {
			throw new InvalidFieldException("to", "reports.period.reversed");
		}
		return new AuditSearch(person, user, form.from(), form.to());
	}

	List<String> headers(Locale locale) {
		return List.of("privacy.audit.at", "privacy.audit.user", "privacy.audit.userId", "privacy.audit.address",
				"privacy.audit.action", "privacy.audit.person", "privacy.audit.persons", "privacy.audit.subject",
				"privacy.audit.changes")
			.stream()
			.map(code -> messages.getMessage(code, null, locale))
			.toList();
	}

	List<String> line(AuditEntry entry, Locale locale) {
		return List.of(entry.at().toString(), text(entry.userName()), entry.user().value().toString(),
				text(entry.address()), messages.getMessage("privacy.audit.action." + entry.action(), null, locale),
				text(entry.personName()),
				entry.persons().stream().map(Object::toString).collect(Collectors.joining(" ")), entry.subject(),
				entry.changes().stream().map(AuditSearches::change).collect(Collectors.joining("; ")));
	}

	static String change(FieldChange change) {
		return change.field() + ": " + text(change.before()) + " → " + text(change.after());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
