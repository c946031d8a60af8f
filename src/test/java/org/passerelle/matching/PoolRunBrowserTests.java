package org.passerelle.matching;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.BrowserTest;
import org.passerelle.Fixtures;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.solver.Objective;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page of a running pool run in a browser: htmx follows the run, the live region tells each
 * new stage, and the page shows how the run ended once it did. axe-core checks the running page.
 */
class PoolRunBrowserTests extends BrowserTest {

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	PoolRunRepository runs;

	@Autowired
	PoolRunJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void thePageOfARunningRunFollowsItsStagesAndShowsHowItEnded() {
		var english = Locale.CANADA;
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(60, 10, 20, 10), ProgramRules.basic(), Set.of(Language.EN));
		var run = runs.saveAndFlush(PoolRun.start(f.program().id(), Objective.MAXIMUM_TOTAL, 3, 2,
				f.coordinator().userId(), clock.instant()));

		signIn(f.coordinator().email());
		page.navigate(url("/matching/runs/" + run.id()));
		assertThat(page.locator("#run-stage")).hasText(text(english, "pool.stage.QUEUED"));
		check("pool-run-running-en");

		jdbc.sql("update pool_run set stage = 'SOLVING', solve_pass = 2 where id = ?").param(run.id()).update();
		assertThat(page.locator("#run-stage")).hasText(text(english, "pool.stage.SOLVING", 2));

		jobs.fail(run.id(), "pool.failed.error");
		assertThat(page.locator("#run-failure")).hasText(text(english, "pool.failed.error"));
		assertThat(page.locator("#run-stage")).hasCount(0);
	}
}
