package org.passerelle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.passerelle.referral.ReferralManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications reach people in their language, in the application and by e-mail over a real
 * SMTP server (GreenMail, in the test's own process).
 */
@IntegrationTest
class NotificationTests {

	@Autowired
	GreenMail smtp;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	Notifications notifications;

	@Autowired
	EmailOutbox outbox;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	ProgramView program;

	UserView francophone;

	UserView anglophone;

	Actor coordinator;

	@BeforeEach
	void setUp() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		var agency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		francophone = fixtures.user(Role.REFERRAL_PARTNER, agency, Language.FR);
		anglophone = fixtures.user(Role.REFERRAL_PARTNER, agency, Language.EN);
		var user = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(user.id()));
		coordinator = new Actor(user.id(), user.email(), Role.COORDINATOR, lead);
		jdbc.sql("update email_outbox set sent_at = now() where sent_at is null").update();
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void restartSmtp() {
		if (!smtp.isRunning()) {
			smtp.start();
		}
	}

	@Test
	void aReturnedReferralReachesTheAgencyInEachPersonsLanguageByEmailOnce() throws Exception {
		var agency = new Actor(francophone.id(), francophone.email(), Role.REFERRAL_PARTNER, francophone.organisationId());
		var referral = referrals.refer(agency, program.id(),
				ParticipantDetails.named("Lina", Fixtures.unique("Haddad").replace(" ", ""), null).withPlace(null, null), null,
				true, Locale.CANADA_FRENCH);
		var withPhone = referrals.find(agency, referral.id(), Locale.CANADA);
		assertThat(withPhone.missing()).isNotEmpty();
		referrals.describe(agency, referral.id(), withPhone.version(), "Prête", true, Locale.CANADA);
		jdbc.sql("update participant set phone = '819 555-0100' where id = ?").param(referral.participant().value()).update();
		var submitted = referrals.submit(agency, referral.id(), Locale.CANADA);
		assertThat(notifications.list(coordinator)).anyMatch(n -> n.title().contains(program.name()));

		referrals.returnToAgency(coordinator, referral.id(), submitted.version(), List.of(), "Ajoutez un CV.", Locale.CANADA);

		assertThat(notifications.list(agency)).first().satisfies(n -> {
			assertThat(n.title()).isEqualTo("Référence retournée par " + program.name());
			assertThat(n.link()).isEqualTo("/referrals/" + referral.id());
		});
		var english = new Actor(anglophone.id(), anglophone.email(), Role.REFERRAL_PARTNER, anglophone.organisationId());
		assertThat(notifications.list(english)).first()
			.satisfies(n -> assertThat(n.title()).isEqualTo("Referral returned by " + program.name()));

		int sent = outbox.sendPending();
		assertThat(sent).isEqualTo(3);
		var received = smtp.getReceivedMessages();
		assertThat(received).extracting(message -> message.getAllRecipients()[0].toString())
			.contains(francophone.email(), anglophone.email(), coordinator.email());
		var french = java.util.Arrays.stream(received)
			.filter(message -> {
				try {
					return message.getAllRecipients()[0].toString().equals(francophone.email())
							&& message.getSubject().contains("retournée");
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			})
			.findFirst()
			.orElseThrow();
		assertThat(french.getContent().toString()).contains("Ouvrez-le dans Passerelle").contains("/referrals/" + referral.id());

		assertThat(outbox.sendPending()).as("never twice").isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(3);
	}

	@Test
	void aNoticeReadsInTheReadersLanguageOfTheMomentWithItsTimeWrittenOnce() {
		var when = java.time.LocalDateTime.of(2027, 3, 12, 17, 0);
		notifications.notify(anglophone.id(), "notification.activity.invited",
				new Object[] { "Peer meeting", when, program.name() }, "/activities");
		var english = new Actor(anglophone.id(), anglophone.email(), Role.REFERRAL_PARTNER, anglophone.organisationId());
		assertThat(notifications.list(english)).first().satisfies(n -> {
			assertThat(n.body()).contains("“Peer meeting”").contains("5:00").doesNotContain("..");
			assertThat(n.title()).doesNotContain("..");
		});
		org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.CANADA_FRENCH);
		try {
			assertThat(notifications.list(english)).first()
				.satisfies(n -> assertThat(n.body()).contains("« Peer meeting »").contains("12 mars 2027").contains("17"));
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void anEmailTheServerRefusesIsRetriedLater() throws Exception {
		notifications.notify(anglophone.id(), "notification.referral.admitted", new Object[] { program.name() }, "/referrals");
		smtp.stop();
		assertThat(outbox.sendPending()).isZero();
		assertThat(jdbc.sql("select attempts from email_outbox where sent_at is null and recipient = ?")
			.param(anglophone.email()).query(Integer.class).single()).isEqualTo(1);
		smtp.start();
		assertThat(outbox.sendPending()).as("the retry waits").isZero();
		clock.advance(Duration.ofMinutes(2));
		assertThat(outbox.sendPending()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).singleElement()
			.satisfies(message -> assertThat(message.getSubject()).isEqualTo("[Passerelle] Referral admitted to " + program.name()));
	}
}
