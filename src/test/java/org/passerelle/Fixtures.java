package org.passerelle;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.UUID;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Organisations and accounts with unique names, so that tests sharing a database never collide.
 */
public record Fixtures(OrganisationManagement organisations, UserManagement users) {

	public static final String PASSWORD = "Fixture-password-1";

	public OrganisationId organisation(OrganisationType type) {
		return organisations
			.register(Actor.system(), new OrganisationDetails(unique("Organisation"), type, null, null, null))
			.id();
	}

	public UserView user(Role role, OrganisationId organisation) {
		return user(role, organisation, Language.EN);
	}

	public UserView user(Role role, OrganisationId organisation, Language language) {
		var email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@test.passerelle.ca";
		return users.open(Actor.system(),
				new AccountDetails(email, "Person " + role, role, organisation, language, PASSWORD));
	}

	/** Signs in through the real sign-in form and returns the session. */
	public static MockHttpSession signIn(MockMvc mvc, String email) throws Exception {
		return signIn(mvc, email, PASSWORD);
	}

	public static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
		var result = mvc.perform(formLogin("/login").user("email", email).password("password", password)).andReturn();
		if (result.getResponse().getRedirectedUrl() == null || result.getResponse().getRedirectedUrl().contains("login")) {
			throw new IllegalStateException("Sign-in failed for " + email);
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
