package org.passerelle.reporting;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.passerelle.identity.Actor;
import org.passerelle.participant.EducationLevel;
import org.passerelle.participant.Gender;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.participant.PositionLevel;
import org.passerelle.participant.WorkStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a program (R-RPT-3), the "Quelques chiffres" of seed 002: mentees by region
 * of origin, years since arrival, education and occupation group; mentors by work status,
 * management position, age and gender.
 *
 * <p><b>Who is counted</b>: the people taking part in the program in that role during the period
 * — enrolled or completed now, whose participation began by the last day and, for those who
 * completed, who completed on or after the first day. Applicants, people not selected and people
 * who withdrew are not. Each table of a role counts the same people, every one in exactly one row
 * ("Not recorded" where the profile does not say), so the tables share one total, which is why
 * the total is shown alike in all of them ({@link CellSuppression}).
 *
 * <p><b>Bands</b>: years since arrival and age are reckoned on the last day of the period. A
 * mentor's status is the work status of the profile (working, retired, student); "in management"
 * is a position level of management or executive. The occupation group is the broad category of
 * the NOC 2021 code of the occupation practised (its first digit).
 */
@Service
@Transactional(readOnly = true)
public class ProfileReporting {

	private final ResultsReporting results;

	private final JdbcClient jdbc;

	ProfileReporting(ResultsReporting results, JdbcClient jdbc) {
		this.results = results;
		this.jdbc = jdbc;
	}

	/**
	 * The profile statistics of a program over a period.
	 *
	 * @throws org.passerelle.core.NotFoundException for a program outside the actor's reach
	 * @throws org.springframework.security.access.AccessDeniedException for an actor who does not
	 *         read reports
	 */
	public SectionReport profile(Actor actor, ProgramId program, org.passerelle.core.Period period) {
		var scope = results.scope(actor, program, period);
		var mentees = people(program, period, Audience.MENTEE);
		var mentors = people(program, period, Audience.MENTOR);
		var end = period.to();
		var menteeTables = List.of(
				table(scope, "report.profile.region", mentees, person -> WorldRegion.of(person.country()).name(),
						names(WorldRegion.values()), "report.region."),
				table(scope, "report.profile.arrival", mentees, person -> arrivalBand(person.arrival(), end),
						List.of("UNDER_1", "1_2", "3_5", "6_10", "OVER_10", "NOT_RECORDED"), "report.arrival."),
				table(scope, "report.profile.education", mentees, person -> orNotRecorded(person.education()),
						withNotRecorded(names(EducationLevel.values())), "EducationLevel."),
				table(scope, "report.profile.occupation", mentees, person -> occupationGroup(person.occupation()),
						List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "NOT_RECORDED"), "report.noc."));
		var mentorTables = List.of(
				table(scope, "report.profile.workStatus", mentors, person -> orNotRecorded(person.workStatus()),
						withNotRecorded(names(WorkStatus.values())), "WorkStatus."),
				table(scope, "report.profile.management", mentors, person -> management(person.position()),
						List.of("MANAGEMENT", "OTHER", "NOT_RECORDED"), "report.management."),
				table(scope, "report.profile.age", mentors, person -> ageBand(person.birth(), end),
						List.of("UNDER_30", "30_39", "40_49", "50_59", "60_PLUS", "NOT_RECORDED"), "report.age."),
				table(scope, "report.profile.gender", mentors, person -> orNotRecorded(person.gender()),
						withNotRecorded(names(Gender.values())), "Gender."));
		return new SectionReport("profile", period.from(), period.to(), results.ref(actor, program), scope.suppressed(),
				List.of(ReportSection.of("report.profile.mentees", menteeTables),
						ReportSection.of("report.profile.mentors", mentorTables)));
	}

	private static ReportTable table(ReportScope scope, String key, List<Person> people,
			Function<Person, String> category, List<String> categories, String labelPrefix) {
		var counts = new LinkedHashMap<String, Long>();
		categories.forEach(name -> counts.put(name, 0L));
		for (var person : people) {
			counts.merge(category.apply(person), 1L, Long::sum);
		}
		var table = CountTable.builder(key).count("people");
		for (Map.Entry<String, Long> entry : counts.entrySet()) {
			var code = "NOT_RECORDED".equals(entry.getKey()) ? "report.notRecorded" : labelPrefix + entry.getKey();
			table.row(Label.code(entry.getKey(), code), entry.getValue());
		}
		return scope.show(table.total().build());
	}

	private List<Person> people(ProgramId program, org.passerelle.core.Period period, Audience role) {
		return jdbc.sql("""
				select p.country_of_origin, p.arrival_date, p.education, p.occupation_code, p.work_status,
				       p.position_level, p.birth_date, p.gender
				from participation_report r
				join participant_profile_report p on p.participant_id = r.participant_id
				where r.program_id = :program and r.role = :role and r.since <= :toDay
				  and (r.status = :enrolled or r.status = :completed and r.status_since >= :fromDay)""")
			.param("program", program.value())
			.param("role", role.name())
			.param("toDay", period.to())
			.param("fromDay", period.from())
			.param("enrolled", ParticipationStatus.ENROLLED.name())
			.param("completed", ParticipationStatus.COMPLETED.name())
			.query((rs, n) -> new Person(rs.getString("country_of_origin"), rs.getObject("arrival_date", LocalDate.class),
					rs.getString("education"), rs.getString("occupation_code"), rs.getString("work_status"),
					rs.getString("position_level"), rs.getObject("birth_date", LocalDate.class), rs.getString("gender")))
			.list();
	}

	static String arrivalBand(LocalDate arrival, LocalDate end) {
		if (arrival == null || arrival.isAfter(end)) {
			return "NOT_RECORDED";
		}
		int years = Period.between(arrival, end).getYears();
		return years < 1 ? "UNDER_1" : years <= 2 ? "1_2" : years <= 5 ? "3_5" : years <= 10 ? "6_10" : "OVER_10";
	}

	static String ageBand(LocalDate birth, LocalDate end) {
		if (birth == null || birth.isAfter(end)) {
			return "NOT_RECORDED";
		}
		int age = Period.between(birth, end).getYears();
		return age < 30 ? "UNDER_30" : age < 40 ? "30_39" : age < 50 ? "40_49" : age < 60 ? "50_59" : "60_PLUS";
	}

	static String occupationGroup(String noc) {
		return noc == null || noc.isBlank() || !Character.isDigit(noc.strip().charAt(0)) ? "NOT_RECORDED"
				: noc.strip().substring(0, 1);
	}

	private static String management(String position) {
		if (position == null) {
			return "NOT_RECORDED";
		}
		var level = PositionLevel.valueOf(position);
		return level == PositionLevel.MANAGEMENT || level == PositionLevel.EXECUTIVE ? "MANAGEMENT" : "OTHER";
	}

	private static String orNotRecorded(String value) {
		return value == null ? "NOT_RECORDED" : value;
	}

	private static List<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).toList();
	}

	private static List<String> withNotRecorded(List<String> names) {
		var all = new ArrayList<>(names);
		all.add("NOT_RECORDED");
		return all;
	}

	private record Person(String country, LocalDate arrival, String education, String occupation, String workStatus,
			String position, LocalDate birth, String gender) {
	}
}
