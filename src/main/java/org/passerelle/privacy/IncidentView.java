package org.passerelle.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.passerelle.identity.UserId;

/**
 * A confidentiality incident as the register shows it.
 *
 * @param notices the notice to the Commission, then the notice to the persons concerned
 * @param closedOn when it was closed; {@code null} while it is open
 */
public record IncidentView(IncidentId id, long version, String whatHappened, String informationConcerned,
		int personsCount, String personsDescription, LocalDate occurredOn, LocalDate knownOn, RiskLevel sensitivity,
		String consequences, RiskLevel likelihood, boolean seriousRisk, String reasoning, List<Notice> notices,
		List<Measure> measures, LocalDate closedOn, UserId recordedBy, Instant recordedAt) {

	public boolean open() {
		return closedOn == null;
	}

	/** Whether a serious risk still waits for a notice to be sent. */
	public boolean noticesDue() {
		return seriousRisk && notices.stream().anyMatch(notice -> notice.sentOn() == null);
	}

	/**
	 * A notice of the incident to one recipient.
	 *
	 * @param plannedOn when it is to be sent, if planned
	 * @param sentOn when it was sent, with {@code means}; {@code null} until then
	 */
	public record Notice(NoticeRecipient recipient, LocalDate plannedOn, LocalDate sentOn, NoticeMeans means) {
	}

	/** A measure taken. */
	public record Measure(LocalDate takenOn, String description) {
	}
}
