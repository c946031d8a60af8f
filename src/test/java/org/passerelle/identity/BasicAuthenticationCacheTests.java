package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

@IntegrationTest
class BasicAuthenticationCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	VerifiedPasswords verified;

	UserView user;

	Actor actor;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(organisations, users);
		user = fixtures.user(Role.COORDINATOR, fixtures.organisation(OrganisationType.LEAD_AGENCY));
		actor = new Actor(user.id(), user.email(), Role.COORDINATOR, null);
	}

	@Test
	void repeatedBasicCallsHashThePasswordOnce() throws Exception {
		long before = verified.verifications();
		for (int call = 0; call < 5; call++) {
			call(Fixtures.PASSWORD, status().isOk());
		}
		assertThat(verified.verifications() - before).isEqualTo(1);
	}

	@Test
	void aChangedPasswordMakesTheOldCredentialsFailAtOnce() throws Exception {
		call(Fixtures.PASSWORD, status().isOk());
		call(Fixtures.PASSWORD, status().isOk());

		users.changeOwnPassword(actor, Fixtures.PASSWORD, "Another-password-42");

		call(Fixtures.PASSWORD, status().isUnauthorized());
		call("Another-password-42", status().isOk());
	}

	@Test
	void aDeactivatedAccountFailsAtOnce() throws Exception {
		call(Fixtures.PASSWORD, status().isOk());
		call(Fixtures.PASSWORD, status().isOk());

		users.setActive(Actor.system(), user.id(), false);

		call(Fixtures.PASSWORD, status().isUnauthorized());
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeAndNeverKept() throws Exception {
		call(Fixtures.PASSWORD, status().isOk());
		long before = verified.verifications();

		call("Not-the-password-1", status().isUnauthorized());
		call("Not-the-password-1", status().isUnauthorized());

		assertThat(verified.matched(user.email(), "Not-the-password-1")).isEmpty();
		assertThat(verified.verifications()).isEqualTo(before);
		call(Fixtures.PASSWORD, status().isOk());
	}

	private void call(String password, ResultMatcher expected) throws Exception {
		mvc.perform(get("/api/tokens").with(httpBasic(user.email(), password))).andExpect(expected);
	}
}
