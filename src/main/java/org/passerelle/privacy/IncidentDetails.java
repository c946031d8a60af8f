package org.passerelle.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.passerelle.core.InvalidFieldException;

/**
 * A confidentiality incident as the privacy officer records it (Law 25 s. 3.5–3.8): what happened,
 * the personal information and the persons it concerns, when it happened and when it became known,
 * the assessment of the risk of serious injury with its reasoning, and — where the risk is serious —
 * when the Commission and the persons concerned are to be told.
 *
 * @param personsCount how many persons the information concerns (an estimate where unknown)
 * @param seriousRisk the conclusion of the assessment (s. 3.7): sensitivity, consequences and
 *        likelihood weighed together
 * @param reasoning why the risk is, or is not, serious
 * @param commissionNoticePlanned when the Commission d'accès à l'information is to be told
 * @param personsNoticePlanned when the persons concerned are to be told
 */
public record IncidentDetails(String whatHappened, String informationConcerned, Integer personsCount,
		String personsDescription, LocalDate occurredOn, LocalDate knownOn, RiskLevel sensitivity, String consequences,
		RiskLevel likelihood, boolean seriousRisk, String reasoning, LocalDate commissionNoticePlanned,
		LocalDate personsNoticePlanned) {

	/**
	 * What is wrong with these details on {@code today}, each refusal on its field, in the order of
	 * the form; empty when they may be recorded. Required texts and choices are the form's to check.
	 */
	public List<InvalidFieldException> problems(LocalDate today) {
		var problems = new ArrayList<InvalidFieldException>();
		if (occurredOn != null && occurredOn.isAfter(today)) {
			problems.add(new InvalidFieldException("occurredOn", "privacy.incident.date.future"));
		}
		if (knownOn != null && knownOn.isAfter(today)) {
			problems.add(new InvalidFieldException("knownOn", "privacy.incident.date.future"));
		}
		else if (knownOn != null && occurredOn != null && knownOn.isBefore(occurredOn)) {
			problems.add(new InvalidFieldException("knownOn", "privacy.incident.knownBeforeOccurred"));
		}
		if (personsCount != null && personsCount < 0) {
			problems.add(new InvalidFieldException("personsCount", "privacy.incident.personsCount.negative"));
		}
		if (seriousRisk && commissionNoticePlanned == null) {
			problems.add(new InvalidFieldException("commissionNoticePlanned", "privacy.incident.notice.required.COMMISSION"));
		}
		if (seriousRisk && personsNoticePlanned == null) {
			problems.add(new InvalidFieldException("personsNoticePlanned", "privacy.incident.notice.required.PERSONS"));
		}
		if (commissionNoticePlanned != null && knownOn != null && commissionNoticePlanned.isBefore(knownOn)) {
			problems.add(new InvalidFieldException("commissionNoticePlanned", "privacy.incident.notice.beforeKnown"));
		}
		if (personsNoticePlanned != null && knownOn != null && personsNoticePlanned.isBefore(knownOn)) {
			problems.add(new InvalidFieldException("personsNoticePlanned", "privacy.incident.notice.beforeKnown"));
		}
		return problems;
	}
}
