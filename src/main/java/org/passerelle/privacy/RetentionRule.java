package org.passerelle.privacy;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.passerelle.core.RecordKind;

/**
 * The default period of each kind of record and the limits a program may set it within, in months,
 * with the reason for the minimum (ADR 0025). The reasons are said to the person who asks for less,
 * under {@code privacy.retention.minimum.<KIND>}.
 *
 * @param defaultMonths the period where no one set another
 * @param minimumMonths the shortest a program may keep the kind: below, funders' audits, the
 *        outcomes follow-ups or a person's requests could no longer be answered
 * @param maximumMonths the longest: keeping more is keeping without a purpose (Law 25 s. 23)
 */
public record RetentionRule(RecordKind kind, int defaultMonths, int minimumMonths, int maximumMonths) {

	private static final Map<RecordKind, RetentionRule> RULES = Arrays.stream(new RetentionRule[] {
			// funders' contribution agreements keep participant files 7 years after the end of the
			// service (audits of the claims); fewer than 3 would lose the 12-month outcomes before the
			// funder's audit of the year they were reported for
			new RetentionRule(RecordKind.PARTICIPANT_WHO_LEFT, 84, 36, 120),
			// an agency may ask why its client was not admitted, or complain, within the year
			new RetentionRule(RecordKind.REFERRAL_NOT_ADMITTED, 12, 6, 36),
			// a CV serves the decision and the matching; it is checked against complaints for 6 months
			new RetentionRule(RecordKind.DOCUMENT, 12, 6, 84),
			// notes support a difficulty or an incident raised after the closure
			new RetentionRule(RecordKind.NOTE, 24, 12, 84),
			// the follow-ups run 12 months after the closure and funders report on them the next year
			new RetentionRule(RecordKind.EVALUATION_ANSWER, 36, 24, 84),
			// an e-mail is kept only to answer whether it was sent
			new RetentionRule(RecordKind.EMAIL_SENT, 12, 1, 36),
			// who reached a file must be answerable (Law 25 s. 27) as long as the file is kept
			new RetentionRule(RecordKind.AUDIT_ENTRY, 84, 36, 120) })
		.collect(Collectors.toMap(RetentionRule::kind, Function.identity()));

	/** The rule of a kind; every kind has one. */
	public static RetentionRule of(RecordKind kind) {
		return RULES.get(kind);
	}

	boolean allows(int months) {
		return months >= minimumMonths && months <= maximumMonths;
	}
}
