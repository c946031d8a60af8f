package org.passerelle.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.passerelle.activity.ActivityKind;
import org.passerelle.activity.ActivityStatus;
import org.passerelle.activity.Attendance;
import org.passerelle.matching.MatchStatus;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.MentorshipStatus;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.participant.RecruitmentSource;
import org.passerelle.program.Audience;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evaluation elements Passerelle counts from what it records today (R-EVA-2), each a bean
 * of {@link EvaluationSection} (employment after the program is {@link EmploymentOutcomeSection}'s).
 * What each counts, per program, over the period:
 * <ul>
 * <li><b>Recruitment by source</b>: people registered in the period (as in the results) by the
 * source their profile records; of them, those with a match both signed in the program.</li>
 * <li><b>Orientation</b>: mentees and mentors registered in the period; matched; of those, with a
 * mentorship in the program closed as completed.</li>
 * <li><b>Activities</b>: of the mentees whose mentorship closed in the period, those present at
 * an activity of each kind held in the program, and those present at none; of them, who
 * completed.</li>
 * <li><b>Partnerships</b>: referrals per agency, the results' table with those matched.</li>
 * <li><b>Employers</b>: mentors taking part in the period affiliated with an employer partner, per
 * employer; the matches those mentors signed in the period; the hours of meetings they logged in
 * the period.</li>
 * </ul>
 */
final class ExistingDataSections {

	private ExistingDataSections() {
	}

	/** Closure reasons that mean the mentee went through the program. */
	static final List<String> COMPLETED = names(ClosureReason.COMPLETED, ClosureReason.GOALS_REACHED,
			ClosureReason.EMPLOYED);

	static List<String> names(Enum<?>... constants) {
		return Arrays.stream(constants).map(Enum::name).toList();
	}

	static Map<String, Object> params(ResultsReporting results, ReportScope scope) {
		var params = results.params(scope.program(), scope.period());
		params.put("program", scope.program().value());
		params.put("registered", names(ParticipationStatus.ENROLLED, ParticipationStatus.COMPLETED));
		params.put("agreed", names(MatchStatus.AGREED, MatchStatus.ENDED));
		params.put("closed", MentorshipStatus.CLOSED.name());
		params.put("completedReasons", COMPLETED);
		params.put("mentee", Audience.MENTEE.name());
		params.put("mentor", Audience.MENTOR.name());
		return params;
	}

	@Component
	@Order(20)
	static class RecruitmentBySource implements EvaluationSection {

		private final ResultsReporting results;

		private final JdbcClient jdbc;

		RecruitmentBySource(ResultsReporting results, JdbcClient jdbc) {
			this.results = results;
			this.jdbc = jdbc;
		}

		@Override
		public EvaluationElement element() {
			return EvaluationElement.RECRUITMENT;
		}

		@Override
		public List<ReportTable> tables(ReportScope scope) {
			var counts = new LinkedHashMap<String, long[]>();
			for (var source : RecruitmentSource.values()) {
				counts.put(source.name(), new long[2]);
			}
			counts.put("NOT_RECORDED", new long[2]);
			jdbc.sql("""
					select coalesce(p.recruitment_source, 'NOT_RECORDED') as source, count(*) as registered,
					  count(*) filter (where exists (select 1 from match_report m
					     where m.program_id = r.program_id and m.status in (:agreed)
					       and (r.role = :mentee and m.mentee_id = r.participant_id
					            or r.role = :mentor and m.mentor_id = r.participant_id))) as matched
					from participation_report r
					join participant_profile_report p on p.participant_id = r.participant_id
					where r.program_id = :program and r.status in (:registered) and r.since between :fromDay and :toDay
					group by 1""")
				.params(params(results, scope))
				.query(rs -> {
					var row = counts.computeIfAbsent(rs.getString("source"), key -> new long[2]);
					row[0] = rs.getLong("registered");
					row[1] = rs.getLong("matched");
				});
			var table = CountTable.builder("report.recruitment")
				.count("registered")
				.part("matched", "registered")
				.rate("matchedRate", "matched", "registered");
			counts.forEach((source, row) -> table.row(
					Label.code(source, "NOT_RECORDED".equals(source) ? "report.notRecorded" : "RecruitmentSource." + source),
					row));
			return List.of(scope.show(table.total().build()));
		}
	}

	@Component
	@Order(30)
	static class Orientation implements EvaluationSection {

		private final ResultsReporting results;

		private final JdbcClient jdbc;

		Orientation(ResultsReporting results, JdbcClient jdbc) {
			this.results = results;
			this.jdbc = jdbc;
		}

		@Override
		public EvaluationElement element() {
			return EvaluationElement.ORIENTATION;
		}

		@Override
		public List<ReportTable> tables(ReportScope scope) {
			var table = CountTable.builder("report.orientation")
				.count("admitted")
				.part("matched", "admitted")
				.part("completed", "matched")
				.rate("matchedRate", "matched", "admitted")
				.rate("completedRate", "completed", "matched");
			var params = params(results, scope);
			for (var role : List.of(Audience.MENTEE, Audience.MENTOR)) {
				params.put("role", role.name());
				params.put("column", role == Audience.MENTEE ? "mentee" : "mentor");
				var counts = jdbc.sql("""
						select count(*) as admitted,
						  count(*) filter (where exists (select 1 from match_report m
						     where m.program_id = r.program_id and m.status in (:agreed)
						       and r.participant_id = case when :role = :mentee then m.mentee_id else m.mentor_id end)) as matched,
						  count(*) filter (where exists (select 1 from match_report m
						     where m.program_id = r.program_id and m.status in (:agreed)
						       and r.participant_id = case when :role = :mentee then m.mentee_id else m.mentor_id end)
						     and exists (select 1 from mentorship_report s
						     where s.program_id = r.program_id and s.status = :closed and s.closure_reason in (:completedReasons)
						       and r.participant_id = case when :role = :mentee then s.mentee_id else s.mentor_id end)) as completed
						from participation_report r
						where r.program_id = :program and r.role = :role and r.status in (:registered)
						  and r.since between :fromDay and :toDay""")
					.params(params)
					.query((rs, n) -> new long[] { rs.getLong("admitted"), rs.getLong("matched"), rs.getLong("completed") })
					.single();
				table.row(Label.code(role.name(), "report.orientation." + role.name()), counts);
			}
			return List.of(scope.show(table.build()));
		}
	}

	@Component
	@Order(50)
	static class Activities implements EvaluationSection {

		private final ResultsReporting results;

		private final JdbcClient jdbc;

		Activities(ResultsReporting results, JdbcClient jdbc) {
			this.results = results;
			this.jdbc = jdbc;
		}

		@Override
		public EvaluationElement element() {
			return EvaluationElement.ACTIVITIES;
		}

		@Override
		public List<ReportTable> tables(ReportScope scope) {
			var params = params(results, scope);
			params.put("present", Attendance.PRESENT.name());
			params.put("held", ActivityStatus.HELD.name());
			var counts = new LinkedHashMap<String, long[]>();
			for (var kind : ActivityKind.values()) {
				counts.put(kind.name(), new long[2]);
			}
			counts.put("NONE", new long[2]);
			jdbc.sql("""
					with cohort as (
					  select distinct on (mentee_id) mentee_id, closure_reason in (:completedReasons) as completed
					  from mentorship_report
					  where program_id = :program and status = :closed and closed_on between :fromDay and :toDay
					  order by mentee_id, closed_on desc),
					kinds as (
					  select c.mentee_id, c.completed, a.kind
					  from cohort c
					  join activity_attendance_report a on a.participant_id = c.mentee_id and a.program_id = :program
					   and a.attendance = :present and a.status = :held
					  group by c.mentee_id, c.completed, a.kind)
					select kind, count(*) as attended, count(*) filter (where completed) as completed
					from kinds group by kind
					union all
					select 'NONE', count(*), count(*) filter (where completed)
					from cohort c where not exists (select 1 from kinds k where k.mentee_id = c.mentee_id)""")
				.params(params)
				.query(rs -> {
					var row = counts.computeIfAbsent(rs.getString(1), key -> new long[2]);
					row[0] = rs.getLong(2);
					row[1] = rs.getLong(3);
				});
			// a mentee present at two kinds counts in both rows: no total row, the rows overlap
			var table = CountTable.builder("report.activities")
				.count("mentees")
				.part("completed", "mentees")
				.rate("completedRate", "completed", "mentees");
			counts.forEach((kind, row) -> table.row(
					Label.code(kind, "NONE".equals(kind) ? "report.activities.none" : "ActivityKind." + kind), row));
			return List.of(scope.show(table.build()));
		}
	}

	@Component
	@Order(60)
	static class Partnerships implements EvaluationSection {

		private final ResultsReporting results;

		Partnerships(ResultsReporting results) {
			this.results = results;
		}

		@Override
		public EvaluationElement element() {
			return EvaluationElement.PARTNERSHIPS;
		}

		@Override
		public List<ReportTable> tables(ReportScope scope) {
			var table = results.referralTable(List.of(scope.program().value()), scope.period(), scope.suppressed());
			return List.of(CellSuppression.project(table, "reports.referrals", "referred", "admitted", "matched",
					"admittedRate", "matchedRate"));
		}
	}

	@Component
	@Order(70)
	static class Employers implements EvaluationSection {

		private final ResultsReporting results;

		private final JdbcClient jdbc;

		Employers(ResultsReporting results, JdbcClient jdbc) {
			this.results = results;
			this.jdbc = jdbc;
		}

		@Override
		public EvaluationElement element() {
			return EvaluationElement.EMPLOYERS;
		}

		@Override
		public List<ReportTable> tables(ReportScope scope) {
			var params = params(results, scope);
			params.put("employer", OrganisationType.EMPLOYER.name());
			params.put("enrolled", ParticipationStatus.ENROLLED.name());
			params.put("completed", ParticipationStatus.COMPLETED.name());
			var rows = new ArrayList<Object[]>();
			jdbc.sql("""
					with mentors as (
					  select r.participant_id, p.employer_organisation_id as employer
					  from participation_report r
					  join participant_profile_report p on p.participant_id = r.participant_id
					  join organisation_report o on o.organisation_id = p.employer_organisation_id and o.type = :employer
					  where r.program_id = :program and r.role = :mentor and r.since <= :toDay
					    and (r.status = :enrolled or r.status = :completed and r.status_since >= :fromDay))
					select o.organisation_id, o.name,
					  (select count(*) from mentors m where m.employer = o.organisation_id) as mentors,
					  (select count(*) from match_report x join mentors m on m.participant_id = x.mentor_id
					   where m.employer = o.organisation_id and x.program_id = :program and x.status in (:agreed)
					     and (x.agreed_on_paper between :fromDay and :toDay
					          or x.agreed_on_paper is null and x.agreed_at >= :fromInstant and x.agreed_at < :afterInstant)) as matches,
					  (select coalesce(sum(t.minutes), 0) from meeting_report t
					   join mentorship_report s on s.mentorship_id = t.mentorship_id
					   join mentors m on m.participant_id = s.mentor_id
					   where m.employer = o.organisation_id and s.program_id = :program
					     and t.held_on between :fromDay and :toDay) as minutes
					from organisation_report o
					where o.organisation_id in (select employer from mentors)
					order by o.name""")
				.params(params)
				.query(rs -> {
					rows.add(new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
							rs.getLong(5) });
				});
			var table = CountTable.builder("report.employers").count("mentors").count("matches").measure("hours", "mentors");
			for (var row : rows) {
				table.row(Label.text(row[0].toString(), (String) row[1]), (long) row[2], (long) row[3],
						Math.round((long) row[4] / 60.0));
			}
			return List.of(scope.show(table.total().build()));
		}
	}
}
