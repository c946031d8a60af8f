package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Matching from the pages and the API, and who may see what of it.
 */
@IntegrationTest
class MatchingWebTests {

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

	@Test
	void aCoordinatorRunsThePoolConfirmsAndThePeopleAnswerAndSignFromThePages() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var f = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(60, 10, 20, 10),
				ProgramRules.builder().minimumMatchScore(30).build(), Set.of(Language.FR, Language.EN));
		var mentee = f.mentee("Amina", "21231", MatchingFixtures.both(), "H2X 1Y4", "développement logiciel Java");
		var mentor = f.mentor("Marc", "21231", MatchingFixtures.french(), "H2X 3A1", "architecture logicielle Java", 1);
		var menteeUser = fixtures.user(Role.MENTEE, f.lead(), Language.FR);
		var mentorUser = fixtures.user(Role.MENTOR, f.lead(), Language.FR);
		participants.linkAccount(Actor.system(), mentee, menteeUser.id());
		participants.linkAccount(Actor.system(), mentor, mentorUser.id());
		var coordinator = Fixtures.signIn(mvc, f.coordinator().email());
		var program = f.program().id();

		mvc.perform(get("/programs/{id}/matching", program.value()).session(coordinator).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One mentee waits for a mentor; one mentor has room.")));
		var fragment = mvc.perform(get("/programs/{p}/matching/mentees/{m}", program.value(), mentee.value())
			.session(coordinator).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(fragment).startsWith("<section").contains("Marc", "21231").doesNotContain("<html");

		var runUrl = mvc.perform(post("/programs/{id}/matching/runs", program.value()).session(coordinator).with(csrf()))
			.andExpect(redirectedUrlPattern("/matching/runs/*"))
			.andReturn().getResponse().getRedirectedUrl();
		MatchingFixtures.awaitRun(mvc, httpBasic(f.coordinator().email(), Fixtures.PASSWORD),
				runUrl.substring(runUrl.lastIndexOf('/') + 1));
		var page = mvc.perform(get(runUrl).session(coordinator).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Amina", "Marc", "Confirm and propose the pairs");
		var version = org.jsoup.Jsoup.parse(page).selectFirst("form[action$=/confirm] input[name=version]").val();
		mvc.perform(post(runUrl + "/confirm").session(coordinator).with(csrf()).param("version", version))
			.andExpect(redirectedUrlPattern("/programs/*/matching"))
			.andExpect(flash().attribute("proposedCount", 1));

		var matchId = mvc.perform(get("/api/programs/{id}/matches", program.value())
			.with(httpBasic(f.coordinator().email(), Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		var id = JsonPath.read(matchId, "$[0].id").toString();

		var asMentee = Fixtures.signIn(mvc, menteeUser.email());
		mvc.perform(get("/my/matches").session(asMentee)).andExpect(content().string(containsString("/matches/" + id)));
		var proposal = mvc.perform(get("/matches/{id}", id).session(asMentee)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(proposal).contains("Accepter", "Refuser", "Le mentor : Marc").doesNotContain("Annuler la proposition");
		mvc.perform(post("/matches/{id}/answer", id).session(asMentee).with(csrf()).param("version", "0")
			.param("decision", "ACCEPTED")).andExpect(flash().attribute("saved", "match.accepted"));
		var asMentor = Fixtures.signIn(mvc, mentorUser.email());
		mvc.perform(post("/matches/{id}/answer", id).session(asMentor).with(csrf()).param("version", "0")
			.param("decision", "ACCEPTED")).andExpect(flash().attribute("failed", "form.concurrentEdit"));
		mvc.perform(post("/matches/{id}/answer", id).session(asMentor).with(csrf()).param("version", "1")
			.param("decision", "ACCEPTED")).andExpect(flash().attribute("saved", "match.accepted"));
		mvc.perform(post("/matches/{id}/introduction", id).session(coordinator).with(csrf()).param("version", "2")
			.param("on", LocalDate.now().minusDays(1).toString())).andExpect(flash().attribute("saved", "match.introduced"));
		mvc.perform(get("/matches/{id}", id).session(asMentor))
			.andExpect(content().string(containsString("J’accepte cette entente")))
			.andExpect(content().string(containsString("Entente de mentorat de " + f.program().name())));
		mvc.perform(post("/matches/{id}/sign", id).session(asMentor).with(csrf()).param("version", "3"))
			.andExpect(flash().attribute("saved", "match.signed"));
		mvc.perform(post("/matches/{id}/sign", id).session(asMentee).with(csrf()).param("version", "4"))
			.andExpect(flash().attribute("saved", "match.signed"));
		mvc.perform(get("/api/matches/{id}", id).with(httpBasic(menteeUser.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.agreementVersion").value(1));
	}

	@Test
	void thePoolAndARunAreShownFiftyAtATimeAndThePeopleFoundByName() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var f = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(60, 10, 20, 10),
				ProgramRules.builder().minimumMatchScore(0).build(), Set.of(Language.FR, Language.EN));
		for (int i = 0; i < 55; i++) {
			f.mentee("Mentee", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel");
		}
		var zoe = f.mentee("Zoé", "21231", MatchingFixtures.french(), "H2X 1Y4", "logiciel");
		f.mentor("Marc", "21231", MatchingFixtures.french(), "H2X 3A1", "logiciel", 1);
		var coordinator = Fixtures.signIn(mvc, f.coordinator().email());
		var program = f.program().id().value();

		var first = org.jsoup.Jsoup.parse(mvc.perform(get("/programs/{id}/matching", program).session(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(first.select("#mentees tbody tr")).hasSize(50);
		assertThat(first.select("#mentees nav[aria-label] [aria-current=page]").text()).contains("1", "2");
		assertThat(first.select("#mentees nav a[rel=prev]")).as("no page before the first").isEmpty();
		assertThat(first.select("#mentees nav [aria-disabled=true]")).hasSize(1);
		assertThat(first.select("#mentees nav a[rel=next]").attr("href")).contains("menteePage=1");
		assertThat(first.select("#mentors nav")).as("one page of mentors: no pages").isEmpty();
		var search = first.select("#mentees form[role=search]");
		assertThat(search.select("label[for=menteeQuery]")).hasSize(1);
		assertThat(search.select("input[type=search]#menteeQuery")).hasSize(1);
		assertThat(search.select("input[type=hidden]").eachAttr("name")).containsExactlyInAnyOrder("mentorQuery", "mentorPage");
		var second = org.jsoup.Jsoup.parse(mvc.perform(get("/programs/{id}/matching", program).param("menteePage", "1")
			.session(coordinator)).andReturn().getResponse().getContentAsString());
		assertThat(second.select("#mentees tbody tr")).hasSize(6);
		var found = org.jsoup.Jsoup.parse(mvc.perform(get("/programs/{id}/matching", program).param("menteeQuery", "zoe")
			.session(coordinator)).andReturn().getResponse().getContentAsString());
		assertThat(found.select("#mentees tbody tr")).singleElement().satisfies(row -> assertThat(row.text()).contains("Zoé"));
		assertThat(found.select("#mentors tbody tr")).hasSize(1);

		var basic = httpBasic(f.coordinator().email(), Fixtures.PASSWORD);
		mvc.perform(get("/api/programs/{id}/matching/mentees", program).param("q", "ZOE").with(basic))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.people[0].id").value(zoe.value().toString()));
		mvc.perform(get("/api/programs/{id}/matching/mentees", program).param("page", "1").param("size", "10").with(basic))
			.andExpect(jsonPath("$.total").value(56))
			.andExpect(jsonPath("$.people.length()").value(10));

		var runUrl = mvc.perform(post("/programs/{id}/matching/runs", program).session(coordinator).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		MatchingFixtures.awaitRun(mvc, basic, runUrl.substring(runUrl.lastIndexOf('/') + 1));
		var run = org.jsoup.Jsoup.parse(mvc.perform(get(runUrl).session(coordinator)).andReturn().getResponse()
			.getContentAsString());
		assertThat(run.select("li[id^=pair-]")).hasSize(50);
		assertThat(run.select("nav[aria-label] [aria-current=page]").text()).contains("1", "2");
		assertThat(run.select("nav a[rel=next]").attr("href")).contains("page=1");
		assertThat(run.select("select[name=mentor]")).as("alternatives only for the pair opened").isEmpty();
		var opened = org.jsoup.Jsoup.parse(mvc.perform(get(runUrl).param("page", "1").param("open", zoe.value().toString())
			.session(coordinator)).andReturn().getResponse().getContentAsString());
		assertThat(opened.select("li[id^=pair-]")).hasSize(6);
		assertThat(opened.select("#pair-" + zoe.value() + " select[name=mentor]")).hasSize(1);
		var id = runUrl.substring(runUrl.lastIndexOf('/') + 1);
		mvc.perform(get("/api/matching/runs/{id}", id).param("page", "1").with(basic))
			.andExpect(jsonPath("$.pairs.length()").value(6))
			.andExpect(jsonPath("$.pairCount").value(56));
		mvc.perform(get("/api/matching/runs/{id}/pairs/{mentee}/alternatives", id, zoe.value()).with(basic))
			.andExpect(status().isOk());
	}

	@Test
	void theApiIsScopedLikeThePages() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var f = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.basic(), Set.of(Language.FR));
		var mentee = f.mentee("Yara", "21231", MatchingFixtures.french(), null, null);
		var mentor = f.mentor("Eric", "21232", MatchingFixtures.french(), null, null, 1);
		var coordinator = httpBasic(f.coordinator().email(), Fixtures.PASSWORD);
		var otherCoordinator = fixtures.user(Role.COORDINATOR, f.lead());
		var agency = fixtures.user(Role.REFERRAL_PARTNER, f.lead());
		var program = f.program().id().value();

		mvc.perform(get("/api/programs/{p}/matching/mentees/{m}/suggestions", program, mentee.value()).with(coordinator)
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.best[0].person").value(mentor.toString()))
			.andExpect(jsonPath("$.best[0].score").value(80.0))
			.andExpect(jsonPath("$.best[0].contributions[0].reason").value(containsString("Même groupe intermédiaire")));
		for (var outsider : new String[] { otherCoordinator.email(), agency.email() }) {
			mvc.perform(get("/api/programs/{p}/matching/mentees/{m}/suggestions", program, mentee.value())
				.with(httpBasic(outsider, Fixtures.PASSWORD))).andExpect(status().isNotFound());
			mvc.perform(post("/api/programs/{p}/matching/runs", program).with(httpBasic(outsider, Fixtures.PASSWORD)))
				.andExpect(status().isNotFound());
		}
		var created = mvc.perform(post("/api/programs/{p}/matches", program).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mentee\": \"%s\", \"mentor\": \"%s\"}".formatted(mentee, mentor)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		var id = JsonPath.read(created, "$.id").toString();
		mvc.perform(post("/api/programs/{p}/matches", program).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content("{\"mentee\": \"%s\", \"mentor\": \"%s\"}".formatted(mentee, mentor)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("already has a mentor or a proposal")));
		mvc.perform(get("/api/matches/{id}", id).with(httpBasic(otherCoordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/matches/{id}/answer", id).with(coordinator).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"version\": 0, \"decision\": \"DECLINED\", \"side\": \"MENTEE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Say why you decline, so that the program can propose better."));
		mvc.perform(post("/api/matches/{id}/answer", id).with(coordinator).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"decision\": \"DECLINED\", \"side\": \"MENTEE\", \"reason\": \"Moved to Calgary\"}"))
			.andExpect(jsonPath("$.status").value("DECLINED"));
		mvc.perform(put("/api/participants/{id}/matching-preferences", mentee.value()).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content("{\"personality\": [1, 2, 3]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Answer all six statements")));
		mvc.perform(get("/api/programs/{p}/agreement", program).with(coordinator))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.textEn").value(not(containsString("{0}"))));
	}
}
