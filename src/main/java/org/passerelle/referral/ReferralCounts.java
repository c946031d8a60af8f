package org.passerelle.referral;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.passerelle.core.OrganisationId;
import org.passerelle.core.Period;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.OrganisationDirectory;
import org.passerelle.identity.Role;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals per agency over a period (R-REF-3, R-RPT-2): the one definition of these figures, used
 * by the referral counts page and API and by the results of a period, so that both always show the
 * same numbers for the same referrals.
 *
 * <p><b>What each figure counts</b>, per referring agency:
 * <ul>
 * <li><em>Referrals</em>: referrals to the programs asked for first submitted in the period — from
 * the first to the last day included, in the organisation's time zone. A draft never submitted is
 * not a referral yet; a referral submitted again after a return counts once, on its first
 * submission.</li>
 * <li><em>Admitted</em>, <em>not selected</em>, <em>withdrawn</em>: of them, those that stand so
 * today, even when decided after the period.</li>
 * <li><em>Pending</em>: those still open today — submitted and awaiting the program's decision, or
 * returned and awaiting the agency's correction. Admitted, not selected, withdrawn and pending add
 * up to the referrals.</li>
 * <li><em>Returned at least once</em>: those the program returned to the agency with reasons
 * (R-REF-2) at least once, whatever happened after: a return is a decision recorded in the
 * referral's history, and tells how often an agency's referrals were incomplete — it does not
 * disappear when the agency resubmits and the person is admitted. A referral may count both as
 * admitted and as returned.</li>
 * </ul>
 * Rows come most referrals first, then by agency name. Read from the referral module's view
 * {@code referral_report}, with states bound from {@link ReferralStatus}.
 */
@Service
@Transactional(readOnly = true)
public class ReferralCounts {

	private final JdbcClient jdbc;

	private final ProgramManagement programs;

	private final OrganisationDirectory organisations;

	private final AccessPolicy policy;

	private final Clock clock;

	ReferralCounts(JdbcClient jdbc, ProgramManagement programs, OrganisationDirectory organisations, AccessPolicy policy,
			Clock clock) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.organisations = organisations;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Referrals per agency over a period and, if given, a program, as the actor may count them:
	 * administrators every referral; coordinators those to their programs; an agency its own.
	 * Funders are refused: they read the results of a period, where small counts are withheld
	 * (R-RPT-5). Anyone else counts nothing.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException for a funder
	 */
	public List<ReferralCount> perAgency(Actor actor, Period period, ProgramId program) {
		policy.require(!actor.is(Role.FUNDER));
		var scope = new Scope();
		switch (actor.role()) {
			case ADMIN -> {
			}
			case COORDINATOR -> {
				var coordinated = programs.list(actor).stream().map(summary -> summary.id().value()).toList();
				if (coordinated.isEmpty()) {
					return List.of();
				}
				scope.programs = coordinated;
			}
			case REFERRAL_PARTNER -> scope.agency = actor.organisationId().value();
			default -> {
				return List.of();
			}
		}
		if (program != null) {
			scope.program = program.value();
		}
		return counts(period, scope);
	}

	/**
	 * Referrals per agency to the given programs over a period, for a report that has already
	 * decided who may read them (see {@code ResultsReporting}).
	 */
	public List<ReferralCount> perAgency(Collection<ProgramId> programIds, Period period) {
		if (programIds.isEmpty()) {
			return List.of();
		}
		var scope = new Scope();
		scope.programs = programIds.stream().map(ProgramId::value).toList();
		return counts(period, scope);
	}

	private List<ReferralCount> counts(Period period, Scope scope) {
		var zone = clock.getZone();
		var params = new HashMap<String, Object>();
		params.put("from", period.from().atStartOfDay(zone).toOffsetDateTime());
		params.put("after", period.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		params.put("admitted", ReferralStatus.ADMITTED.name());
		params.put("open", List.of(ReferralStatus.SUBMITTED.name(), ReferralStatus.RETURNED.name()));
		params.put("notSelected", ReferralStatus.NOT_SELECTED.name());
		params.put("withdrawn", ReferralStatus.WITHDRAWN.name());
		var conditions = new ArrayList<String>(List.of("first_submitted_at >= :from", "first_submitted_at < :after"));
		if (scope.programs != null) {
			conditions.add("program_id in (:programs)");
			params.put("programs", scope.programs);
		}
		if (scope.program != null) {
			conditions.add("program_id = :program");
			params.put("program", scope.program);
		}
		if (scope.agency != null) {
			conditions.add("agency_id = :agency");
			params.put("agency", scope.agency);
		}
		var rows = jdbc.sql("""
				select agency_id, count(*) as total,
				  count(*) filter (where status = :admitted) as admitted,
				  count(*) filter (where returned) as returned,
				  count(*) filter (where status in (:open)) as pending,
				  count(*) filter (where status = :notSelected) as not_selected,
				  count(*) filter (where status = :withdrawn) as withdrawn
				from referral_report
				where %s
				group by agency_id""".formatted(String.join(" and ", conditions)))
			.params(params)
			.query((rs, row) -> new Row(new OrganisationId(rs.getObject("agency_id", UUID.class)), rs.getLong("total"),
					rs.getLong("admitted"), rs.getLong("returned"), rs.getLong("pending"), rs.getLong("not_selected"),
					rs.getLong("withdrawn")))
			.list();
		var names = organisations.names(rows.stream().map(Row::agency).toList());
		return rows.stream()
			.map(row -> new ReferralCount(row.agency(), names.getOrDefault(row.agency(), ""), row.total(), row.admitted(),
					row.returned(), row.pending(), row.notSelected(), row.withdrawn()))
			.sorted(Comparator.comparingLong(ReferralCount::total).reversed().thenComparing(ReferralCount::agency))
			.toList();
	}

	private record Row(OrganisationId agency, long total, long admitted, long returned, long pending, long notSelected,
			long withdrawn) {
	}

	/** Which referrals to count: {@code null} for no limit. */
	private static final class Scope {

		List<UUID> programs;

		UUID program;

		UUID agency;
	}
}
