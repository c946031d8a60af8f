package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.referral.ReferralManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The profile statistics (R-RPT-3) and the evaluation (R-EVA-2) of a program of the test's own:
 * the figures, the scope, and funders' withheld counts alike on the page, in the API, CSV, Excel
 * and PDF, in both languages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectionReportsTests {

	@Autowired
	ProfileReporting profiles;

	@Autowired
	EvaluationReporting evaluations;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MovableClock clock;

	ReportingData data;

	ReportingData.Program program;

	ReportingData.Program other;

	UserView admin;

	UserView funder;

	Period period;

	@BeforeAll
	void sevenMenteesAndTwoPairs() {
		var fixtures = new Fixtures(organisations, users);
		data = new ReportingData(fixtures, programs, participants, proposals, agreements, mentorships, referrals, clock);
		program = data.program("Profils");
		other = data.program("Autre");
		admin = fixtures.user(Role.ADMIN, fixtures.organisation(OrganisationType.LEAD_AGENCY));
		funder = fixtures.user(Role.FUNDER, fixtures.organisation(OrganisationType.FUNDER));
		var mentees = new java.util.ArrayList<ReportingData.Person>();
		for (int i = 0; i < 7; i++) {
			mentees.add(data.enrolled(program, Audience.MENTEE));
		}
		var mentor1 = data.enrolled(program, Audience.MENTOR);
		var mentor2 = data.enrolled(program, Audience.MENTOR);
		var pair1 = data.pair(program, mentees.get(0), mentor1);
		data.pair(program, mentees.get(1), mentor2);
		data.close(program, pair1, EmploymentStatus.EMPLOYED_IN_FIELD, data.today());
		period = new Period(data.today(), data.today());
	}

	@Test
	void theProfileCountsEveryoneOnceInEachTable() {
		var report = profiles.profile(program.coordinator(), program.id(), period);
		var mentees = report.sections().get(0).tables();
		assertThat(mentees).extracting(ReportTable::key).containsExactly("report.profile.region",
				"report.profile.arrival", "report.profile.education", "report.profile.occupation");
		for (var table : mentees) {
			assertThat(table.total().figure(0).value()).as(table.key()).isEqualTo(7L);
		}
		var occupation = mentees.get(3);
		assertThat(row(occupation, "2").figure(0).value()).as("NOC 21231 is natural and applied sciences").isEqualTo(7L);
		assertThat(row(mentees.get(0), "NOT_RECORDED").figure(0).value()).isEqualTo(7L);
		var mentors = report.sections().get(1).tables();
		assertThat(mentors.getFirst().total().figure(0).value()).isEqualTo(2L);
	}

	@Test
	void aFunderReadsTheSameWithheldFiguresOnThePageInTheApiAndEveryFile() throws Exception {
		var report = profiles.profile(ReportingData.actor(funder), program.id(), period);
		assertThat(report.suppressed()).isTrue();
		var mentors = report.sections().get(1).tables().getFirst();
		assertThat(mentors.total().figure(0).withheld()).as("2 mentors").isTrue();

		var english = new Cookie("passerelle-lang", "en-CA");
		var page = Jsoup.parse(mvc.perform(get("/reports/profile").session(Fixtures.signIn(mvc, funder.email()))
			.cookie(english)
			.param("program", program.id().toString())
			.param("from", period.from().toString())
			.param("to", period.to().toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		var workStatus = page.getElementById("report.profile.workStatus");
		assertThat(workStatus.select("tfoot td").text()).isEqualTo("—");
		assertThat(workStatus.select("thead th").eachText()).containsExactly("Status", "Mentors");
		assertThat(page.select("figure svg[role=img]")).isNotEmpty();

		mvc.perform(get("/api/reports/profile").with(httpBasic(funder.email(), Fixtures.PASSWORD))
			.param("program", program.id().toString())
			.param("from", period.from().toString())
			.param("to", period.to().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.smallCountsSuppressed").value(true))
			.andExpect(jsonPath("$.sections[1].tables[0].rows[-1:].figures[0].value").value(org.hamcrest.Matchers.contains((Object) null)))
			.andExpect(jsonPath("$.sections[1].tables[0].rows[-1:].figures[0].withheld").value(org.hamcrest.Matchers.contains(true)))
			.andExpect(jsonPath("$.sections[0].tables[0].rows[-1:].figures[0].value").value(org.hamcrest.Matchers.contains(7)));

		var csv = new String(download(funder, "profile", "csv", "fr"), StandardCharsets.UTF_8);
		assertThat(csv).contains("Mentors par statut", "Total,—", "Total,7");
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(download(funder, "profile", "xlsx", "en")))) {
			var sheets = workbook.getSheets().toList();
			var mentorSheet = sheets.get(4).read();
			assertThat(mentorSheet.get(mentorSheet.size() - 1).getCellText(1)).isEqualTo("—");
		}
		var reader = new PdfReader(download(funder, "profile", "pdf", "fr"));
		try {
			var text = new StringBuilder();
			for (int page1 = 1; page1 <= reader.getNumberOfPages(); page1++) {
				text.append(new PdfTextExtractor(reader).getTextFromPage(page1));
			}
			assertThat(text.toString()).contains("Statistiques de profil", "Mentors par statut", "—");
		}
		finally {
			reader.close();
		}
	}

	@Test
	void theEvaluationCountsWhatItCanAndSaysWhenTheRestWillBe() throws Exception {
		var report = evaluations.evaluation(program.coordinator(), program.id(), period);
		var sections = report.sections();
		assertThat(sections).extracting(ReportSection::key).containsExactly(
				java.util.Arrays.stream(EvaluationElement.values()).map(EvaluationElement::key).toArray(String[]::new));
		var outcome = sections.get(0).tables().getFirst();
		assertThat(outcome.key()).isEqualTo("report.outcome");
		assertThat(CellSuppressionTests.values(outcome.rows().getFirst()).subList(0, 6)).as("closed, due, reached, -, employed, in field")
			.containsExactly(1L, 1L, 1L, null, 1L, 1L);
		assertThat(sections.get(3).pending()).isEqualTo("report.evaluation.MATCH_RELEVANCE.pending");
		var orientation = sections.get(2).tables().getFirst();
		assertThat(CellSuppressionTests.values(orientation.rows().get(0)).subList(0, 3)).as("7 mentees, 2 matched, 1 completed")
			.containsExactly(7L, 2L, 1L);

		var page = Jsoup.parse(mvc.perform(get("/reports/evaluation").session(Fixtures.signIn(mvc, admin.email()))
			.cookie(new Cookie("passerelle-lang", "fr-CA"))
			.param("program", program.id().toString())
			.param("from", period.from().toString())
			.param("to", period.to().toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Évaluation");
		assertThat(page.text()).contains("Disponible lorsque des questionnaires sur la relation auront été remplis.");
		assertThat(page.getElementById("report.orientation").select("thead th").eachText()).startsWith("Rôle", "Inscrits");
	}

	@Test
	void aCoordinatorOfAnotherProgramIsToldItDoesNotExist() throws Exception {
		var session = Fixtures.signIn(mvc, data.fixtures().user(Role.COORDINATOR, other.lead()).email());
		var coordinator = users.find(Actor.system(), other.coordinator().userId());
		for (var kind : List.of("profile", "evaluation")) {
			mvc.perform(get("/api/reports/" + kind).with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
				.param("program", program.id().toString())).andExpect(status().isNotFound());
			mvc.perform(get("/reports/" + kind).session(Fixtures.signIn(mvc, coordinator.email()))
				.param("program", program.id().toString())).andExpect(status().isNotFound());
			mvc.perform(get("/reports/" + kind + ".csv").session(Fixtures.signIn(mvc, coordinator.email()))
				.param("program", program.id().toString())).andExpect(status().isNotFound());
		}
		assertThat(session).isNotNull();
	}

	private byte[] download(UserView user, String kind, String format, String language) throws Exception {
		return mvc.perform(get("/api/reports/" + kind).with(httpBasic(user.email(), Fixtures.PASSWORD))
			.header("Accept-Language", language)
			.param("program", program.id().toString())
			.param("from", period.from().toString())
			.param("to", period.to().toString())
			.param("format", format)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static ReportTable.Row row(ReportTable table, String key) {
		return table.rows().stream().filter(row -> row.label().key().equals(key)).findFirst().orElseThrow();
	}
}
