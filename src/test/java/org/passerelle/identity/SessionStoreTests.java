package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.OrganisationId;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions live in PostgreSQL, so that any node serves any request of a person signed in on
 * another: what a session holds is written there serialized and read back on each request.
 */
@IntegrationTest
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	OrganisationId lead;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
	}

	@Test
	void aSignedInSessionIsKeptInTheDatabaseForThirtyMinutesWithoutThePasswordHash() throws Exception {
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		var session = Fixtures.signIn(mvc, coordinator.email());

		var row = jdbc.sql("select primary_id, max_inactive_interval from spring_session where principal_name = ?")
			.param(coordinator.email())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2) })
			.single();
		assertThat(row[1]).isEqualTo(30 * 60);
		var bytes = jdbc.sql("""
				select attribute_bytes from spring_session_attributes
				where session_primary_id = ? and attribute_name = 'SPRING_SECURITY_CONTEXT'""")
			.param(row[0])
			.query(byte[].class)
			.single();
		try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			var principal = (AccountPrincipal) ((SecurityContext) in.readObject()).getAuthentication().getPrincipal();
			assertThat(principal.actor().email()).isEqualTo(coordinator.email());
			assertThat(principal.actor().organisationId()).isEqualTo(lead);
			assertThat(principal.getPassword()).isNull();
		}

		mvc.perform(get("/account").session(session)).andExpect(status().isOk());
	}

	@Test
	void whatAPageKeepsForTheNextOneAfterARedirectIsReadBackFromTheDatabase() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead);
		var session = Fixtures.signIn(mvc, mentor.email());

		mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "Nightly export"))
			.andExpect(redirectedUrl("/account#tokens"));
		var flash = jdbc.sql("""
				select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = ? and a.attribute_name like '%FLASH_MAPS'""")
			.param(mentor.email())
			.query(Long.class)
			.single();
		assertThat(flash).isOne();
		mvc.perform(get("/account").session(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nightly export")))
			.andExpect(content().string(containsString("psr_")));
	}

	@Test
	void signingOutDeletesTheSession() throws Exception {
		var mentee = fixtures.user(Role.MENTEE, lead);
		var session = Fixtures.signIn(mvc, mentee.email());
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(mentee.email())
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
	}
}
