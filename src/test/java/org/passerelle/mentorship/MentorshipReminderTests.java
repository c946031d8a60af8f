package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.notification.EmailOutbox;
import org.passerelle.notification.NotificationView;
import org.passerelle.notification.Notifications;
import org.passerelle.notification.ReminderKind;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;

/**
 * The reminders of a mentorship — a meeting due and not logged, a check-in due, the end near —
 * reach each person once, in their language, in the application and by e-mail over SMTP, unless
 * they turned that reminder off.
 */
@IntegrationTest
class MentorshipReminderTests {

	@Autowired
	MentorshipReminders reminders;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

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
	EmailOutbox outbox;

	@Autowired
	GreenMail smtp;

	@Autowired
	MovableClock clock;

	@Test
	void aPairFallingBehindIsRemindedOnceInEachPersonsLanguageAndByEmail() throws Exception {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder()
					.durationWeeks(6)
					.meetingCadence(MeetingCadence.EVERY_TWO_WEEKS)
					.checkInEveryWeeks(4)
					.build(),
				Set.of(Language.FR, Language.EN));
		var pair = Pair.agreed(f, proposals, agreements, mentorships, LocalDate.now(clock));
		var program = f.program().name();
		reminders.remind(); // what other tests left due
		assertThat(reminders.remind()).isZero();
		assertThat(notifications.list(pair.asMentee())).noneMatch(n -> n.title().contains("was due"));

		clock.advance(Duration.ofDays(15));
		reminders.remind();
		assertThat(Eventually.atLeast(1, () -> titled(pair.asMentee(), "A meeting of your mentorship in " + program + " was due")))
			.hasSize(1);
		assertThat(Eventually.atLeast(1, () -> titled(pair.asMentor(), "Une rencontre de votre mentorat dans " + program)))
			.hasSize(1)
			.allSatisfy(n -> assertThat(n.body()).contains("consignez-la"));
		assertThat(Eventually.atLeast(1, () -> titled(pair.coordinator(), "fall behind"))).singleElement()
			.satisfies(n -> assertThat(n.body()).contains(program));
		assertThat(reminders.remind()).as("nothing more is due: no event, so no second notice").isZero();
		assertThat(titled(pair.asMentee(), "was due")).as("once").hasSize(1);

		drainOutbox();
		assertThat(receivedDue(pair.asMentee().email())).extracting(Message::getSubject)
			.containsExactly("[Passerelle] A meeting of your mentorship in " + program + " was due");
		drainOutbox();
		assertThat(received(pair.asMentee().email())).extracting(Message::getSubject)
			.filteredOn(subject -> subject.contains("was due"))
			.as("never twice")
			.hasSize(1);

		notifications.chooseReminders(pair.asMentee(), EnumSet.of(ReminderKind.PROPOSAL_WAITING));
		clock.advance(Duration.ofDays(14));
		reminders.remind();
		assertThat(Eventually.atLeast(2, () -> titled(pair.coordinator(), "A check-in with"))).hasSize(2);
		assertThat(Eventually.atLeast(1, () -> titled(pair.asMentor(), "se termine bientôt"))).hasSize(1);
		assertThat(Eventually.atLeast(1, () -> titled(pair.coordinator(), "ends soon"))).hasSize(1);
		assertThat(Eventually.atLeast(2, () -> titled(pair.asMentor(), "Une rencontre de votre mentorat"))).hasSize(2);
		assertThat(titled(pair.asMentee(), "ends soon")).as("turned off").isEmpty();
		assertThat(titled(pair.asMentee(), "was due")).as("turned off").hasSize(1);
		assertThat(notifications.reminders(pair.asMentee())).containsEntry(ReminderKind.PROPOSAL_WAITING, true)
			.containsEntry(ReminderKind.CLOSURE_APPROACHING, false);
	}

	List<NotificationView> titled(org.passerelle.identity.Actor actor, String part) {
		return notifications.list(actor).stream().filter(n -> n.title().contains(part)).toList();
	}

	/** Sends all that waits in the outbox — other tests of this context fill it too. */
	void drainOutbox() {
		for (int batch = 0; batch < 100 && outbox.sendPending() > 0; batch++) {
			// the outbox sends by batches
		}
	}

	/** The reminders received at an address, waited for: the outbox's own job may be sending them. */
	List<Message> receivedDue(String address) {
		return Eventually.atLeast(1, () -> {
			try {
				return received(address).stream().filter(message -> subject(message).contains("was due")).toList();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<Message> received(String address) throws Exception {
		var found = new java.util.ArrayList<Message>();
		for (var message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				found.add(message);
			}
		}
		return found;
	}
}
