package org.passerelle.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.SharedData;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new installation, on a database of its own (so that no other test's import has filled it):
 * what the reference seed gives on the first start. The context is the demonstration's (see
 * {@code DemoDataTests}), so that the suite starts one context less; the demonstration adds people
 * and programs but no reference class.
 */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
@TestPropertySource(properties = { "passerelle.test.installation=new", "passerelle.embedded-database.durable=true" })
class FirstStartTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferenceData reference;

	@Autowired
	ReferenceSeed seed;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	Fixtures fixtures;

	OrganisationId lead;

	ProgramView program;

	UserView coordinator;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("TRIEC"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
	}

	@Test
	void acceptsPeopleInOccupationsOutsideTheFormerExcerpt() throws Exception {
		var session = Fixtures.signIn(mvc, coordinator.email());
		for (var code : new String[] { "21222", "10022", "11100" }) {
			var body = """
					{"firstName": "Amal", "lastName": "%s", "occupationCode": "%s", "targetOccupationCode": "%s",
					 "programId": "%s", "role": "MENTEE"}""".formatted(Fixtures.unique("Haddad").replace(" ", ""), code,
					code, program.id());
			var created = mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.details.occupationCode").value(code))
				.andExpect(jsonPath("$.details.targetOccupationCode").value(code))
				.andReturn();
			var id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
			var title = reference.find(Classification.NOC_2021, code).orElseThrow().titleEn();
			mvc.perform(get("/participants/" + id).session(session).cookie(new Cookie("passerelle-lang", "fr-CA")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(code + " <span lang=\"en\">" + title + "</span>")));
		}
	}

	@Test
	void listsEveryUnitGroupAndEveryIndustryOfEachLevel() throws Exception {
		var nocs = JsonMapper.builder()
			.build()
			.readTree(Files.readString(SharedData.file("noc-2021-unit-groups-en.json")))
			.get("nocs");
		var broad = new TreeSet<String>();
		var major = new TreeSet<String>();
		var minor = new TreeSet<String>();
		var unit = new TreeSet<String>();
		for (var noc : nocs) {
			broad.add(noc.get("hierarchy").get("broad_group").get("code").asString());
			major.add(noc.get("hierarchy").get("major_group").get("code").asString());
			minor.add(noc.get("hierarchy").get("minor_group").get("code").asString());
			unit.add(noc.get("noc_code").asString());
		}
		assertThat(unit).hasSize(516);
		var expectedNoc = Map.of(1, broad.size(), 2, major.size(), 4, minor.size(), 5, unit.size());
		for (var level : expectedNoc.entrySet()) {
			mvc.perform(get("/api/reference/occupations").param("level", level.getKey().toString())
				.param("limit", "1000")
				.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(level.getValue())));
		}

		Map<String, Long> naicsPerLevel;
		try (var parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(Files.readString(SharedData.file("naics-scian-2022-structure-v1-eng.csv"),
					StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
			naicsPerLevel = parser.stream().collect(Collectors.groupingBy(row -> row.get("Level"), Collectors.counting()));
		}
		assertThat(naicsPerLevel).hasSize(5);
		for (var level : naicsPerLevel.entrySet()) {
			mvc.perform(get("/api/reference/industries").param("level", level.getKey())
				.param("limit", "1000")
				.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(level.getValue().intValue())));
		}
	}

	@Test
	void givesTheFrenchTitleWhereKnownAndMarksTheEnglishOneElsewhere() throws Exception {
		mvc.perform(get("/api/reference/occupations/21231").header("Accept-Language", "fr-CA")
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.of.title").value("Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel"))
			.andExpect(jsonPath("$.of.titleLanguage").value("FR"));
		mvc.perform(get("/api/reference/occupations/11100").header("Accept-Language", "fr-CA")
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.of.title").value("Financial auditors and accountants"))
			.andExpect(jsonPath("$.of.titleLanguage").value("EN"))
			.andExpect(jsonPath("$.of.titleFr").value(nullValue()))
			.andExpect(jsonPath("$.lineage[0].code").value("1"))
			.andExpect(jsonPath("$.lineage[0].titleLanguage").value("FR"));
		mvc.perform(get("/api/reference/industries/111110").header("Accept-Language", "en")
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.of.title").value("Soybean farming"))
			.andExpect(jsonPath("$.of.titleLanguage").value("EN"));

		var session = Fixtures.signIn(mvc, coordinator.email());
		mvc.perform(get("/reference").param("q", "11100").session(session).cookie(new Cookie("passerelle-lang", "fr-CA")))
			.andExpect(content().string(containsString(
					"<span lang=\"en\">Financial auditors and accountants</span> <small class=\"text-body-secondary\">(titre anglais)</small>")))
			.andExpect(content().string(containsString("Licence du gouvernement ouvert – Canada")));
		mvc.perform(get("/reference").param("q", "11100").session(session).cookie(new Cookie("passerelle-lang", "en-CA")))
			.andExpect(content().string(containsString("<td>Financial auditors and accountants</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("(English title)</small>"))))
			.andExpect(content().string(containsString(
					"Source: Statistics Canada, NOC 2021 Version 1.0 / NAICS Canada 2022 Version 1.0, Open Government Licence – Canada.")));
	}

	@Test
	void aFrenchStructureFileReplacesTheEnglishFallbackAndTheNextStartKeepsIt() throws Exception {
		var french = """
				Niveau,Structure hiérarchique,Code - CNP 2021 V1.0,Titre de la classe,Définition de la classe
				5,Groupe de base,21223,Analystes de bases de données et administrateurs/administratrices de données,
				""";
		var before = reference.find(Classification.NOC_2021, "21223").orElseThrow();
		assertThat(before.titleFr()).isNull();
		assertThat(before.titleLanguage(Locale.CANADA_FRENCH)).isEqualTo(Language.EN);

		var report = reference.importClassification(Actor.system(), Classification.NOC_2021,
				french.getBytes(StandardCharsets.UTF_8));
		assertThat(report.added()).isZero();
		assertThat(report.updated()).isEqualTo(1);
		mvc.perform(get("/api/reference/occupations/21223").header("Accept-Language", "fr")
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.of.title").value("Analystes de bases de données et administrateurs/administratrices de données"))
			.andExpect(jsonPath("$.of.titleLanguage").value("FR"))
			.andExpect(jsonPath("$.of.titleEn").value("Database analysts and data administrators"))
			.andExpect(jsonPath("$.of.parentCode").value("2122"))
			.andExpect(jsonPath("$.lineage[3].code").value("2122"))
			.andExpect(jsonPath("$.lineage[3].titleLanguage").value("EN"));

		var count = reference.count(Classification.NOC_2021);
		seed.run(new DefaultApplicationArguments());
		assertThat(reference.count(Classification.NOC_2021)).isEqualTo(count);
		assertThat(reference.find(Classification.NOC_2021, "21223").orElseThrow().titleFr())
			.isEqualTo("Analystes de bases de données et administrateurs/administratrices de données");
	}

	@Test
	void aMinorGroupWhoseSubMajorGroupIsUnnamedHangsFromItsMajorGroup() {
		assertThat(reference.lineage(Classification.NOC_2021, "21222")).extracting(ClassificationClass::code)
			.containsExactly("2", "21", "212", "2122", "21222");
		assertThat(reference.lineage(Classification.NOC_2021, "10022")).extracting(ClassificationClass::code)
			.containsExactly("1", "10", "1002", "10022");
		assertThat(reference.search(Classification.NOC_2021, "", 3, 1000)).extracting(ClassificationClass::titleEn)
			.doesNotContainNull()
			.noneMatch(title -> title.startsWith("Sub-major group"));
	}
}
