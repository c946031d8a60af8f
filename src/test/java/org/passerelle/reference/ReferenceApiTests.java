package org.passerelle.reference;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReferenceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	Fixtures fixtures;

	OrganisationId lead;

	String admin;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		admin = fixtures.user(Role.ADMIN, lead).email();
	}

	@Test
	void findsOccupationsAndTheirLineage() throws Exception {
		var coordinator = fixtures.user(Role.COORDINATOR, lead).email();
		mvc.perform(get("/api/reference/occupations").param("q", "génie").with(httpBasic(coordinator, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("213")));
		mvc.perform(get("/api/reference/occupations/21231").with(httpBasic(coordinator, Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.of.titleEn").value("Software engineers and designers"))
			.andExpect(jsonPath("$.lineage[0].code").value("2"))
			.andExpect(jsonPath("$.lineage[4].code").value("21231"));
		mvc.perform(get("/api/reference/occupations/99999").with(httpBasic(coordinator, Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/reference/industries/541330").with(httpBasic(coordinator, Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.of.titleFr").value("Services de génie"));
	}

	@Test
	void placesAPostalCodeAndListsLanguagesAndBenchmarks() throws Exception {
		mvc.perform(get("/api/reference/postal-areas/k1y 2x5").with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("K1Y"))
			.andExpect(jsonPath("$.province").value("ON"));
		mvc.perform(get("/api/reference/postal-areas/90210").with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/reference/languages").with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[?(@.code == 'ht')].nameFr").value("créole haïtien"));
		mvc.perform(get("/api/reference/provinces").with(httpBasic(admin, Fixtures.PASSWORD)).header("Accept-Language", "fr"))
			.andExpect(jsonPath("$[?(@.code == 'PE')].name").value("Île-du-Prince-Édouard"));
		mvc.perform(get("/api/reference/language-benchmarks").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "fr"))
			.andExpect(jsonPath("$[4].level").value(5))
			.andExpect(jsonPath("$[4].stage").value("Compétence intermédiaire"));
	}

	@Test
	void administratorsImportFilesAndProblemsAreNamedByRowAndColumn() throws Exception {
		var good = new MockMultipartFile("file", "fsa.csv", "text/csv",
				"fsa,city,province,latitude,longitude\nX1A,Yellowknife,Northwest Territories,62.4540,-114.3718\n"
					.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/reference/imports/postal-areas").file(good).with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.read").value(1));

		var bad = new MockMultipartFile("file", "noc.csv", "text/csv",
				"Level,Hierarchical structure,Code - NOC 2021 V1.0,Class title\n5,Unit group,123,Too short\n"
					.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/reference/imports/noc").file(bad).with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "fr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("Code"))
			.andExpect(jsonPath("$.errors[0].message").value("Le code 123 n’est pas un code de niveau 5."));

		var coordinator = fixtures.user(Role.COORDINATOR, lead).email();
		mvc.perform(multipart("/api/reference/imports/postal-areas").file(good).with(httpBasic(coordinator, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theReferencePageSearchesAndImports() throws Exception {
		var session = Fixtures.signIn(mvc, admin);
		mvc.perform(get("/reference").param("q", "ingenieur").session(session).cookie(new Cookie("passerelle-lang", "fr-CA")))
			.andExpect(content().string(containsString("Ingénieurs civils/ingénieures civiles")))
			.andExpect(content().string(containsString("Importer les fichiers officiels")));
		var bad = new MockMultipartFile("file", "fsa.csv", "text/csv",
				"fsa,city,province,latitude,longitude\n1AB,Nowhere,Atlantis,1,2\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/reference/imports").file(bad).param("kind", "POSTAL_AREAS").session(session).with(csrf())
			.cookie(new Cookie("passerelle-lang", "en-CA")))
			.andExpect(flash().attribute("importProblems",
					hasItem("Row 2, column fsa: The area 1AB is not a forward sortation area (letter, digit, letter).")));
		var mentor = Fixtures.signIn(mvc, fixtures.user(Role.MENTOR, lead).email());
		mvc.perform(multipart("/reference/imports").file(bad).param("kind", "POSTAL_AREAS").session(mentor).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
