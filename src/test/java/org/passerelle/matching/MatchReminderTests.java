package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.notification.Notifications;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A proposal left unanswered longer than the program allows reminds whoever has not answered,
 * once per delay (R-MAT-5).
 */
@IntegrationTest
class MatchReminderTests {

	@Autowired
	Proposals proposals;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	Notifications notifications;

	@Autowired
	MovableClock clock;

	@Test
	void whoeverHasNotAnsweredIsRemindedOncePerDelay() {
		var fixtures = new Fixtures(organisations, users);
		proposals.remindWaitingProposals(); // what earlier tests left waiting
		var f = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.builder().proposalReminderDays(5).build(), Set.of(Language.FR));
		var mentee = f.mentee("Awa", "21231", MatchingFixtures.french(), null, null);
		var mentor = f.mentor("Guy", "21231", MatchingFixtures.french(), null, null, 1);
		var menteeUser = fixtures.user(Role.MENTEE, f.lead(), Language.EN);
		var mentorUser = fixtures.user(Role.MENTOR, f.lead(), Language.FR);
		participants.linkAccount(Actor.system(), mentee, menteeUser.id());
		participants.linkAccount(Actor.system(), mentor, mentorUser.id());
		var asMentee = new Actor(menteeUser.id(), menteeUser.email(), Role.MENTEE, f.lead());
		var asMentor = new Actor(mentorUser.id(), mentorUser.email(), Role.MENTOR, f.lead());

		var match = proposals.propose(f.coordinator(), f.program().id(), mentee, mentor, Locale.CANADA);
		assertThat(notifications.list(asMentor)).anyMatch(n -> n.title().startsWith("Un jumelage vous est proposé"));
		proposals.answer(asMentee, match.id(), match.version(), null, Decision.ACCEPTED, null, Locale.CANADA);

		// other tests' proposals wait too, and fall due as the clock moves: count this mentor's reminders only
		clock.advance(Duration.ofDays(4));
		proposals.remindWaitingProposals();
		assertThat(reminders(asMentor)).as("not yet due").isZero();
		clock.advance(Duration.ofDays(2));
		assertThat(proposals.remindWaitingProposals()).isPositive();
		assertThat(reminders(asMentor)).isEqualTo(1);
		assertThat(notifications.list(asMentee)).noneMatch(n -> n.title().contains("waits for your answer"));
		proposals.remindWaitingProposals();
		assertThat(reminders(asMentor)).as("once per delay").isEqualTo(1);
		clock.advance(Duration.ofDays(5));
		assertThat(proposals.remindWaitingProposals()).isPositive();
		assertThat(reminders(asMentor)).isEqualTo(2);
	}

	long reminders(Actor mentor) {
		return notifications.list(mentor).stream().filter(n -> n.title().contains("attend votre réponse")).count();
	}
}
