package org.passerelle.evaluation;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.passerelle.program.ProgramId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employment outcomes of a program's cohort, for the reports (R-RPT-4): read-only, no scope
 * and no suppression — the caller checks who may read the program and withholds small counts.
 */
@Service
@Transactional(readOnly = true)
public class EmploymentOutcomes {

	private final FollowUpSchedules schedules;

	private final JdbcClient jdbc;

	private final Clock clock;

	EmploymentOutcomes(FollowUpSchedules schedules, JdbcClient jdbc, Clock clock) {
		this.schedules = schedules;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The stages of the mentees who completed the program — their mentorship closed by a
	 * {@linkplain org.passerelle.mentorship.ClosureReason#completion() completion} between
	 * {@code closedFrom} and {@code closedTo}, both included; those who withdrew or ended early are
	 * followed up all the same but not counted here — first at closure, then one per month count — the
	 * program's schedule today, and any other month count planned for these mentees before the
	 * schedule changed — in increasing order.
	 * <ul>
	 * <li>At closure: {@code completed} and {@code due} are the closures; {@code reached} those whose
	 * employment at closure is known (not UNKNOWN); {@code employed}, {@code employedInField} among
	 * them, from the closure's employment.</li>
	 * <li>After {@code n} months: {@code due} the follow-ups of these mentees whose date has come by
	 * today, or already sent or answered (a mentee may answer hers early), as the program's
	 * follow-ups page counts them; {@code reached} those answered (link, signed in or phone); {@code notReachable} those
	 * not sent for want of consent or address; {@code employed}, {@code employedInField} among the
	 * answers.</li>
	 * </ul>
	 * The response rate of a stage is {@code reached / due}; the employment rate
	 * {@code employed / reached}. Mentorships closed before the evaluation module existed have no
	 * stage data.
	 */
	public List<OutcomeStage> stages(ProgramId program, LocalDate closedFrom, LocalDate closedTo) {
		var params = new java.util.HashMap<String, Object>();
		params.put("program", program.value());
		params.put("from", Date.valueOf(closedFrom));
		params.put("to", Date.valueOf(closedTo));
		params.put("today", Date.valueOf(LocalDate.now(clock)));
		var stages = new ArrayList<OutcomeStage>();
		var closure = jdbc.sql("""
				select count(*) as completed,
				       count(*) filter (where status <> 'UNKNOWN') as reached,
				       count(*) filter (where status in ('EMPLOYED_IN_FIELD', 'EMPLOYED_OTHER')) as employed,
				       count(*) filter (where status = 'EMPLOYED_IN_FIELD') as in_field
				from employment_record
				where source = 'CLOSURE' and completed and program_id = :program and recorded_on between :from and :to""")
			.params(params)
			.query((rs, row) -> new OutcomeStage(null, rs.getLong("completed"), rs.getLong("completed"),
					rs.getLong("reached"), 0, rs.getLong("employed"), rs.getLong("in_field")))
			.single();
		stages.add(closure);
		var months = new TreeSet<>(schedules.months(program));
		months.addAll(jdbc.sql("""
				select distinct months from employment_follow_up
				where program_id = :program and completed and closed_on between :from and :to""")
			.params(params)
			.query(Integer.class)
			.list());
		for (var month : months) {
			params.put("months", month);
			stages.add(jdbc.sql("""
					select count(*) filter (where f.due_on <= :today or f.status <> 'PLANNED') as due,
					       count(*) filter (where f.status = 'ANSWERED') as reached,
					       count(*) filter (where f.status = 'NOT_REACHABLE') as not_reachable,
					       count(*) filter (where r.status in ('EMPLOYED_IN_FIELD', 'EMPLOYED_OTHER')) as employed,
					       count(*) filter (where r.status = 'EMPLOYED_IN_FIELD') as in_field
					from employment_follow_up f
					left join employment_record r on r.follow_up_id = f.id
					where f.program_id = :program and f.completed and f.closed_on between :from and :to
					  and f.months = :months""")
				.params(params)
				.query((rs, row) -> new OutcomeStage(month, closure.completed(), rs.getLong("due"), rs.getLong("reached"),
						rs.getLong("not_reachable"), rs.getLong("employed"), rs.getLong("in_field")))
				.single());
		}
		return stages;
	}
}
