package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.Mailbox;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.notification.EmailOutbox;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code passerelle.invitations.at-admission=true}, each person admitted to a program with an
 * e-mail address is invited at once, without the coordinator asking (R-ACC-1). The setting is
 * switched on for the test ({@link InvitationsAtAdmissionSwitch}) in the application all tests share.
 */
@IntegrationTest
class InvitationAtAdmissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ProgramManagement programs;

	@Autowired
	GreenMail smtp;

	@Autowired
	EmailOutbox outbox;

	@Autowired
	InvitationsAtAdmissionSwitch atAdmission;

	@Test
	void peopleAdmittedWithAnAddressAreInvitedAtOnceAndApplicantsWhenAdmitted() throws Exception {
		atAdmission.turnOn();
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		var mailbox = new Mailbox(smtp, outbox);

		var enrolled = email("awa");
		var applicant = email("yves");
		var awa = register(coordinator.email(), program.id().toString(), "Awa", enrolled, "ENROLLED");
		var yves = register(coordinator.email(), program.id().toString(), "Yves", applicant, "APPLIED");
		register(coordinator.email(), program.id().toString(), "Fatou", null, "ENROLLED");

		var invitation = mailbox.newest(enrolled, 1);
		assertThat(Mailbox.link(invitation, "/invitations/")).startsWith("/invitations/");
		mvc.perform(get("/api/programs/{id}/invitations", program.id()).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[?(@.participant == '%s')].status".formatted(awa)).value("INVITED"));
		assertThat(mailbox.received(applicant)).as("an application is not an admission").isEmpty();

		mvc.perform(put("/api/participants/{id}/participations/{program}", yves, program.id())
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"MENTEE\", \"status\": \"ENROLLED\"}"))
			.andExpect(status().isOk());
		assertThat(Mailbox.text(mailbox.newest(applicant, 1))).contains("Yves");
		assertThat(mailbox.received(enrolled)).as("invited once").hasSize(1);
	}

	private String register(String coordinator, String program, String firstName, String email, String status)
			throws Exception {
		var body = """
				{"firstName": "%s", "lastName": "%s", %s "programId": "%s", "role": "MENTEE", "status": "%s",
				 "preferredLanguage": "FR"}""".formatted(firstName, Fixtures.unique("Admis").replace(" ", ""),
				email == null ? "" : "\"email\": \"" + email + "\",", program, status);
		var created = mvc.perform(post("/api/participants").with(httpBasic(coordinator, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.id").toString();
	}

	private static String email(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.passerelle.ca";
	}
}
