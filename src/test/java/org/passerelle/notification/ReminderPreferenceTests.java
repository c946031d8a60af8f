package org.passerelle.notification;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each person chooses the reminders they get, from the pages and the API; every kind is on until
 * they turn it off.
 */
@IntegrationTest
class ReminderPreferenceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Test
	void aMentorTurnsOffSomeRemindersFromThePageAndTheApiSaysSo() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var mentor = fixtures.user(Role.MENTOR, fixtures.organisation(OrganisationType.LEAD_AGENCY), Language.FR);
		var session = Fixtures.signIn(mvc, mentor.email());
		mvc.perform(get("/notifications/reminders").session(session).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("la fin prévue d’un mentorat est dans deux semaines")))
			.andExpect(content().string(containsString("id=\"reminder-CLOSURE_APPROACHING\" checked")));
		mvc.perform(post("/notifications/reminders").session(session).with(csrf())
			.param("kind", "MEETING_NOT_LOGGED")
			.param("kind", "PROPOSAL_WAITING"))
			.andExpect(flash().attribute("saved", "reminders.saved"));
		mvc.perform(get("/api/notifications/reminders").with(httpBasic(mentor.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.MEETING_NOT_LOGGED").value(true))
			.andExpect(jsonPath("$.PROPOSAL_WAITING").value(true))
			.andExpect(jsonPath("$.CLOSURE_APPROACHING").value(false))
			.andExpect(jsonPath("$.CHECK_IN_DUE").value(false));
		mvc.perform(put("/api/notifications/reminders").with(httpBasic(mentor.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"CLOSURE_APPROACHING\":true}"))
			.andExpect(jsonPath("$.CLOSURE_APPROACHING").value(true))
			.andExpect(jsonPath("$.MEETING_NOT_LOGGED").value(false));
		mvc.perform(put("/api/notifications/reminders").with(httpBasic(mentor.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"NO_SUCH_REMINDER\":true}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/notifications/reminders")).andExpect(status().isUnauthorized());
	}
}
