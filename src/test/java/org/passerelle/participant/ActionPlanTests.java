package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ActionPlanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActionPlans plans;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Test
	void theCoordinatorStartsThePlanAndTheMenteeFollowsIt() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.QUEBEC_PLURIEL, Fixtures.unique("QP"), lead);
		var coordinatorUser = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinatorUser.id()));
		var coordinator = new Actor(coordinatorUser.id(), coordinatorUser.email(), Role.COORDINATOR, lead);
		var menteeUser = fixtures.user(Role.MENTEE, lead, org.passerelle.core.Language.FR);
		var person = participants.register(coordinator, ParticipantDetails.named("Awa", Fixtures.unique("Sow"), null),
				new Enrolment(program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		participants.linkAccount(Actor.system(), person.id(), menteeUser.id());

		var goal = plans.addGoal(coordinator, person.id(), program.id(), "Obtenir un poste d’analyste");
		var today = LocalDate.now(ZoneId.of("America/Toronto"));
		var cv = plans.addStep(coordinator, goal, "Refaire le CV à la canadienne", today.minusDays(2));
		plans.addStep(coordinator, goal, "Trois entrevues d’information", today.plusDays(30));
		assertThat(plans.plan(coordinator, person.id()).goals().getFirst().steps().getFirst().late()).isTrue();

		var mentee = new Actor(menteeUser.id(), menteeUser.email(), Role.MENTEE, lead);
		assertThat(plans.own(mentee)).hasValueSatisfying(plan -> assertThat(plan.mayPlan()).isFalse());
		var session = Fixtures.signIn(mvc, menteeUser.email());
		mvc.perform(get("/my/plan").session(session).cookie(new Cookie("passerelle-lang", "fr-CA")))
			.andExpect(content().string(containsString("Refaire le CV à la canadienne")))
			.andExpect(content().string(containsString("en retard")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Ajouter l’objectif"))));
		mvc.perform(post("/plan/goals/" + goal + "/steps/" + cv).param("done", "true").session(session).with(csrf()))
			.andExpect(redirectedUrl("/my/plan"));
		var step = plans.plan(coordinator, person.id()).goals().getFirst().steps().getFirst();
		assertThat(step.doneOn()).isNotNull();
		assertThat(step.late()).isFalse();

		var stranger = fixtures.user(Role.MENTEE, lead);
		var strangerActor = new Actor(stranger.id(), stranger.email(), Role.MENTEE, lead);
		assertThatThrownBy(() -> plans.markStep(strangerActor, goal, cv, false)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.addGoal(mentee, person.id(), null, "Mine")).isInstanceOf(
				org.springframework.security.access.AccessDeniedException.class);

		mvc.perform(get("/api/participants/" + person.id() + "/plan").with(httpBasic(coordinatorUser.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.goals[0].steps.length()").value(2));
		mvc.perform(get("/api/participants/" + person.id() + "/plan").with(httpBasic(stranger.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/participants/" + person.id() + "/plan/goals")
			.with(httpBasic(coordinatorUser.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Réseauter\", \"programId\": \"%s\"}".formatted(java.util.UUID.randomUUID())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("programId"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"This person does not take part in that program: choose one of their programs, or none."));
		mvc.perform(get("/api/programs/" + java.util.UUID.randomUUID() + "/intake")
			.with(httpBasic(coordinatorUser.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("application/problem+json"));
	}
}
