package org.passerelle.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrganisationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	Fixtures fixtures;

	String admin;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		admin = fixtures.user(Role.ADMIN, fixtures.organisation(OrganisationType.LEAD_AGENCY)).email();
	}

	@Test
	void administratorRegistersAnOrganisationWithSitesAndContacts() throws Exception {
		var name = Fixtures.unique("La Relance");
		var location = mvc
			.perform(post("/api/organisations").with(httpBasic(admin, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "type": "REFERRAL_AGENCY", "website": "https://larelance.example",
						 "phone": "819 771-9009"}""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.type").value("REFERRAL_AGENCY"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		mvc.perform(post(location + "/sites").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Bureau principal", "street": "179, promenade du Portage", "city": "Gatineau",
					 "province": "QC", "postalCode": "j8x2k5"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sites", hasSize(1)))
			.andExpect(jsonPath("$.sites[0].details.postalCode").value("J8X 2K5"));

		mvc.perform(post(location + "/contacts").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fullName": "Nathalie Roy", "title": "Conseillère", "email": "nroy@larelance.example"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contacts[0].details.fullName").value("Nathalie Roy"));

		mvc.perform(get(location).with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sites[0].details.city").value("Gatineau"))
			.andExpect(jsonPath("$.contacts", hasSize(1)));
	}

	@Test
	void refusesADuplicateNameWhateverItsCaseAndSavesNothing() throws Exception {
		var name = Fixtures.unique("SITO");
		fixtures.organisations().register(Actor.system(),
				new OrganisationDetails(name, OrganisationType.REFERRAL_AGENCY, null, null, null));
		var before = organisations.list(Actor.system()).size();

		mvc.perform(post("/api/organisations").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "  %s ", "type": "EMPLOYER"}""".formatted(name.toUpperCase())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Un organisme porte déjà ce nom."));

		org.assertj.core.api.Assertions.assertThat(organisations.list(Actor.system())).hasSize(before);
	}

	@Test
	void answersAMalformedBodyWithAProblemNamingTheField() throws Exception {
		mvc.perform(post("/api/organisations").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Somewhere", "type": "NOT_A_TYPE"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.detail").value(containsString("type")))
			.andExpect(content().string(not(containsString("Exception"))));

		mvc.perform(post("/api/organisations").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").exists())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void answersMissingAndInvalidFieldsInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/organisations").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "fr-CA")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "", "type": "EMPLOYER", "website": "not a site"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("website")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Entrez le nom de l’organisme.")));
	}

	@Test
	void refusesAPostalCodeThatIsNotCanadian() throws Exception {
		var id = fixtures.organisation(OrganisationType.EMPLOYER);
		mvc.perform(post("/api/organisations/" + id + "/sites").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Head office", "city": "Ottawa", "province": "ON", "postalCode": "90210"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("postalCode"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter a Canadian postal code such as K1A 0B1."));
		org.assertj.core.api.Assertions.assertThat(organisations.find(Actor.system(), id).sites()).isEmpty();
	}

	@Test
	void aChangeFromAnOldVersionIsRefusedAndOverwritesNothing() throws Exception {
		var id = fixtures.organisation(OrganisationType.EMPLOYER);
		var body = """
				{"name": "%s", "type": "EMPLOYER", "version": %d}""";
		var first = Fixtures.unique("First change");
		mvc.perform(put("/api/organisations/" + id).with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(first, 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));

		mvc.perform(put("/api/organisations/" + id).with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(Fixtures.unique("Stale change"), 0)))
			.andExpect(status().isConflict());

		org.assertj.core.api.Assertions.assertThat(organisations.find(Actor.system(), id).name()).isEqualTo(first);

		mvc.perform(put("/api/organisations/" + id).with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "No version", "type": "EMPLOYER"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void aReferralPartnerSeesOnlyItsOwnOrganisationAndOthersLookAbsent() throws Exception {
		var agency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var otherAgency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var partner = fixtures.user(Role.REFERRAL_PARTNER, agency).email();

		mvc.perform(get("/api/organisations").with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(agency.toString()));

		var outOfScope = mvc.perform(get("/api/organisations/" + otherAgency).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var absent = mvc
			.perform(get("/api/organisations/" + UUID.randomUUID()).with(httpBasic(partner, Fixtures.PASSWORD)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(outOfScope.replaceAll("\"instance\":\"[^\"]*\"", ""))
			.isEqualTo(absent.replaceAll("\"instance\":\"[^\"]*\"", ""));
	}

	@Test
	void onlyAdministratorsChangeOrganisations() throws Exception {
		var agency = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var coordinator = fixtures.user(Role.COORDINATOR, agency).email();

		mvc.perform(get("/api/organisations/" + agency).with(httpBasic(coordinator, Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/organisations").with(httpBasic(coordinator, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Not allowed", "type": "EMPLOYER"}"""))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/organisations/" + agency + "/sites/" + UUID.randomUUID())
			.with(httpBasic(coordinator, Fixtures.PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void withoutCredentialsTheApiAnswersUnauthorizedAsAProblem() throws Exception {
		mvc.perform(get("/api/organisations"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void theApiIgnoresThePagesSessionSoNoCookieCanBeForged() throws Exception {
		var session = Fixtures.signIn(mvc, admin);
		mvc.perform(get("/api/organisations").session(session)).andExpect(status().isUnauthorized());
	}
}
