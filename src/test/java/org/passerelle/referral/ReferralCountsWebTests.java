package org.passerelle.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The referral counts page and API take their period as the results of a period do: the year to
 * date unless said, and dates that are not dates or an end before the start refused in the
 * reader's language — never swapped.
 */
@IntegrationTest
class ReferralCountsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	java.time.Clock clock;

	@Test
	void reversedOrInvalidDatesAreRefusedInTheReadersLanguageOnThePageAndTheApi() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var admin = fixtures.user(Role.ADMIN, fixtures.organisation(OrganisationType.LEAD_AGENCY));
		var session = Fixtures.signIn(mvc, admin.email());

		var french = Jsoup.parse(mvc.perform(get("/referrals/statistics").session(session)
			.cookie(new Cookie("passerelle-lang", "fr-CA"))
			.param("from", "2026-05-01")
			.param("to", "2026-04-01"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(french.select("#error-summary").text()).contains("La date de fin précède la date de début.");
		assertThat(french.select("#to").attr("aria-invalid")).isEqualTo("true");
		assertThat(french.select("#to").attr("value")).as("the dates as given, not swapped").isEqualTo("2026-04-01");
		assertThat(french.select("#to-error").text()).isEqualTo("La date de fin précède la date de début.");
		assertThat(french.select("table")).isEmpty();

		mvc.perform(get("/referrals/statistics.csv").session(session)
			.cookie(new Cookie("passerelle-lang", "en-CA"))
			.param("from", "not a date"))
			.andExpect(status().isBadRequest());

		mvc.perform(get("/api/referrals/statistics").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.param("from", "2026-05-01")
			.param("to", "2026-04-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value("The end date comes before the start date."));
	}

	@Test
	void withoutDatesThePageCountsTheYearToDate() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var admin = fixtures.user(Role.ADMIN, fixtures.organisation(OrganisationType.LEAD_AGENCY));
		var page = Jsoup.parse(mvc.perform(get("/referrals/statistics").session(Fixtures.signIn(mvc, admin.email())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var today = java.time.LocalDate.now(clock);
		assertThat(page.select("#from").attr("value")).isEqualTo(today.withDayOfYear(1).toString());
		assertThat(page.select("#to").attr("value")).isEqualTo(today.toString());
	}
}
