package org.passerelle.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Measures requests per second on a simple GET with HTTP Basic and with a bearer token
 * (docs/benchmarks.md, "Authentication"); not part of the tests:
 * {@code -Dtest=AuthenticationThroughputMeasurement -Dpasserelle.measure=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "passerelle.measure", matches = "true")
class AuthenticationThroughputMeasurement {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ApiTokens tokens;

	@Test
	void basicAgainstBearer() throws Exception {
		var user = new Fixtures(organisations, users).user(Role.COORDINATOR,
				new Fixtures(organisations, users).organisation(OrganisationType.LEAD_AGENCY));
		var actor = new Actor(user.id(), user.email(), Role.COORDINATOR, null);
		var token = tokens.issue(actor, user.id(), "bench").token();
		RequestBuilder basic = get("/api/tokens").with(httpBasic(user.email(), Fixtures.PASSWORD));
		RequestBuilder bearer = get("/api/tokens").header("Authorization", "Bearer " + token);
		for (int round = 0; round < 2; round++) {
			double basicRate = rate(basic, 400);
			double bearerRate = rate(bearer, 400);
			System.out.printf("MEASURE auth round %d: Basic %.0f requests/s, bearer %.0f requests/s (%.1f×)%n", round + 1,
					basicRate, bearerRate, bearerRate / basicRate);
		}
	}

	private double rate(RequestBuilder request, int count) throws Exception {
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			mvc.perform(request).andExpect(status().isOk());
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}
}
