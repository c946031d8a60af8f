package org.passerelle.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrganisationPagesTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

	static final Cookie FRENCH = new Cookie("passerelle-lang", "fr-CA");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	Fixtures fixtures;

	OrganisationId lead;

	MockHttpSession admin;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		admin = Fixtures.signIn(mvc, fixtures.user(Role.ADMIN, lead).email());
	}

	@Test
	void administratorRegistersAnOrganisationThenAddsASiteAndAContact() throws Exception {
		var name = Fixtures.unique("OCISO");
		var location = mvc
			.perform(post("/organisations").session(admin).with(csrf())
				.param("name", name)
				.param("type", "LEAD_AGENCY")
				.param("website", "https://ociso.org")
				.param("email", "")
				.param("phone", "613 725-0202"))
			.andExpect(redirectedUrlPattern("/organisations/*"))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).session(admin).cookie(FRENCH))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Organisme mandataire")));

		mvc.perform(post(location + "/sites").session(admin).with(csrf())
			.param("name", "Bureau principal").param("street", "959 Wellington St. West")
			.param("city", "Ottawa").param("province", "ON").param("postalCode", "k1y2x5"))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		mvc.perform(post(location + "/contacts").session(admin).with(csrf())
			.param("fullName", "Daniel Okafor").param("title", "Facilitator").param("email", "").param("phone", ""))
			.andExpect(redirectedUrlPattern("/organisations/*"));

		mvc.perform(get(location).session(admin).cookie(ENGLISH))
			.andExpect(content().string(containsString("K1Y 2X5")))
			.andExpect(content().string(containsString("Daniel Okafor")))
			.andExpect(content().string(containsString("Remove the site Bureau principal")));
	}

	@Test
	void aDuplicateNameIsAFieldErrorAndNothingIsSaved() throws Exception {
		var name = Fixtures.unique("La Relance");
		organisations.register(Actor.system(), new OrganisationDetails(name, OrganisationType.REFERRAL_AGENCY, null, null, null));
		var before = organisations.list(Actor.system()).size();

		mvc.perform(post("/organisations").session(admin).with(csrf()).cookie(FRENCH)
			.param("name", name.toLowerCase()).param("type", "REFERRAL_AGENCY"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("organisation", "name", "organisation.name.taken"))
			.andExpect(content().string(containsString("Un organisme porte déjà ce nom.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(organisations.list(Actor.system())).hasSize(before);
	}

	@Test
	void invalidFieldsAreListedAtTheTopAndKeptInTheForm() throws Exception {
		mvc.perform(post("/organisations").session(admin).with(csrf()).cookie(ENGLISH)
			.param("name", "Kept name").param("type", "").param("website", "ftp://nowhere"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("Choose the type of organisation.")))
			.andExpect(content().string(containsString("Enter an address starting with http:// or https://")))
			.andExpect(content().string(containsString("value=\"Kept name\"")));
	}

	@Test
	void anUnknownChoiceIsAFieldErrorNotAFailure() throws Exception {
		mvc.perform(post("/organisations").session(admin).with(csrf()).cookie(ENGLISH)
			.param("name", "Kept again").param("type", "NOT_A_TYPE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This value is not valid.")))
			.andExpect(content().string(containsString("value=\"Kept again\"")));
	}

	@Test
	void anInvalidPostalCodeKeepsTheSiteFormOpenWithItsMessage() throws Exception {
		mvc.perform(post("/organisations/" + lead + "/sites").session(admin).with(csrf()).cookie(FRENCH)
			.param("name", "Annexe").param("city", "Gatineau").param("province", "QC").param("postalCode", "12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Entrez un code postal canadien comme K1A 0B1.")))
			.andExpect(content().string(containsString("<details open")));
		assertThat(organisations.find(Actor.system(), lead).sites()).isEmpty();
	}

	@Test
	void otherRolesCannotRegisterAndSeeOnlyTheirOrganisation() throws Exception {
		var agency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var other = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var partner = Fixtures.signIn(mvc, fixtures.user(Role.REFERRAL_PARTNER, agency).email());

		mvc.perform(get("/organisations/new").session(partner).cookie(ENGLISH))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organisations/" + other).session(partner).cookie(ENGLISH))
			.andExpect(status().isNotFound());
		mvc.perform(get("/organisations/" + agency).session(partner).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Edit the organisation"))));
		mvc.perform(get("/organisations").session(partner).cookie(ENGLISH))
			.andExpect(content().string(containsString(organisations.find(Actor.system(), agency).name())))
			.andExpect(content().string(not(containsString(organisations.find(Actor.system(), other).name()))));
	}
}
