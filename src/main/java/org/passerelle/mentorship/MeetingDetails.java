package org.passerelle.mentorship;

import java.time.LocalDate;
import java.util.Set;

/**
 * What is logged of a meeting: when, how long, how, about what, and the notes — the shared one
 * both read, the private one only its writer.
 */
public record MeetingDetails(LocalDate heldOn, int minutes, MeetingMode mode, Set<MeetingTheme> themes,
		String sharedNote, String privateNote) {

	public MeetingDetails {
		themes = themes == null ? Set.of() : Set.copyOf(themes);
	}
}
