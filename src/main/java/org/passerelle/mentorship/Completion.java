package org.passerelle.mentorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.passerelle.program.CompletionRule;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Whether a participation meets its program's completion rule (R-MEN-8), and if not, what is
 * missing. The CSCPQ rule reads: 144 hours and the mandatory peer meetings attended; or a job in
 * the field; or admission to a related academic program.
 *
 * @param basis the part of the rule that holds, the weeks and hours first; null when none holds
 * @param hoursRequired the hours the rule asks for, or null for no minimum
 * @param weeksRequired the weeks the rule asks for, or null for no minimum
 * @param missing what is missing, as message codes, when the rule does not hold
 * @param missedSessions the mandatory sessions missed without excuse, when the rule asks for them
 */
public record Completion(boolean holds, CompletionBasis basis, double hoursDone, Double hoursRequired, long weeksDone,
		Integer weeksRequired, List<String> missing, List<MissedSession> missedSessions) {

	/** A mandatory group session missed: its title and its day. */
	public record MissedSession(String title, LocalDate on) {
	}

	public static final String MISSING_WEEKS = "completion.missing.weeks";

	public static final String MISSING_HOURS = "completion.missing.hours";

	public static final String MISSING_SESSIONS = "completion.missing.sessions";

	public static final String SESSIONS_UNKNOWN = "completion.missing.sessionsUnknown";

	public static final String OR_JOB = "completion.missing.job";

	public static final String OR_ADMISSION = "completion.missing.admission";

	public static final String NO_RULE = "completion.missing.noRule";

	static final String MISSED_SESSION = "completion.missing.sessionsNamed";

	public Completion {
		missing = List.copyOf(missing);
		missedSessions = List.copyOf(missedSessions);
	}

	/** The same, naming the mandatory sessions that were missed. */
	public Completion withMissedSessions(List<MissedSession> sessions) {
		return new Completion(holds, basis, hoursDone, hoursRequired, weeksDone, weeksRequired, missing, sessions);
	}

	/** Whether the program sets no completion rule at all, so that no certificate is ever issued. */
	public boolean noRule() {
		return missing.contains(NO_RULE);
	}

	/**
	 * Evaluates the rule. The weeks-and-hours part exists only when the rule sets weeks, hours or
	 * mandatory sessions; a rule that sets nothing at all never holds, so that a program without a
	 * completion rule issues no certificate.
	 *
	 * @param activeWeeks whole weeks the mentorship ran, pauses left out
	 * @param hoursDone the hours that count
	 * @param mandatorySessionsAttended whether all the mandatory group sessions were attended; null
	 *        when not known, which does not meet a rule asking for them
	 * @param employment where the mentee stands with work; null when not known
	 */
	public static Completion evaluate(CompletionRule rule, long activeWeeks, double hoursDone,
			Boolean mandatorySessionsAttended, EmploymentStatus employment) {
		var requiredHours = rule.minimumHours() == null ? null : rule.minimumHours().doubleValue();
		var requiredWeeks = rule.minimumWeeks();
		boolean hoursPath = requiredWeeks != null || requiredHours != null || rule.mandatorySessionsAttended();
		boolean weeksMet = requiredWeeks == null || activeWeeks >= requiredWeeks;
		boolean hoursMet = requiredHours == null || BigDecimal.valueOf(hoursDone).compareTo(rule.minimumHours()) >= 0;
		boolean sessionsMet = !rule.mandatorySessionsAttended() || Boolean.TRUE.equals(mandatorySessionsAttended);

		CompletionBasis basis = null;
		if (hoursPath && weeksMet && hoursMet && sessionsMet) {
			basis = CompletionBasis.HOURS_AND_SESSIONS;
		}
		else if (rule.employmentInFieldCompletes() && employment == EmploymentStatus.EMPLOYED_IN_FIELD) {
			basis = CompletionBasis.JOB_IN_FIELD;
		}
		else if (rule.academicAdmissionCompletes() && employment == EmploymentStatus.STUDYING) {
			basis = CompletionBasis.ACADEMIC_ADMISSION;
		}

		var missing = new ArrayList<String>();
		if (basis == null) {
			if (!hoursPath && !rule.employmentInFieldCompletes() && !rule.academicAdmissionCompletes()) {
				missing.add(NO_RULE);
			}
			if (!weeksMet) {
				missing.add(MISSING_WEEKS);
			}
			if (!hoursMet) {
				missing.add(MISSING_HOURS);
			}
			if (!sessionsMet) {
				missing.add(mandatorySessionsAttended == null ? SESSIONS_UNKNOWN : MISSING_SESSIONS);
			}
			if (rule.employmentInFieldCompletes()) {
				missing.add(OR_JOB);
			}
			if (rule.academicAdmissionCompletes()) {
				missing.add(OR_ADMISSION);
			}
		}
		// rounded down, so that hours short of the minimum never read as the minimum
		return new Completion(basis != null, basis, Math.floor(hoursDone * 10 + 1e-9) / 10.0, requiredHours, activeWeeks,
				requiredWeeks, missing, List.of());
	}

	/**
	 * What is missing, as messages with their numbers, to resolve in the reader's language; each
	 * mandatory session missed is named with its day.
	 */
	public List<MessageSourceResolvable> explanation() {
		return missing.stream().<MessageSourceResolvable>mapMulti((code, items) -> {
			switch (code) {
				case MISSING_WEEKS -> items.accept(new DefaultMessageSourceResolvable(new String[] { code },
						new Object[] { weeksDone, weeksRequired }));
				case MISSING_HOURS -> items.accept(new DefaultMessageSourceResolvable(new String[] { code },
						new Object[] { hoursDone, hoursRequired }));
				case MISSING_SESSIONS -> {
					if (missedSessions.isEmpty()) {
						items.accept(new DefaultMessageSourceResolvable(code));
					}
					missedSessions.forEach(session -> items.accept(new DefaultMessageSourceResolvable(
							new String[] { MISSED_SESSION }, new Object[] { session.title(),
									Date.from(session.on().atStartOfDay(ZoneId.systemDefault()).toInstant()) })));
				}
				default -> items.accept(new DefaultMessageSourceResolvable(code));
			}
		}).toList();
	}
}
