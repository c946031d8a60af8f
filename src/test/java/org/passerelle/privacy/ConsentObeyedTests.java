package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.Actor;
import org.passerelle.identity.PasswordLinks;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.notification.EmailOutbox;
import org.passerelle.notification.Notifications;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantView;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.passerelle.referral.ReferralManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each purpose obeyed while consented and no longer once withdrawn: e-mails to a person (over a
 * real SMTP server), what an employer partner sees of its mentors, what an agency sees of the
 * client it referred after admission.
 */
@IntegrationTest
class ConsentObeyedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GreenMail smtp;

	@Autowired
	Notifications notifications;

	@Autowired
	EmailOutbox outbox;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordLinks passwordLinks;

	Fixtures fixtures;

	OrganisationId lead;

	ProgramView program;

	UserView coordinatorUser;

	Actor coordinator;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		coordinatorUser = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinatorUser.id()));
		coordinator = new Actor(coordinatorUser.id(), coordinatorUser.email(), Role.COORDINATOR, lead);
		jdbc.sql("update email_outbox set sent_at = now() where sent_at is null").update();
	}

	@Test
	void noEmailReachesAPersonWhoWithdrewTheirConsentButTheirNoticesAndAccountEmailsDo() throws Exception {
		var account = fixtures.user(Role.MENTEE, lead, Language.EN);
		var mentee = actor(account);
		var person = enrolled("Haile", account.email().replace("@", "+p@"), null);
		participants.linkAccount(Actor.system(), person.id(), account.id());

		notifications.notify(account.id(), "notification.match.agreed", new Object[] { program.name() }, "/");
		outbox.sendPending();
		assertThat(received(account.email())).as("before the withdrawal").hasSize(1);

		notifications.notify(account.id(), "notification.match.agreed", new Object[] { program.name() }, "/");
		participants.answerOwnConsent(mentee, ConsentPurpose.CONTACT_BY_EMAIL, false);
		notifications.notify(account.id(), "notification.match.agreed", new Object[] { program.name() }, "/");
		notifications.emailAddress(person.details().email(), Language.EN, "password.email.reset",
				new Object[] { "Sara", "link", java.time.LocalDateTime.now() });
		outbox.sendPending();
		assertThat(received(account.email())).as("queued before the withdrawal, nor after it").hasSize(1);
		assertThat(received(person.details().email())).isEmpty();
		assertThat(notifications.list(mentee)).as("in the application still").hasSize(3);
		assertThat(notifications.list(coordinator))
			.filteredOn(notice -> notice.link().equals("/participants/" + person.id()))
			.as("the coordinator told, once a day")
			.singleElement()
			.satisfies(notice -> assertThat(notice.title()).contains(person.fullName()));

		passwordLinks.requestReset(account.email());
		outbox.sendPending();
		assertThat(received(account.email())).as("a password link is necessary to the service").hasSize(2);

		participants.answerOwnConsent(mentee, ConsentPurpose.CONTACT_BY_EMAIL, true);
		notifications.notify(account.id(), "notification.match.agreed", new Object[] { program.name() }, "/");
		outbox.sendPending();
		assertThat(received(account.email())).as("consent given again").hasSize(3);
	}

	@Test
	void anEmployerSeesItsMentorOnlyWhileTheyConsentToSharingWithEmployers() throws Exception {
		var employer = fixtures.organisation(OrganisationType.EMPLOYER);
		var employerUser = fixtures.user(Role.EMPLOYER, employer);
		var session = Fixtures.signIn(mvc, employerUser.email());
		var mentor = enrolled("Pelletier", null, employer);
		var name = mentor.details().lastName();
		var basic = httpBasic(employerUser.email(), Fixtures.PASSWORD);

		mvc.perform(get("/participants/{id}", mentor.id()).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/participants").session(session)).andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/api/participants/{id}", mentor.id()).with(basic)).andExpect(status().isNotFound());

		participants.recordConsent(coordinator, mentor.id(), ConsentPurpose.SHARE_WITH_EMPLOYER, true);
		mvc.perform(get("/participants/{id}", mentor.id()).session(session)).andExpect(status().isOk());
		mvc.perform(get("/participants").session(session)).andExpect(content().string(containsString(name)));

		participants.recordConsent(coordinator, mentor.id(), ConsentPurpose.SHARE_WITH_EMPLOYER, false);
		mvc.perform(get("/participants/{id}", mentor.id()).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/participants").session(session)).andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/api/participants").with(basic)).andExpect(content().string(not(containsString(name))));
	}

	@Test
	void anAgencySeesOnlyTheDecisionOnAnAdmittedClientWhoDoesNotConsentToSharingWithIt() throws Exception {
		var agencyOrganisation = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var agencyUser = fixtures.user(Role.REFERRAL_PARTNER, agencyOrganisation, Language.EN);
		var agency = actor(agencyUser);
		var session = Fixtures.signIn(mvc, agencyUser.email());
		var referral = referrals.refer(agency, program.id(),
				ParticipantDetails.named("Lina", Fixtures.unique("Haddad").replace(" ", ""), null).withPlace(null, null),
				null, true, Locale.CANADA);
		var draft = referrals.find(agency, referral.id(), Locale.CANADA);
		referrals.describe(agency, referral.id(), draft.version(), "Ready, speaks three languages", true, Locale.CANADA);
		jdbc.sql("update participant set phone = '819 555-0100' where id = ?").param(referral.participant().value()).update();
		var submitted = referrals.submit(agency, referral.id(), Locale.CANADA);
		var client = "/participants/" + referral.participant();
		var page = "/referrals/" + referral.id();
		mvc.perform(get(client).session(session)).andExpect(status().isOk()); // before admission

		referrals.admit(coordinator, referral.id(), submitted.version(), "Strong profile in accounting", Locale.CANADA);

		mvc.perform(get(client).session(session)).andExpect(status().isNotFound());
		mvc.perform(get(page).session(session).header("Accept-Language", "en-CA"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Admitted")))
			.andExpect(content().string(not(containsString("Ready, speaks three languages"))))
			.andExpect(content().string(not(containsString("Strong profile in accounting"))))
			.andExpect(content().string(not(containsString(client))));
		mvc.perform(get("/api/referrals/{id}", referral.id()).with(httpBasic(agencyUser.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.status").value("ADMITTED"))
			.andExpect(jsonPath("$.decisionOnly").value(true))
			.andExpect(jsonPath("$.readinessNotes").doesNotExist())
			.andExpect(jsonPath("$.participant").doesNotExist());

		participants.recordConsent(coordinator, referral.participant(), ConsentPurpose.SHARE_WITH_REFERRING_AGENCY, true);
		mvc.perform(get(client).session(session)).andExpect(status().isOk());
		mvc.perform(get(page).session(session))
			.andExpect(content().string(containsString("Ready, speaks three languages")));

		participants.recordConsent(coordinator, referral.participant(), ConsentPurpose.SHARE_WITH_REFERRING_AGENCY, false);
		mvc.perform(get(client).session(session)).andExpect(status().isNotFound());
		mvc.perform(get(page).session(session))
			.andExpect(content().string(not(containsString("Ready, speaks three languages"))));
	}

	private ParticipantView enrolled(String lastName, String email, OrganisationId employer) {
		var details = ParticipantDetails.named("Sara", Fixtures.unique(lastName).replace(" ", ""), email);
		var person = participants.register(Actor.system(), details, new ParticipantManagement.Enrolment(program.id(),
				employer == null ? Audience.MENTEE : Audience.MENTOR, ParticipationStatus.ENROLLED), true);
		if (employer != null) {
			jdbc.sql("update participant set employer_organisation_id = ? where id = ?")
				.params(employer.value(), person.id().value())
				.update();
		}
		return person;
	}

	private static Actor actor(UserView user) {
		return new Actor(user.id(), user.email(), user.role(), user.organisationId());
	}

	private List<MimeMessage> received(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}
}
