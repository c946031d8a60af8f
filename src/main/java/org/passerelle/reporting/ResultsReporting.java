package org.passerelle.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.Period;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.matching.MatchStatus;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipStatus;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.passerelle.referral.ReferralCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a period (R-RPT-1) and the referrals per agency (R-RPT-2), read from what the
 * other modules recorded, for the programs an actor may report on.
 *
 * <p><b>Who reads what.</b> Administrators report on every program; coordinators on the programs
 * they coordinate; funders on every program, with counts from 1 to 4 withheld (R-RPT-5, see
 * {@link CellSuppression}). Anyone else is refused. Asking for a program outside one's reach answers
 * "not found", as for a program that does not exist. Asking for no program means every program
 * one may report on.
 *
 * <p><b>What each figure counts</b>, per program, over the days from {@code from} to {@code to}
 * included, in the organisation's time zone:
 * <ul>
 * <li><em>Mentors registered</em>, <em>mentees registered</em>: people taking part in the program
 * in that role whose participation began in the period (the day staff registered them, they were
 * imported, applied on the public form or were referred) and who are now enrolled or have
 * completed it. Applicants still waiting, applications not selected and people who withdrew are
 * not counted: the record does not tell whether they withdrew before or after being enrolled. A
 * person taking part in two programs counts in each.</li>
 * <li><em>Matches</em> (jumelages): pairs proposed in the program whose mentoring agreement both
 * signed in the period — the day the mentorship started: the later of the days both signed on
 * paper, or the day the second signature was given here — whatever became of the mentorship
 * since. Proposals declined or cancelled, group cohorts and connector introductions are not
 * matches.</li>
 * <li><em>Mentees in employment</em>: mentees whose mentorship in the program closed in the
 * period with their employment at closure recorded as employed in their field or employed in
 * another field; each mentee once, even if two of their mentorships closed. <em>Of whom in their
 * field</em>: those recorded employed in their field.</li>
 * </ul>
 * The total row adds the programs' rows up.
 *
 * <p><b>Referrals per agency</b>: as the referral module counts them for its own counts page
 * ({@link ReferralCounts}, the one definition): referrals to the programs of the report first
 * submitted in the period (drafts never submitted are not referrals), grouped by the referring
 * organisation; of them, how many are now admitted, and how many were returned to the agency at
 * least once, whatever happened after. Outcomes are those of today, even when decided after the
 * period.
 *
 * <p><b>Where it reads.</b> Never another module's tables: the read views each owning module
 * defines and tests ({@code participation_report}, {@code match_report}, {@code mentorship_report}),
 * with states bound from the owning enums ({@code MatchStatus.AGREED},
 * {@code EmploymentStatus::employed}...) so that a state renamed or removed fails to compile rather
 * than counting zero, and the referral module's {@link ReferralCounts}.
 */
@Service
@Transactional(readOnly = true)
public class ResultsReporting {

	/** Mentors and mentees registered, matches, mentees employed, of whom in their field. */
	private static final int RESULT_FIGURES = 5;

	/** Referred, admitted, returned at least once. */
	private static final int REFERRAL_FIGURES = 3;

	private final ProgramManagement programs;

	private final AccessPolicy policy;

	private final ReferralCounts referrals;

	private final JdbcClient jdbc;

	private final Clock clock;

	ResultsReporting(ProgramManagement programs, AccessPolicy policy, ReferralCounts referrals, JdbcClient jdbc,
			Clock clock) {
		this.programs = programs;
		this.referrals = referrals;
		this.policy = policy;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the actor reads reports at all: administrators, coordinators and funders. */
	public boolean mayReport(Actor actor) {
		return switch (actor.role()) {
			case ADMIN, COORDINATOR, FUNDER -> true;
			case REFERRAL_PARTNER, MENTOR, MENTEE, EMPLOYER, PRIVACY_OFFICER -> false;
		};
	}

	/**
	 * The programs the actor may report on, by name: every program for administrators and
	 * funders, those they coordinate for coordinators.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 */
	public List<ProgramSummary> programs(Actor actor) {
		policy.require(mayReport(actor));
		return programs.list(actor);
	}

	/**
	 * The results of a period for the programs asked for, or for every program the actor may
	 * report on when none is asked for.
	 *
	 * @throws NotFoundException for a program that does not exist or is outside the actor's reach
	 * @throws org.springframework.security.access.AccessDeniedException for an actor who does not
	 *         read reports
	 */
	public ResultsReport results(Actor actor, Collection<ProgramId> asked, Period period) {
		var reachable = programs(actor);
		var chosen = chosen(reachable, asked);
		var ids = chosen.stream().map(program -> program.id().value()).toList();
		var figures = ids.isEmpty() ? Map.<UUID, long[]>of() : figures(ids, period);
		var rows = new ArrayList<long[]>();
		for (var program : chosen) {
			rows.add(figures.getOrDefault(program.id().value(), new long[RESULT_FIGURES]));
		}
		var suppressed = actor.is(Role.FUNDER);
		var results = CountTable.builder("reports.results")
			.count("mentors")
			.count("mentees")
			.count("matches")
			.count("employed")
			.part("inField", "employed");
		for (int i = 0; i < chosen.size(); i++) {
			results.row(Label.text(chosen.get(i).id().toString(), chosen.get(i).name()), rows.get(i));
		}
		var resultTable = CellSuppression.of(results.total().build(), suppressed);
		var referralTable = referralTable(ids, period, suppressed);
		var resultRows = new ArrayList<ProgramResults>();
		for (int i = 0; i < chosen.size(); i++) {
			resultRows.add(programResults(chosen.get(i).id(), chosen.get(i).name(), resultTable.rows().get(i)));
		}
		var agencyRows = new ArrayList<AgencyReferrals>();
		for (var row : referralTable.rows()) {
			agencyRows.add(agencyReferrals(new OrganisationId(UUID.fromString(row.label().key())), row.label().text(), row));
		}
		return new ResultsReport(period.from(), period.to(),
				chosen.stream().map(program -> new ResultsReport.ProgramRef(program.id(), program.name())).toList(),
				suppressed, resultRows, programResults(null, null, resultTable.total()), agencyRows,
				agencyReferrals(null, null, referralTable.total()));
	}

	/**
	 * The referrals per agency as one table, suppressed once, of which the results show referred,
	 * admitted and returned, and the evaluation referred, admitted and matched: two reports of the
	 * same referrals cannot be put together to recompute what either withholds.
	 */
	ReportTable referralTable(List<UUID> ids, Period period, boolean suppressed) {
		var agencies = ids.isEmpty() ? List.<AgencyCount>of() : referrals(ids, period);
		var matched = ids.isEmpty() ? Map.<UUID, Long>of() : matchedReferrals(ids, period);
		var table = CountTable.builder("reports.referrals")
			.count("referred")
			.part("admitted", "referred")
			.subset("returned", "referred")
			.part("matched", "admitted")
			.rate("admittedRate", "admitted", "referred")
			.rate("matchedRate", "matched", "admitted");
		for (var agency : agencies) {
			table.row(Label.text(agency.agency().value().toString(), agency.name()), agency.counts()[0],
					agency.counts()[1], agency.counts()[2], matched.getOrDefault(agency.agency().value(), 0L));
		}
		return CellSuppression.of(table.total().build(), suppressed);
	}

	/**
	 * What a report of one program counts over, for this actor: funders' figures are suppressed.
	 *
	 * @throws NotFoundException for a program outside the actor's reach
	 */
	public ReportScope scope(Actor actor, ProgramId program, Period period) {
		chosen(programs(actor), List.of(program));
		return new ReportScope(program, period, actor.is(Role.FUNDER));
	}

	/** The program by its name, as a report names it. */
	ResultsReport.ProgramRef ref(Actor actor, ProgramId program) {
		var summary = chosen(programs(actor), List.of(program)).getFirst();
		return new ResultsReport.ProgramRef(summary.id(), summary.name());
	}

	/** The parameters of the period, in the organisation's time zone, for queries of the module. */
	Map<String, Object> params(ProgramId program, Period period) {
		return params(List.of(program.value()), period);
	}

	private static List<ProgramSummary> chosen(List<ProgramSummary> reachable, Collection<ProgramId> asked) {
		if (asked == null || asked.isEmpty()) {
			return reachable;
		}
		var wanted = new LinkedHashSet<>(asked);
		for (var program : wanted) {
			if (reachable.stream().noneMatch(candidate -> candidate.id().equals(program))) {
				throw new NotFoundException("program", program);
			}
		}
		return reachable.stream().filter(program -> wanted.contains(program.id())).toList();
	}

	private static ProgramResults programResults(ProgramId program, String name, ReportTable.Row shown) {
		return new ProgramResults(program, name, count(shown, 0), count(shown, 1), count(shown, 2), count(shown, 3),
				count(shown, 4));
	}

	private static AgencyReferrals agencyReferrals(OrganisationId agency, String name, ReportTable.Row shown) {
		return new AgencyReferrals(agency, name, count(shown, 0), count(shown, 1), count(shown, 2));
	}

	private static Long count(ReportTable.Row row, int column) {
		var value = row.figure(column).value();
		return value == null ? null : value.longValue();
	}

	/**
	 * Of the referrals to the programs first submitted in the period, per agency, those whose
	 * person is now admitted and has a match both signed in the same program.
	 */
	private Map<UUID, Long> matchedReferrals(List<UUID> programIds, Period period) {
		var params = params(programIds, period);
		params.put("admitted", org.passerelle.referral.ReferralStatus.ADMITTED.name());
		params.put("agreed", names(MatchStatus.AGREED, MatchStatus.ENDED));
		var matched = new HashMap<UUID, Long>();
		jdbc.sql("""
				select r.agency_id, count(*) as matched
				from referral_report r
				where r.program_id in (:programs) and r.status = :admitted
				  and r.first_submitted_at >= :fromInstant and r.first_submitted_at < :afterInstant
				  and exists (select 1 from match_report m
				              where m.program_id = r.program_id and m.mentee_id = r.participant_id
				                and m.status in (:agreed))
				group by r.agency_id""")
			.params(params)
			.query(rs -> {
				matched.put(rs.getObject("agency_id", UUID.class), rs.getLong("matched"));
			});
		return matched;
	}

	/**
	 * The five results of each program that has any: registered mentors and mentees, matches,
	 * employed, in field. Read from the views the owning modules define, with their states bound
	 * from the owning enums: a state renamed or removed there fails to compile here.
	 */
	private Map<UUID, long[]> figures(List<UUID> programIds, Period period) {
		var figures = new HashMap<UUID, long[]>();
		var params = params(programIds, period);
		params.put("mentor", Audience.MENTOR.name());
		params.put("mentee", Audience.MENTEE.name());
		params.put("registered", names(ParticipationStatus.ENROLLED, ParticipationStatus.COMPLETED));
		params.put("agreed", names(MatchStatus.AGREED, MatchStatus.ENDED));
		params.put("closed", MentorshipStatus.CLOSED.name());
		params.put("employed", names(Arrays.stream(EmploymentStatus.values()).filter(EmploymentStatus::employed)));
		params.put("inField", EmploymentStatus.EMPLOYED_IN_FIELD.name());
		jdbc.sql("""
				select program_id,
				  count(*) filter (where role = :mentor) as mentors,
				  count(*) filter (where role = :mentee) as mentees
				from participation_report
				where program_id in (:programs) and status in (:registered)
				  and since between :fromDay and :toDay
				group by program_id""")
			.params(params)
			.query(rs -> {
				var row = figures.computeIfAbsent(rs.getObject("program_id", UUID.class), id -> new long[RESULT_FIGURES]);
				row[0] = rs.getLong("mentors");
				row[1] = rs.getLong("mentees");
			});
		// the day of the agreement: the later day both signed on paper, or the day of the second signature here
		jdbc.sql("""
				select program_id, count(*) as matches
				from match_report
				where program_id in (:programs) and status in (:agreed)
				  and (agreed_on_paper between :fromDay and :toDay
				       or agreed_on_paper is null and agreed_at >= :fromInstant and agreed_at < :afterInstant)
				group by program_id""")
			.params(params)
			.query(rs -> {
				figures.computeIfAbsent(rs.getObject("program_id", UUID.class), id -> new long[RESULT_FIGURES])[2] = rs
					.getLong("matches");
			});
		jdbc.sql("""
				select program_id,
				  count(distinct mentee_id) filter (where employment_at_closure in (:employed)) as employed,
				  count(distinct mentee_id) filter (where employment_at_closure = :inField) as in_field
				from mentorship_report
				where program_id in (:programs) and status = :closed and closed_on between :fromDay and :toDay
				group by program_id""")
			.params(params)
			.query(rs -> {
				var row = figures.computeIfAbsent(rs.getObject("program_id", UUID.class), id -> new long[RESULT_FIGURES]);
				row[3] = rs.getLong("employed");
				row[4] = rs.getLong("in_field");
			});
		return figures;
	}

	/** The referrals per agency as the referral module counts them, for the referral counts page too. */
	private List<AgencyCount> referrals(List<UUID> programIds, Period period) {
		return referrals.perAgency(programIds.stream().map(ProgramId::new).toList(), period)
			.stream()
			.map(count -> new AgencyCount(count.agencyId(), count.agency(),
					new long[] { count.total(), count.admitted(), count.returned() }))
			.toList();
	}

	private static List<String> names(Enum<?>... constants) {
		return names(Arrays.stream(constants));
	}

	private static List<String> names(java.util.stream.Stream<? extends Enum<?>> constants) {
		return constants.map(Enum::name).toList();
	}

	private Map<String, Object> params(List<UUID> programIds, Period period) {
		var zone = clock.getZone();
		var params = new HashMap<String, Object>();
		params.put("programs", programIds);
		params.put("fromDay", period.from());
		params.put("toDay", period.to());
		params.put("fromInstant", period.from().atStartOfDay(zone).toOffsetDateTime());
		params.put("afterInstant", period.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		return params;
	}

	private record AgencyCount(OrganisationId agency, String name, long[] counts) {
	}
}
