package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.solver.AssignmentProblem;
import org.passerelle.matching.solver.Objective;
import org.passerelle.matching.solver.PoolSolver;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.MatchingObjective;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Pool runs through the API and the pages: optimal over every acceptable pair (checked against an
 * exact solver on the full pool), run in the background with their progress, and what they do
 * with bad input — nothing to match, a run already under way, an interrupted run, a pool that
 * changed under a draft.
 */
@IntegrationTest
class PoolRunTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MatchingPreferences preferences;

	@Autowired
	MatchPools pools;

	@Autowired
	jakarta.persistence.EntityManagerFactory entityManagers;

	@Autowired
	PoolRunRepository runs;

	@Autowired
	PoolRunJobs jobs;

	@Autowired
	Clock clock;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
	}

	MatchingFixtures program(int minimum) {
		return MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(60, 10, 20, 10),
				ProgramRules.builder().minimumMatchScore(minimum).build(), Set.of(Language.FR, Language.EN));
	}

	RequestPostProcessor coordinator(MatchingFixtures f) {
		return httpBasic(f.coordinator().email(), Fixtures.PASSWORD);
	}

	/** Starts a run through the API: 202 at once, with where to follow it. */
	String start(MatchingFixtures f) throws Exception {
		var response = mvc.perform(post("/api/programs/{p}/matching/runs", f.program().id().value()).with(coordinator(f)))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/matching/runs/")))
			.andReturn()
			.getResponse();
		String id = JsonPath.read(response.getContentAsString(), "$.id");
		assertThat(response.getHeader("Location")).endsWith(id);
		return id;
	}

	/** The optimum of the full pool by the dense exact solver (Jonker–Volgenant on every acceptable pair). */
	long[] exactOptimum(MatchingFixtures f) {
		var pool = pools.load(f.program().id());
		var gains = new PoolGains(pool, pool.waitingMentees(), pool.freeMentors(), f.program().rules().minimumMatchScore());
		var candidates = new int[gains.mentees()][];
		var values = new int[gains.mentees()][];
		for (int i = 0; i < gains.mentees(); i++) {
			var row = new ArrayList<int[]>();
			for (int j = 0; j < gains.mentors(); j++) {
				int gain = gains.gain(i, j);
				if (gain > 0) {
					row.add(new int[] { j, gain });
				}
			}
			candidates[i] = row.stream().mapToInt(pair -> pair[0]).toArray();
			values[i] = row.stream().mapToInt(pair -> pair[1]).toArray();
		}
		var capacities = new int[gains.mentors()];
		for (int j = 0; j < capacities.length; j++) {
			capacities[j] = gains.capacity(j);
		}
		var exact = PoolSolver.dense(new AssignmentProblem(gains.mentees(), capacities, candidates, values));
		return new long[] { exact.total(), exact.matched() };
	}

	@Test
	void identicalProfilesMatchAsManyMenteesAsThereAreMentorsProvenOptimal() throws Exception {
		var f = program(40);
		for (int i = 0; i < 12; i++) {
			f.mentee("Mentee", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel");
		}
		for (int i = 0; i < 6; i++) {
			f.mentor("Mentor", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel", 1);
		}
		var run = MatchingFixtures.awaitRun(mvc, coordinator(f), start(f));

		assertThat((String) JsonPath.read(run, "$.status")).isEqualTo("DRAFT");
		assertThat((Integer) JsonPath.read(run, "$.optimalMatched")).isEqualTo(6);
		assertThat((Integer) JsonPath.read(run, "$.greedyMatched")).as("greedy on the same full pool").isEqualTo(6);
		assertThat((String) JsonPath.read(run, "$.objective")).isEqualTo("MAXIMUM_TOTAL");
		assertThat((Boolean) JsonPath.read(run, "$.proof.provenOptimal")).isTrue();
		assertThat(((Number) JsonPath.read(run, "$.proof.pairsScored")).longValue()).isEqualTo(72);
		var exact = exactOptimum(f);
		assertThat(Math.round(((Number) JsonPath.read(run, "$.optimalTotal")).doubleValue() * 100)).isEqualTo(exact[0]);
	}

	@Test
	void theRunsListCountsEachRunsPairsWithoutReadingThem() throws Exception {
		var f = program(40);
		for (int i = 0; i < 5; i++) {
			f.mentee("Mentee", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel");
		}
		for (int i = 0; i < 3; i++) {
			f.mentor("Mentor", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel", 1);
		}
		MatchingFixtures.awaitRun(mvc, coordinator(f), start(f));
		pools.load(f.program().id());

		var statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			mvc.perform(get("/api/programs/{p}/matching/runs", f.program().id().value()).with(coordinator(f)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].optimalMatched").value(3))
				.andExpect(jsonPath("$[0].pairCount").value(5))
				.andExpect(jsonPath("$[0].pairs").isEmpty());
			assertThat(statistics.getCollectionStatistics(PoolRun.class.getName() + ".pairs").getLoadCount())
				.as("pairs read to be counted")
				.isZero();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void aRunAimsForWhatTheProgramAsksAndItsPageSaysSo() throws Exception {
		var f = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(60, 10, 20, 10),
				ProgramRules.builder().minimumMatchScore(40).matchingObjective(MatchingObjective.MOST_MATCHED_THEN_TOTAL).build(),
				Set.of(Language.FR, Language.EN));
		for (int i = 0; i < 4; i++) {
			f.mentee("Mentee", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel");
		}
		for (int i = 0; i < 3; i++) {
			f.mentor("Mentor", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel", 1);
		}
		var id = start(f);
		var run = MatchingFixtures.awaitRun(mvc, coordinator(f), id);

		assertThat((String) JsonPath.read(run, "$.objective")).isEqualTo("MOST_MATCHED_THEN_TOTAL");
		assertThat((Integer) JsonPath.read(run, "$.optimalMatched")).isEqualTo((int) exactOptimum(f)[1]).isEqualTo(3);
		var page = Jsoup.parse(mvc.perform(get("/matching/runs/{id}", id)
			.session(Fixtures.signIn(mvc, f.coordinator().email())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#run-objective").text())
			.contains("as many mentees matched as possible, then the largest total score")
			.doesNotContain("The program asks for the largest total");
	}

	/**
	 * Everyone prefers the same five mentors and ties over the others: keeping each mentee's best
	 * hundred mentors, as pool runs did, left the same hundred for all and twenty mentees waiting
	 * with twenty mentors free.
	 */
	@Test
	void whenEveryMenteePrefersTheSameFewMentorsEveryMenteeAnExactSolverMatchesIsMatched() throws Exception {
		var f = program(20);
		for (int i = 0; i < 120; i++) {
			f.mentee("Mentee", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel");
		}
		for (int i = 0; i < 5; i++) {
			f.mentor("Star", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel", 1);
		}
		for (int i = 0; i < 115; i++) {
			f.mentor("Mentor", "21232", MatchingFixtures.french(), "H2X 1Y4", "logiciel", 1);
		}
		var run = MatchingFixtures.awaitRun(mvc, coordinator(f), start(f));

		var exact = exactOptimum(f);
		assertThat(exact[1]).isEqualTo(120);
		assertThat((Integer) JsonPath.read(run, "$.optimalMatched")).isEqualTo(120);
		assertThat(Math.round(((Number) JsonPath.read(run, "$.optimalTotal")).doubleValue() * 100)).isEqualTo(exact[0]);
		assertThat((Boolean) JsonPath.read(run, "$.proof.provenOptimal")).isTrue();
		assertThat((Integer) JsonPath.read(run, "$.greedyMatched")).isEqualTo(120);
	}

	@Test
	void aPoolWithoutAnyAcceptablePairEndsFailedWithTheReasonAndNoPair() throws Exception {
		var f = program(90);
		f.mentee("Lina", "21231", MatchingFixtures.french(), null, null);
		f.mentor("Omar", "72310", MatchingFixtures.french(), null, null, 1);
		var run = MatchingFixtures.awaitRun(mvc, coordinator(f), start(f));

		assertThat((String) JsonPath.read(run, "$.status")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(run, "$.failureCode")).isEqualTo("pool.failed.noAcceptablePair");
		assertThat((String) JsonPath.read(run, "$.failure")).contains("under 90 points", "Nothing was saved");
		assertThat((Integer) JsonPath.read(run, "$.pairCount")).isZero();
		var page = mvc.perform(get("/matching/runs/{id}", JsonPath.read(run, "$.id").toString())
			.session(Fixtures.signIn(mvc, f.coordinator().email())).header("Accept-Language", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var html = Jsoup.parse(page);
		assertThat(html.select("#run-failure").text()).contains("moins de 90 points");
		assertThat(html.select("form[action$=/confirm]")).isEmpty();
	}

	@Test
	void aProgramWithoutAFreeMentorIsRefusedAtStart() throws Exception {
		var f = program(40);
		f.mentee("Lina", "21231", MatchingFixtures.french(), null, null);
		mvc.perform(post("/api/programs/{p}/matching/runs", f.program().id().value()).with(coordinator(f))
			.header("Accept-Language", "fr"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Aucun mentor n’est libre")));
		mvc.perform(post("/programs/{p}/matching/runs", f.program().id().value())
			.session(Fixtures.signIn(mvc, f.coordinator().email())).with(csrf()).header("Accept-Language", "en"))
			.andExpect(redirectedUrl("/programs/" + f.program().id().value() + "/matching"))
			.andExpect(flash().attribute("problem", containsString("No mentor is free")));
		assertThat(runs.findTop10ByProgramIdOrderByCreatedAtDesc(f.program().id().value())).isEmpty();
	}

	/** A run of the program already under way, as another node or an earlier request left it. */
	PoolRun running(MatchingFixtures f, Duration sinceHeartbeat) {
		var run = PoolRun.start(f.program().id(), Objective.MAXIMUM_TOTAL, 1, 1, f.coordinator().userId(),
				clock.instant().minus(sinceHeartbeat));
		return runs.saveAndFlush(run);
	}

	@Test
	void aRunStartedWhileAnotherIsUnderWayIsToldWhereThatOneIs() throws Exception {
		var f = program(40);
		f.mentee("Lina", "21231", MatchingFixtures.french(), null, null);
		f.mentor("Marc", "21231", MatchingFixtures.french(), null, null, 1);
		var other = running(f, Duration.ZERO);

		mvc.perform(post("/api/programs/{p}/matching/runs", f.program().id().value()).with(coordinator(f))
			.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(header().string("Location", "/api/matching/runs/" + other.id()))
			.andExpect(jsonPath("$.run").value(other.id().toString()))
			.andExpect(jsonPath("$.detail").value(containsString("already under way")));
		mvc.perform(post("/programs/{p}/matching/runs", f.program().id().value())
			.session(Fixtures.signIn(mvc, f.coordinator().email())).with(csrf()).header("Accept-Language", "en"))
			.andExpect(redirectedUrl("/matching/runs/" + other.id()))
			.andExpect(flash().attribute("problem", containsString("already under way")));
		// the database holds it too, whichever node inserts the second
		assertThatThrownBy(() -> running(f, Duration.ZERO)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(runs.findTop10ByProgramIdOrderByCreatedAtDesc(f.program().id().value())).hasSize(1);
	}

	@Test
	void aRunningRunShowsItsProgressAndThePageFollowsIt() throws Exception {
		var f = program(40);
		var other = running(f, Duration.ZERO);
		var session = Fixtures.signIn(mvc, f.coordinator().email());

		mvc.perform(get("/api/matching/runs/{id}", other.id()).with(coordinator(f)))
			.andExpect(jsonPath("$.status").value("RUNNING"))
			.andExpect(jsonPath("$.progress.stage").value("QUEUED"));
		var page = Jsoup.parse(mvc.perform(get("/matching/runs/{id}", other.id()).session(session)
			.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		var stage = page.selectFirst("#run-stage");
		assertThat(stage.attr("aria-live")).isEqualTo("polite");
		assertThat(stage.text()).isEqualTo("Waiting for other runs to finish…");
		assertThat(page.selectFirst("#run-poll").attr("hx-get")).contains("/matching/runs/" + other.id() + "/progress");
		assertThat(page.select("a[href=/matching/runs/" + other.id() + "]").text()).isEqualTo("Refresh");
		assertThat(page.select("form[action$=/confirm]")).isEmpty();
		var pool = Jsoup.parse(mvc.perform(get("/programs/{p}/matching", f.program().id().value()).session(session)
			.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(pool.select("#runs-title + ul li").text()).contains("Under way");

		var unchanged = mvc.perform(get("/matching/runs/{id}/progress", other.id()).param("shown", "QUEUED-0")
			.session(session).header("HX-Request", "true")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(unchanged).select("#run-stage")).as("the same stage is not announced again").isEmpty();
		assertThat(Jsoup.parse(unchanged).select("#run-poll[hx-swap-oob]")).hasSize(1);
		var changed = mvc.perform(get("/matching/runs/{id}/progress", other.id()).param("shown", "SCORING-0")
			.session(session).header("HX-Request", "true"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(changed).select("#run-stage[hx-swap-oob=innerHTML]")).hasSize(1);

		jobs.fail(other.id(), "pool.failed.error");
		mvc.perform(get("/matching/runs/{id}/progress", other.id()).param("shown", "QUEUED-0").session(session)
			.header("HX-Request", "true")).andExpect(header().string("HX-Refresh", "true"));
	}

	@Test
	void aRunLeftRunningByAStoppedNodeIsMarkedFailedAndThePoolCanBeRunAgain() throws Exception {
		var f = program(40);
		f.mentee("Lina", "21231", MatchingFixtures.french(), null, null);
		f.mentor("Marc", "21231", MatchingFixtures.french(), null, null, 1);
		var left = running(f, Duration.ofMinutes(5));

		mvc.perform(get("/api/matching/runs/{id}", left.id()).with(coordinator(f)))
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.failureCode").value("pool.failed.interrupted"));
		jobs.failInterruptedAtStart();
		assertThat(runs.findById(left.id()).orElseThrow().status()).isEqualTo(PoolRun.Status.FAILED);
		var run = MatchingFixtures.awaitRun(mvc, coordinator(f), start(f));
		assertThat((String) JsonPath.read(run, "$.status")).isEqualTo("DRAFT");
	}

	@Test
	void aDraftWhosePoolChangedSaysSoAndCannotBeConfirmed() throws Exception {
		var f = program(0);
		var lina = f.mentee("Lina", "21231", MatchingFixtures.french(), null, null);
		f.mentee("Sami", "21231", MatchingFixtures.french(), null, null);
		f.mentor("Marc", "21231", MatchingFixtures.french(), null, null, 1);
		var id = start(f);
		var run = MatchingFixtures.awaitRun(mvc, coordinator(f), id);
		assertThat((Boolean) JsonPath.read(run, "$.stale")).isFalse();

		// Lina answers the questionnaire: her profile changed since the draft
		preferences.savePreferences(f.coordinator(), lina, List.of(1, 2, 3, 4, 5, 1), false);
		var version = ((Number) JsonPath.read(run, "$.version")).longValue();
		mvc.perform(get("/api/matching/runs/{id}", id).with(coordinator(f))).andExpect(jsonPath("$.stale").value(true));
		mvc.perform(post("/api/matching/runs/{id}/confirm", id).with(coordinator(f)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("The pool changed since this draft was made")));
		var page = Jsoup.parse(mvc.perform(get("/matching/runs/{id}", id)
			.session(Fixtures.signIn(mvc, f.coordinator().email())).header("Accept-Language", "fr"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#run-stale").text()).contains("Le bassin a changé");
		assertThat(page.select("#run-stale form[action$=/matching/runs] button").text())
			.isEqualTo("Relancer le jumelage du bassin");
		assertThat(page.select("form[action$=/confirm]")).isEmpty();
		assertThat(proposalsOf(f)).isEmpty();

		// run again: a fresh draft, which can be confirmed
		var again = MatchingFixtures.awaitRun(mvc, coordinator(f), start(f));
		assertThat((Boolean) JsonPath.read(again, "$.stale")).isFalse();
	}

	List<?> proposalsOf(MatchingFixtures f) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/programs/{id}/matches", f.program().id().value()).with(coordinator(f)))
			.andReturn().getResponse().getContentAsString(), "$");
	}

	@Test
	void aMatchProposedAfterTheDraftMakesItStale() throws Exception {
		var f = program(0);
		var lina = f.mentee("Lina", "21231", MatchingFixtures.french(), null, null);
		var marc = f.mentor("Marc", "21231", MatchingFixtures.french(), null, null, 2);
		var id = start(f);
		MatchingFixtures.awaitRun(mvc, coordinator(f), id);
		mvc.perform(post("/api/programs/{p}/matches", f.program().id().value()).with(coordinator(f))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mentee\": \"%s\", \"mentor\": \"%s\"}".formatted(lina, marc)))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/matching/runs/{id}", id).with(coordinator(f))).andExpect(jsonPath("$.stale").value(true));
	}
}
