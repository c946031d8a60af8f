package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The privacy notice, public, in both languages, says what is configured: the purposes with their
 * wording, each program's retention of the applications it did not select, the organisations of
 * the privacy officers; and it is linked from every page.
 */
@IntegrationTest
class PrivacyNoticeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bothLanguagesSayEveryConfiguredPurposeToAnyoneNotSignedIn() throws Exception {
		for (var locale : new Locale[] { Locale.CANADA, Locale.CANADA_FRENCH }) {
			var page = notice(locale);
			assertThat(page.select("html").attr("lang")).startsWith(locale.getLanguage());
			for (var purpose : ConsentPurpose.values()) {
				assertThat(page.select("#notice-purposes dt[data-purpose=" + purpose + "]").text())
					.isEqualTo(messages.getMessage("ConsentPurpose." + purpose, null, locale));
			}
			assertThat(page.select("#notice-purposes").text())
				.contains(messages.getMessage(ConsentPurpose.CONTACT_BY_EMAIL.textCode(), null, locale))
				.contains(messages.getMessage("privacy.notice.necessaryEmails", null, locale));
			assertThat(page.select("#notice-rights a").eachAttr("href")).contains("/account/consents",
					"/account/file-accesses");
		}
		mvc.perform(get("/api/privacy/notice"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.purposes", hasItem("SHARE_WITH_EMPLOYER")));
	}

	@Test
	void theRetentionSaidChangesWithTheProgramsSettingAndThePrivacyOfficersOrganisationIsNamed() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		fixtures.user(Role.PRIVACY_OFFICER, lead);
		var leadName = organisations.find(Actor.system(), lead).name();
		var rule = "#notice-retention li[data-program=" + program.id() + "]";

		var months = program.rules().retentionMonths();
		assertThat(notice(Locale.CANADA).select(rule).text()).isEqualTo(program.name() + ": kept " + months
				+ " months after the decision, then destroyed.");
		jdbc.sql("update program set retention_months = 9 where id = ?").param(program.id().value()).update();
		assertThat(notice(Locale.CANADA).select(rule).text()).contains("kept 9 months");
		var french = notice(Locale.CANADA_FRENCH);
		assertThat(french.select(rule).text()).contains("conservées 9 mois");
		assertThat(french.select("#notice-contact li").eachText()).contains(leadName);
	}

	@Test
	void everyPageAndTheApplicationFormLinkToTheNotice() throws Exception {
		var login = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
		assertThat(login.select("footer a[href=/privacy/notice]")).hasSize(1);
		var fixtures = new Fixtures(organisations, users);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"),
				fixtures.organisation(OrganisationType.LEAD_AGENCY));
		var form = Jsoup.parse(mvc.perform(get("/apply/{id}", program.id().value()).param("role", "MENTOR")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("main a[href=/privacy/notice]")).hasSize(1);
		assertThat(form.select("main").text()).contains("I agree that " + program.name() + " keeps the information");
	}

	private Document notice(Locale locale) throws Exception {
		var cookie = new Cookie("passerelle-lang", locale.toLanguageTag());
		return Jsoup.parse(mvc.perform(get("/privacy/notice").cookie(cookie))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
