package org.passerelle.participant.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.passerelle.core.Spreadsheets;
import org.passerelle.participant.ParticipantSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A list of participants as CSV or Excel, with column names in the reader's language.
 */
@Component
class ParticipantExports {

	private final MessageSource messages;

	ParticipantExports(MessageSource messages) {
		this.messages = messages;
	}

	void csv(List<ParticipantSummary> participants, Locale locale, OutputStream out) throws IOException {
		Spreadsheets.writeCsv(headers(locale), rows(participants, locale), out);
	}

	void xlsx(List<ParticipantSummary> participants, Locale locale, OutputStream out) throws IOException {
		Spreadsheets.writeXlsx(messages.getMessage("participants.title", null, locale), headers(locale),
				rows(participants, locale), out);
	}

	private List<String> headers(Locale locale) {
		return List.of("participant.firstName", "participant.lastName", "participant.email", "participant.city",
				"participant.occupationCode", "participant.targetOccupationCode", "participant.languages",
				"participant.programs", "participant.roles", "participant.statuses")
			.stream()
			.map(code -> messages.getMessage(code, null, locale))
			.toList();
	}

	private List<List<String>> rows(List<ParticipantSummary> participants, Locale locale) {
		return participants.stream()
			.map(p -> List.of(p.firstName(), p.lastName(), orEmpty(p.email()), orEmpty(p.city()),
					orEmpty(p.occupationCode()), orEmpty(p.targetOccupationCode()), String.join(" ", p.languages()),
					String.join("; ", p.programs()),
					String.join("; ", p.roles().stream().map(role -> messages.getMessage("Role." + role, null, locale)).toList()),
					String.join("; ", p.statuses()
						.stream()
						.map(status -> messages.getMessage("ParticipationStatus." + status, null, locale))
						.toList())))
			.toList();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
