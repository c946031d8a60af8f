package org.passerelle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.evaluation.AnswerLinkRefusedException.Reason;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AnswerLinksTests {

	@Autowired
	AnswerLinks links;

	@Autowired
	MovableClock clock;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	ParticipantId person;

	@BeforeEach
	void aPerson() {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.QUEBEC_PLURIEL, Fixtures.unique("QP"),
				lead);
		var coordinatorUser = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinatorUser.id()));
		var coordinator = new Actor(coordinatorUser.id(), coordinatorUser.email(), Role.COORDINATOR, lead);
		person = participants
			.register(coordinator, ParticipantDetails.named("Awa", Fixtures.unique("Sow"), null),
					new Enrolment(program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false)
			.id();
	}

	@Test
	void aLinkAnswersOnceAndTheSecondAnswerIsRefused() {
		var subject = UUID.randomUUID();
		var token = links.issue(AnswerLinkKind.FOLLOW_UP, subject, person);

		var opened = links.open(AnswerLinkKind.FOLLOW_UP, token);
		assertThat(opened.subject()).isEqualTo(subject);
		assertThat(opened.participant()).isEqualTo(person);
		links.use(AnswerLinkKind.FOLLOW_UP, token);

		assertThatThrownBy(() -> links.use(AnswerLinkKind.FOLLOW_UP, token))
			.isInstanceOfSatisfying(AnswerLinkRefusedException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.USED));
		assertThat(links.find(token)).hasValueSatisfying(link -> assertThat(link.usedAt()).isNotNull());
	}

	@Test
	void aLinkExpiresAfterThirtyDaysAndANewerLinkReplacesTheOlder() {
		var subject = UUID.randomUUID();
		var first = links.issue(AnswerLinkKind.QUESTIONNAIRE, subject, person);
		var second = links.issue(AnswerLinkKind.QUESTIONNAIRE, subject, person);

		assertThatThrownBy(() -> links.open(AnswerLinkKind.QUESTIONNAIRE, first)).isInstanceOfSatisfying(
				AnswerLinkRefusedException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.UNKNOWN));
		assertThat(links.open(AnswerLinkKind.QUESTIONNAIRE, second).subject()).isEqualTo(subject);

		clock.advance(AnswerLinks.VALIDITY.plus(Duration.ofMinutes(1)));
		assertThatThrownBy(() -> links.open(AnswerLinkKind.QUESTIONNAIRE, second)).isInstanceOfSatisfying(
				AnswerLinkRefusedException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.EXPIRED));
	}

	@Test
	void aMistypedLinkOrALinkOfAnotherKindIsUnknown() {
		var token = links.issue(AnswerLinkKind.FOLLOW_UP, UUID.randomUUID(), person);

		assertThatThrownBy(() -> links.open(AnswerLinkKind.QUESTIONNAIRE, token)).isInstanceOfSatisfying(
				AnswerLinkRefusedException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.UNKNOWN));
		assertThatThrownBy(() -> links.open(AnswerLinkKind.FOLLOW_UP, token + "x")).isInstanceOfSatisfying(
				AnswerLinkRefusedException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.UNKNOWN));
	}
}
