package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.ImportProblem;
import org.passerelle.core.ImportRejectedException;
import org.passerelle.core.Province;
import org.passerelle.core.TextFiles;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ParticipantImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ParticipantImports imports;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	jakarta.persistence.EntityManagerFactory entityManagerFactory;

	@Autowired
	java.time.Clock clock;

	ProgramView program;

	UserView coordinator;

	Actor actor;

	String marker;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.CSCPQ_PLACEMENT, Fixtures.unique("CSCPQ"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		actor = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
		marker = Fixtures.unique("imp").replace(" ", "");
	}

	String frenchCsv() {
		return """
				Prénom,Nom,Courriel,Date de naissance,Code postal,Langues,CNP visée,Statut d'immigration,Rôle
				Hélène,Côté%1$s,helene.%1$s@example.org,1984-05-17,j8x 3v9,"français 10; anglais 7",21300,Résident permanent,mentorée
				José,Ramírez%1$s,jose.%1$s@example.org,23/11/1990,K1Y 2X5,es; en:6,21231,Convention refugee,mentee
				Nguyễn,Thị%1$s,,1979-01-02,,vi,,,mentor
				""".formatted(marker);
	}

	@Test
	void importsACsvFileWithFrenchHeadersAndAccentsAndNeverTwice() {
		var file = imports.upload(actor, "liste.csv", frenchCsv().getBytes(StandardCharsets.UTF_8));
		assertThat(file.rows()).isEqualTo(3);
		assertThat(file.suggested()).containsEntry(0, ImportField.FIRST_NAME).containsEntry(1, ImportField.LAST_NAME)
			.containsEntry(2, ImportField.EMAIL).containsEntry(3, ImportField.BIRTH_DATE)
			.containsEntry(5, ImportField.LANGUAGES).containsEntry(6, ImportField.TARGET_OCCUPATION_CODE)
			.containsEntry(7, ImportField.IMMIGRATION_STATUS).containsEntry(8, ImportField.ROLE);
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED);

		var preview = imports.preview(actor, file.id(), settings, Locale.CANADA_FRENCH);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.toAdd()).isEqualTo(3);
		assertThat(imports.commit(actor, file.id(), settings)).isEqualTo(new ImportResult(3, 0));

		var found = directory.search(actor, new ParticipantSearch(marker, program.id().value(), null, null, null, null, null), 0, 10);
		assertThat(found.items()).extracting(ParticipantSummary::lastName)
			.containsExactlyInAnyOrder("Côté" + marker, "Ramírez" + marker, "Thị" + marker);
		var helene = directory.find(actor, found.items().stream().filter(p -> p.firstName().equals("Hélène")).findFirst().orElseThrow().id());
		assertThat(helene.details().languages()).containsExactly(new LanguageSkill("fr", 10), new LanguageSkill("en", 7));
		assertThat(helene.details().province()).isEqualTo(Province.QC);
		assertThat(helene.participations().getFirst().participation().role()).isEqualTo(Audience.MENTEE);
		var jose = directory.find(actor, found.items().stream().filter(p -> p.firstName().equals("José")).findFirst().orElseThrow().id());
		assertThat(jose.details().birthDate()).isEqualTo(LocalDate.of(1990, 11, 23));

		var again = imports.upload(actor, "liste.csv", frenchCsv().getBytes(StandardCharsets.UTF_8));
		assertThat(imports.commit(actor, again.id(), settings)).isEqualTo(new ImportResult(0, 3));
		assertThat(directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 10).total())
			.isEqualTo(3);
		assertThatThrownBy(() -> imports.commit(actor, again.id(), settings)).hasMessage("import.alreadyImported");
	}

	@Test
	void readsLanguageCodesInEveryFormAndRealOccupations() {
		var text = """
				First name,Last name,Preferred language,Languages,NOC,Target NOC
				Amal,Haddad%1$s,fr_CA,"AR; EN-ca 7; fr_CA 9",21222,11100
				Kwame,Mensah%1$s, En ,"en_CA 8",10022,10022
				""".formatted(marker);
		var file = imports.upload(actor, "people.csv", text.getBytes(StandardCharsets.UTF_8));
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED);
		assertThat(imports.preview(actor, file.id(), settings, Locale.CANADA).problems()).isEmpty();
		assertThat(imports.commit(actor, file.id(), settings)).isEqualTo(new ImportResult(2, 0));
		var found = directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5);
		var amal = directory.find(actor, found.items().stream().filter(p -> p.firstName().equals("Amal")).findFirst().orElseThrow().id());
		assertThat(amal.details().preferredLanguage()).isEqualTo(org.passerelle.core.Language.FR);
		assertThat(amal.details().languages()).containsExactly(new LanguageSkill("ar", null), new LanguageSkill("en", 7),
				new LanguageSkill("fr", 9));
		assertThat(amal.details().occupationCode()).isEqualTo("21222");
		var kwame = directory.find(actor, found.items().stream().filter(p -> p.firstName().equals("Kwame")).findFirst().orElseThrow().id());
		assertThat(kwame.details().preferredLanguage()).isEqualTo(org.passerelle.core.Language.EN);
		assertThat(kwame.details().languages()).containsExactly(new LanguageSkill("en", 8));
	}

	@Test
	void readsAvailabilityAsTheFormsChoicesInEitherLanguageAndRefusesAnyOther() {
		var text = """
				First name,Last name,Availability
				Amal,Haddad%1$s,"Weekdays, daytime; WEEKEND"
				Kwame,Mensah%1$s,"En semaine, le soir"
				Lina,Roy%1$s,none
				""".formatted(marker);
		var file = imports.upload(actor, "people.csv", text.getBytes(StandardCharsets.UTF_8));
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTOR, ParticipationStatus.ENROLLED);
		assertThat(settings.columns()).containsValue(ImportField.AVAILABILITY);
		assertThat(imports.preview(actor, file.id(), settings, Locale.CANADA).problems()).isEmpty();
		imports.commit(actor, file.id(), settings);
		var found = directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5).items();
		java.util.function.Function<String, java.util.Set<AvailabilitySlot>> availability = name -> directory
			.find(actor, found.stream().filter(p -> p.firstName().equals(name)).findFirst().orElseThrow().id())
			.details()
			.availability();
		assertThat(availability.apply("Amal")).containsExactlyInAnyOrder(AvailabilitySlot.WEEKDAY_DAYTIME,
				AvailabilitySlot.WEEKEND);
		assertThat(availability.apply("Kwame")).containsExactly(AvailabilitySlot.WEEKDAY_EVENING);
		assertThat(availability.apply("Lina")).isEmpty();

		var wrong = imports.upload(actor, "wrong.csv", """
				First name,Last name,Availability
				Zoe,Tremblay%1$s,"weekends; mornings"
				""".formatted(marker).getBytes(StandardCharsets.UTF_8));
		var wrongSettings = new ImportSettings(wrong.suggested(), program.id(), Audience.MENTOR, ParticipationStatus.ENROLLED);
		assertThat(imports.preview(actor, wrong.id(), wrongSettings, Locale.CANADA).problems())
			.extracting(problem -> problem.row() + " " + problem.column() + " " + problem.messageCode())
			.containsExactly("2 Availability import.value.choice");
		assertThatThrownBy(() -> imports.commit(actor, wrong.id(), wrongSettings)).isInstanceOf(ImportRejectedException.class);
	}

	@Test
	void readsWindows1252FilesWithSemicolons() {
		var text = "Prénom;Nom;Ville\r\nFrançois;Lefèvre%s;Québec\r\n".formatted(marker);
		var file = imports.upload(actor, "excel.csv", text.getBytes(TextFiles.WINDOWS_1252));
		assertThat(file.headers()).containsExactly("Prénom", "Nom", "Ville");
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTOR, ParticipationStatus.APPLIED);
		imports.commit(actor, file.id(), settings);
		var person = directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5).items().getFirst();
		assertThat(person.lastName()).isEqualTo("Lefèvre" + marker);
		assertThat(person.city()).isEqualTo("Québec");
		assertThat(person.roles()).containsExactly("MENTOR");
		assertThat(person.statuses()).containsExactly("APPLIED");
	}

	@Test
	void importsAnExcelWorkbookWithRealDates() throws Exception {
		var out = new ByteArrayOutputStream();
		var workbook = new Workbook(out, "Test", "1.0");
		var sheet = workbook.newWorksheet("Mentors");
		sheet.value(0, 0, "First name");
		sheet.value(0, 1, "Last name");
		sheet.value(0, 2, "Birth date");
		sheet.value(0, 3, "Years of experience in Canada");
		sheet.value(1, 0, "Marc");
		sheet.value(1, 1, "Lavoie" + marker);
		sheet.value(1, 2, LocalDate.of(1962, 8, 30));
		sheet.style(1, 2).format("yyyy-mm-dd").set();
		sheet.value(1, 3, 30);
		workbook.finish();

		var file = imports.upload(actor, "mentors.xlsx", out.toByteArray());
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTOR, ParticipationStatus.ENROLLED);
		assertThat(imports.commit(actor, file.id(), settings).added()).isEqualTo(1);
		var marc = directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5).items().getFirst();
		var details = directory.find(actor, marc.id()).details();
		assertThat(details.birthDate()).isEqualTo(LocalDate.of(1962, 8, 30));
		assertThat(details.yearsExperienceCanada()).isEqualTo(30);
	}

	@Test
	void everyProblemIsNamedByRowAndColumnAndNothingIsSaved() {
		var text = """
				First name,Last name,Birth date,Target NOC,Postal code,Email
				Ana,Ok%1$s,1990-01-01,21231,K1Y 2X5,ana.%1$s@example.org
				Bo,Bad%1$s,31/31/1990,21231,,bo.%1$s@example.org
				Cy,Bad%1$s,1990-01-01,99999,,cy.%1$s@example.org
				Di,Bad%1$s,1990-01-01,,90210,ana.%1$s@example.org
				,NoFirst%1$s,,,,
				""".formatted(marker);
		var file = imports.upload(actor, "errors.csv", text.getBytes(StandardCharsets.UTF_8));
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED);
		var preview = imports.preview(actor, file.id(), settings, Locale.CANADA);
		assertThat(preview.problems()).extracting(problem -> problem.row() + " " + problem.column() + " " + problem.messageCode())
			.containsExactly("3 Birth date import.value.date", "4 Target NOC participant.occupation.unknown",
					"5 Postal code import.value.postalCode", "5 Email import.value.emailTwice",
					"6 First name participant.firstName.required");
		assertThatThrownBy(() -> imports.commit(actor, file.id(), settings)).isInstanceOf(ImportRejectedException.class);
		assertThat(directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5).total())
			.isZero();
	}

	@Test
	void anImportRefusesARowForTheRuleAndMessageTheFormRefusesItsDetails() {
		var born = LocalDate.now(clock).minusYears(5);
		var form = ParticipantManagementTests.withBirth(ParticipantDetails.named("Eve", "Young" + marker, null), born);
		assertThatThrownBy(() -> participants.register(actor, form,
				new ParticipantManagement.Enrolment(program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), true))
			.isInstanceOfSatisfying(org.passerelle.core.InvalidFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("birthDate");
				assertThat(ex.messageCode()).isEqualTo("participant.birthDate.impossible");
			});

		var text = "First name,Last name,Birth date\nEve,Young%s,%s\n".formatted(marker, born);
		var file = imports.upload(actor, "young.csv", text.getBytes(StandardCharsets.UTF_8));
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED);
		assertThat(imports.preview(actor, file.id(), settings, Locale.CANADA).problems())
			.extracting(problem -> problem.row() + " " + problem.column() + " " + problem.messageCode())
			.containsExactly("2 Birth date participant.birthDate.impossible");
	}

	@Test
	void theApiUploadsPreviewsAndCommits() throws Exception {
		var file = new MockMultipartFile("file", "liste.csv", "text/csv", frenchCsv().getBytes(StandardCharsets.UTF_8));
		var body = mvc.perform(multipart("/api/imports").file(file).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggested.0").value("FIRST_NAME"))
			.andReturn().getResponse().getContentAsString();
		var id = com.jayway.jsonpath.JsonPath.read(body, "$.id").toString();
		var settings = """
				{"columns": {"0": "FIRST_NAME", "1": "LAST_NAME", "2": "EMAIL", "6": "TARGET_OCCUPATION_CODE"},
				 "programId": "%s", "role": "MENTEE"}""".formatted(program.id());
		mvc.perform(post("/api/imports/" + id + "/preview").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType("application/json").content(settings))
			.andExpect(jsonPath("$.toAdd").value(3))
			.andExpect(jsonPath("$.rows[0].firstName").value("Hélène"));
		mvc.perform(post("/api/imports/" + id + "/commit").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType("application/json").content(settings))
			.andExpect(jsonPath("$.added").value(3));

		var bad = new MockMultipartFile("file", "bad.csv", "text/csv",
				("First name,Last name,Target NOC\nX,Y" + marker + ",123456\n").getBytes(StandardCharsets.UTF_8));
		var badId = com.jayway.jsonpath.JsonPath.read(mvc.perform(multipart("/api/imports").file(bad)
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString(), "$.id").toString();
		mvc.perform(post("/api/imports/" + badId + "/commit").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.contentType("application/json").content("""
					{"columns": {"0": "FIRST_NAME", "1": "LAST_NAME", "2": "TARGET_OCCUPATION_CODE"}, "programId": "%s"}"""
				.formatted(program.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("Target NOC"))
			.andExpect(jsonPath("$.errors[0].message").value("Le code CNP 123456 n’existe pas."));
	}

	@Test
	void thePagesWalkUploadMappingPreviewAndImport() throws Exception {
		var session = Fixtures.signIn(mvc, coordinator.email());
		var file = new MockMultipartFile("file", "liste.csv", "text/csv", frenchCsv().getBytes(StandardCharsets.UTF_8));
		var location = mvc.perform(multipart("/imports").file(file).session(session).with(csrf()))
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn().getResponse().getRedirectedUrl();
		Map<String, String> mapping = Map.of("column0", "FIRST_NAME", "column1", "LAST_NAME", "column2", "EMAIL",
				"column3", "BIRTH_DATE", "column8", "ROLE", "programId", program.id().toString(), "role", "MENTEE",
				"status", "ENROLLED");
		var preview = post(location + "/preview").session(session).with(csrf()).cookie(new Cookie("passerelle-lang", "fr-CA"));
		mapping.forEach(preview::param);
		mvc.perform(preview)
			.andExpect(content().string(containsString("3 personnes seront ajoutées et aucune mise à jour.")))
			.andExpect(content().string(containsString("Importer les 3 lignes")));
		var commit = post(location + "/commit").session(session).with(csrf());
		mapping.forEach(commit::param);
		mvc.perform(commit).andExpect(redirectedUrl(location + "/progress"));
		var done = "Import done: 3 people added, no one updated.";
		var english = new Cookie("passerelle-lang", "en-CA");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> mvc.perform(get(location + "/progress")
			.session(session).cookie(english).header("HX-Request", "true")).andReturn().getResponse().getContentAsString()
			.contains(done));
		mvc.perform(get(location + "/progress").session(session).cookie(english))
			.andExpect(content().string(containsString("aria-live=\"polite\"")))
			.andExpect(content().string(containsString(done)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
		assertThat(directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 10).total())
			.isEqualTo(3);
		mvc.perform(commit.cookie(english)).andExpect(status().isOk())
			.andExpect(content().string(containsString("This file is already imported.")));

		var empty = new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]);
		mvc.perform(multipart("/imports").file(empty).session(session).with(csrf()).cookie(new Cookie("passerelle-lang", "en-CA")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a file to import.")));
	}

	@Test
	void thePreviewRefusesRowsWithProblemsAndSaysNothingWillBeImported() throws Exception {
		var text = """
				First name,Last name,Birth date,Email
				Ana,Ok%1$s,1990-01-01,ana.%1$s@example.org
				Bo,Bad%1$s,31/31/1990,bo.%1$s@example.org
				Cy,Ok%1$s,1991-02-03,cy.%1$s@example.org
				""".formatted(marker);
		var file = imports.upload(actor, "errors.csv", text.getBytes(StandardCharsets.UTF_8));
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED);

		var preview = imports.preview(actor, file.id(), settings, Locale.CANADA);

		assertThat(preview.importable()).isFalse();
		assertThat(preview.toAdd()).isEqualTo(2);
		assertThat(preview.refused()).isEqualTo(1);
		assertThat(preview.rows()).extracting(ImportPreview.Row::outcome)
			.containsExactly(ImportPreview.Outcome.ADD, ImportPreview.Outcome.REFUSED, ImportPreview.Outcome.ADD);
		assertThat(preview.rows().get(1).problems()).extracting(ImportProblem::messageCode).containsExactly("import.value.date");

		var session = Fixtures.signIn(mvc, coordinator.email());
		java.util.function.Function<String, org.springframework.test.web.servlet.RequestBuilder> page = language -> post(
				"/imports/" + file.id() + "/preview").session(session).with(csrf())
			.cookie(new Cookie("passerelle-lang", language))
			.param("column0", "FIRST_NAME").param("column1", "LAST_NAME").param("column2", "BIRTH_DATE")
			.param("column3", "EMAIL").param("programId", program.id().toString()).param("role", "MENTEE")
			.param("status", "ENROLLED");
		var html = mvc.perform(page.apply("fr-CA")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains(
				"Rien ne sera importé : une ligne est refusée pour ses problèmes ; les 2 lignes correctes attendent les autres.")
			.contains("Refusée")
			.contains("Birth date : La date 31/31/1990 n’est pas une date")
			.contains("Correcte, sera ajoutée quand toutes les lignes le seront")
			.doesNotContain("seront ajoutées")
			.doesNotContain("Importer les");
		mvc.perform(page.apply("en-CA"))
			.andExpect(content().string(containsString(
					"Nothing will be imported: one row is refused for its problems; the 2 correct rows wait for the others.")))
			.andExpect(content().string(containsString("Correct this problem in the file or the columns")));
	}

	@Test
	void thePreviewCountsOnePersonInTheSingularInBothLanguages() throws Exception {
		var file = imports.upload(actor, "one.csv",
				("First name,Last name\nAna,One" + marker + "\n").getBytes(StandardCharsets.UTF_8));
		var session = Fixtures.signIn(mvc, coordinator.email());
		java.util.function.Function<String, org.springframework.test.web.servlet.RequestBuilder> page = language -> post(
				"/imports/" + file.id() + "/preview").session(session).with(csrf())
			.cookie(new Cookie("passerelle-lang", language))
			.param("column0", "FIRST_NAME").param("column1", "LAST_NAME")
			.param("programId", program.id().toString()).param("role", "MENTEE").param("status", "ENROLLED");
		mvc.perform(page.apply("fr-CA"))
			.andExpect(content().string(containsString("Une personne sera ajoutée et aucune mise à jour.")))
			.andExpect(content().string(containsString("Importer la ligne")))
			.andExpect(content().string(containsString("Sera ajoutée")));
		mvc.perform(page.apply("en-CA"))
			.andExpect(content().string(containsString("One person will be added and no one updated.")))
			.andExpect(content().string(containsString("Import the row")));
	}

	@Test
	void aRowWithMoreCellsThanTheHeaderIsRefusedNamingTheRowAndTheExtraCell() throws Exception {
		var text = """
				First name,Last name,Email
				Ana,Ok%1$s,ana.%1$s@example.org
				Bo,Shifted%1$s,bo.%1$s@example.org,Montréal
				Cy,Trailing%1$s,cy.%1$s@example.org,
				""".formatted(marker);
		var file = imports.upload(actor, "shifted.csv", text.getBytes(StandardCharsets.UTF_8));
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED);

		var preview = imports.preview(actor, file.id(), settings, Locale.CANADA);

		assertThat(preview.problems()).extracting(problem -> problem.row() + " " + problem.column() + " "
				+ problem.messageCode() + " " + java.util.Arrays.toString(problem.arguments()))
			.containsExactly("3 4 import.extraCell [Montréal, 3]");
		assertThat(preview.rows().get(1).outcome()).isEqualTo(ImportPreview.Outcome.REFUSED);
		assertThat(preview.rows().get(2).outcome()).isEqualTo(ImportPreview.Outcome.ADD);
		assertThatThrownBy(() -> imports.commit(actor, file.id(), settings)).isInstanceOf(ImportRejectedException.class);

		var session = Fixtures.signIn(mvc, coordinator.email());
		mvc.perform(post("/imports/" + file.id() + "/preview").session(session).with(csrf())
			.cookie(new Cookie("passerelle-lang", "fr-CA"))
			.param("column0", "FIRST_NAME").param("column1", "LAST_NAME").param("column2", "EMAIL")
			.param("programId", program.id().toString()).param("role", "MENTEE").param("status", "ENROLLED"))
			.andExpect(content().string(containsString("Ligne 3, colonne 4 : Cette ligne a plus de cellules que "
					+ "l’en-tête n’a de colonnes (3 colonnes) : la cellule « Montréal » n’appartient à aucune colonne.")));
	}

	@Test
	void theProgressPageAsksForItselfEverySecondWhileTheImportRunsAndLinksToItselfWithoutScript() throws Exception {
		var file = imports.upload(actor, "running.csv",
				("First name,Last name\nAna,One" + marker + "\nBo,Two" + marker + "\n").getBytes(StandardCharsets.UTF_8));
		jdbc.sql("""
				insert into participant_import_commit (import_id, state, done, total, started_at, updated_at)
				values (?, 'RUNNING', 1, 2, ?, ?)""")
			.params(file.id(), java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant()))
			.update();
		var session = Fixtures.signIn(mvc, coordinator.email());

		mvc.perform(get("/imports/" + file.id() + "/progress").session(session).cookie(new Cookie("passerelle-lang", "fr-CA")))
			.andExpect(content().string(containsString("aria-live=\"polite\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(containsString("1 lignes écrites sur 2 ; rien n’est définitif avant que toutes le soient.")))
			.andExpect(content().string(containsString("href=\"/imports/" + file.id() + "/progress\">Actualiser</a>")));
		mvc.perform(get("/imports/" + file.id() + "/progress").session(session).header("HX-Request", "true")
			.cookie(new Cookie("passerelle-lang", "en-CA")))
			.andExpect(content().string(containsString("1 of 2 rows written")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<h1"))));
		// a second press while it runs starts nothing: the page shows the running import
		mvc.perform(post("/imports/" + file.id() + "/commit").session(session).with(csrf())
			.param("column0", "FIRST_NAME").param("column1", "LAST_NAME").param("programId", program.id().toString()))
			.andExpect(redirectedUrl("/imports/" + file.id() + "/progress"));
		// starting sets the count of rows written back to zero before the background work begins
		assertThat(jdbc.sql("select state || ' ' || done from participant_import_commit where import_id = ?")
			.param(file.id()).query(String.class).single()).as("the running import, not a new one").isEqualTo("RUNNING 1");
		assertThat(directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5).total())
			.isZero();
	}

	@Test
	void importsTwoThousandRowsThroughTheApiInBatchesOfStatements() throws Exception {
		var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			var id = uploadThroughTheApi(ImportFiles.bytes(marker, 2000));
			statistics.clear();

			mvc.perform(post("/api/imports/" + id + "/commit").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
				.contentType("application/json").content(ImportFiles.SETTINGS.formatted(program.id())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.added").value(2000));

			assertThat(statistics.getEntityInsertCount()).isEqualTo(2000);
			// one insert a person and one a row of each collection would be 10,000 statements
			assertThat(statistics.getPrepareStatementCount()).isLessThan(400);
			assertThat(directory.search(actor, new ParticipantSearch(marker, program.id().value(), null, null, null, null, null),
					0, 1).total()).isEqualTo(2000);
			assertThat(jdbc.sql("select count(*) from participant_language l join participant p on p.id = l.participant_id "
					+ "where p.last_name = ?").param(marker).query(Integer.class).single()).isEqualTo(4000);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void aProblemOnRow1999LeavesNothingWritten() throws Exception {
		var lines = ImportFiles.csv(marker, 2000).split("\n");
		// row 1,999 of the sheet (its header is row 1) claims 99 years of experience abroad
		var cells = lines[1998].split(",");
		cells[7] = "99";
		lines[1998] = String.join(",", cells);
		var id = uploadThroughTheApi(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

		mvc.perform(post("/api/imports/" + id + "/commit").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType("application/json").content(ImportFiles.SETTINGS.formatted(program.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(1999))
			.andExpect(jsonPath("$.errors[0].column").value("Years of experience abroad"))
			.andExpect(jsonPath("$.errors[0].message").value("The value 99 is not between 0 and 70."));
		assertThat(directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 1).total())
			.isZero();
	}

	@Test
	void anAddressTakenWhileTheLastBatchIsWrittenLeavesNothingWritten() {
		var file = imports.upload(actor, "race.csv", ImportFiles.bytes(marker, 2000));
		var settings = new ImportSettings(Map.of(0, ImportField.FIRST_NAME, 1, ImportField.LAST_NAME, 2, ImportField.EMAIL,
				3, ImportField.BIRTH_DATE), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED);
		var progress = new java.util.ArrayList<Integer>();

		assertThatThrownBy(() -> imports.commit(actor, file.id(), settings, done -> {
			progress.add(done);
			if (done == 1750) {
				// someone else records the address of row 1,999 meanwhile, in a transaction of their own
				java.util.concurrent.CompletableFuture.runAsync(() -> participants.register(Actor.system(),
						ParticipantDetails.named("Someone", "Else" + marker, "p1997." + marker + "@example.org"), null, true))
					.join();
			}
		})).isInstanceOfSatisfying(ImportRejectedException.class, ex -> assertThat(ex.problems())
			.extracting(problem -> problem.row() + " " + problem.column() + " " + problem.messageCode())
			.containsExactly("1752 Email import.value.emailTaken"));

		assertThat(progress).containsExactly(250, 500, 750, 1000, 1250, 1500, 1750);
		assertThat(directory.search(Actor.system(), new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5)
			.items()).extracting(ParticipantSummary::lastName).containsExactly("Else" + marker);
	}

	private String uploadThroughTheApi(byte[] content) throws Exception {
		var body = mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "many.csv", "text/csv", content))
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.id").toString();
	}
}
