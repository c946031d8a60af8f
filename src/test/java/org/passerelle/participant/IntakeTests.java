package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.program.Audience;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IntakeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	IntakeChecklist intake;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	ProgramView placement;

	UserView coordinator;

	Actor actor;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		placement = programs.createFromTemplate(Actor.system(), ProgramTemplate.CSCPQ_PLACEMENT, Fixtures.unique("CSCPQ"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), placement.id(), Set.of(coordinator.id()));
		actor = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
	}

	@Test
	void aPersonBecomesMatchableOnlyOnceEveryRequiredStepIsPassed() {
		assertThat(placement.intakeFor(Audience.MENTEE)).containsExactly(IntakeStep.INTERVIEW, IntakeStep.REFERENCE_CHECK,
				IntakeStep.POLICE_CHECK, IntakeStep.CONFIDENTIALITY_SIGNED);
		var person = participants.register(actor, ParticipantDetails.named("Nour", Fixtures.unique("Aziz"), null),
				new Enrolment(placement.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		var day = LocalDate.now(java.time.ZoneId.of("America/Toronto")).minusDays(3);
		participants.recordScreening(actor, person.id(), IntakeStep.INTERVIEW, day, ScreeningOutcome.PASSED, null, null);
		participants.recordScreening(actor, person.id(), IntakeStep.REFERENCE_CHECK, day, ScreeningOutcome.PASSED, null, placement.id());
		participants.recordScreening(actor, person.id(), IntakeStep.CONFIDENTIALITY_SIGNED, day, ScreeningOutcome.PASSED, null, null);
		participants.recordScreening(actor, person.id(), IntakeStep.POLICE_CHECK, day, ScreeningOutcome.PENDING, null, null);

		var blocked = intake.intake(actor, person.id(), placement.id(), Audience.MENTEE);
		assertThat(blocked.matchable()).isFalse();
		assertThat(blocked.missing()).containsExactly(IntakeStep.POLICE_CHECK);

		participants.recordScreening(actor, person.id(), IntakeStep.POLICE_CHECK, day.plusDays(1), ScreeningOutcome.PASSED, null, null);
		var ready = intake.intake(actor, person.id(), placement.id(), Audience.MENTEE);
		assertThat(ready.matchable()).isTrue();
		assertThat(ready.passed()).containsEntry(IntakeStep.POLICE_CHECK, day.plusDays(1));
	}

	@Test
	void aCheckForAnotherProgramDoesNotCountAndApplicantsAreNotReady() {
		var other = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"),
				placement.leadOrganisation());
		programs.assignCoordinators(Actor.system(), other.id(), Set.of(coordinator.id()));
		var person = participants.register(actor, ParticipantDetails.named("Ali", Fixtures.unique("Reza"), null),
				new Enrolment(other.id(), Audience.MENTEE, ParticipationStatus.APPLIED), false);
		participants.recordScreening(actor, person.id(), IntakeStep.INTERVIEW, LocalDate.now(java.time.ZoneId.of("America/Toronto")), ScreeningOutcome.PASSED, null, placement.id());
		participants.recordScreening(actor, person.id(), IntakeStep.ORIENTATION_SESSION, LocalDate.now(java.time.ZoneId.of("America/Toronto")), ScreeningOutcome.PASSED, null, null);
		var status = intake.intake(actor, person.id(), other.id(), Audience.MENTEE);
		assertThat(status.missing()).containsExactly(IntakeStep.INTERVIEW);
		assertThat(status.matchable()).isFalse();
		assertThat(intake.intakeOverview(actor, other.id())).noneMatch(entry -> entry.participant().equals(person.id()));
	}

	@Test
	void theCoordinatorSeesWhoIsBlockedOnWhatFirst() throws Exception {
		var ready = participants.register(actor, ParticipantDetails.named("Zoe", Fixtures.unique("Ready"), null),
				new Enrolment(placement.id(), Audience.MENTOR, ParticipationStatus.ENROLLED), false);
		for (var step : placement.intakeFor(Audience.MENTOR)) {
			participants.recordScreening(actor, ready.id(), step, LocalDate.now(java.time.ZoneId.of("America/Toronto")), ScreeningOutcome.PASSED, null, null);
		}
		var blocked = participants.register(actor, ParticipantDetails.named("Yves", Fixtures.unique("Blocked"), null),
				new Enrolment(placement.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		var overview = intake.intakeOverview(actor, placement.id());
		assertThat(overview).extracting(IntakeStatus::participant).containsExactly(blocked.id(), ready.id());

		mvc.perform(get("/api/programs/" + placement.id() + "/intake").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[0].missing.length()").value(4))
			.andExpect(jsonPath("$[1].matchable").value(true));
		var session = Fixtures.signIn(mvc, coordinator.email());
		mvc.perform(get("/programs/" + placement.id() + "/intake").session(session).cookie(new Cookie("passerelle-lang", "fr-CA")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 personnes inscrites, une prête à être jumelée")))
			.andExpect(content().string(containsString("Vérification des antécédents judiciaires")));
	}
}
