package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.IntegrationTest;
import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.referral.ReferralManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The results of a period (R-RPT-1, R-RPT-2), counted from people, pairs, mentorships and
 * referrals made through the other modules on the days around the period: what each figure
 * counts, the first and last days, who sees which programs, funders' small counts withheld
 * (R-RPT-5), and the same report as JSON, CSV, Excel and PDF (R-RPT-6).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsReportingTests {

	@Autowired
	ResultsReporting reporting;

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

	ReportingData.Program a;

	ReportingData.Program b;

	Actor agencyX;

	Actor agencyY;

	String agencyXName;

	String agencyYName;

	UserView admin;

	UserView funder;

	UserView coordinatorA;

	/** The day before the period, its first day, its last day, and the day after it. */
	LocalDate before;

	LocalDate first;

	LocalDate last;

	LocalDate after;

	@BeforeAll
	void recordTheDaysAroundThePeriod() {
		var fixtures = new Fixtures(organisations, users);
		data = new ReportingData(fixtures, programs, participants, proposals, agreements, mentorships, referrals, clock);
		a = data.program("Québec pluriel");
		b = data.program("Mentorat d’affaires");
		agencyX = data.agency();
		agencyY = data.agency();
		agencyXName = organisations.find(Actor.system(), agencyX.organisationId()).name();
		agencyYName = organisations.find(Actor.system(), agencyY.organisationId()).name();
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		admin = fixtures.user(Role.ADMIN, lead);
		funder = fixtures.user(Role.FUNDER, fixtures.organisation(OrganisationType.FUNDER));
		coordinatorA = users.find(Actor.system(), a.coordinator().userId());

		// The day before the period: none of it counts
		before = data.today();
		var mentor0 = data.enrolled(a, Audience.MENTOR);
		var mentee0 = data.enrolled(a, Audience.MENTEE);
		var pair0 = data.pair(a, mentee0, mentor0);
		data.submitted(agencyX, a);

		// The first day
		data.nextDay();
		first = data.today();
		var mentor1 = data.enrolled(a, Audience.MENTOR);
		var mentor2 = data.enrolled(a, Audience.MENTOR);
		var mentee1 = data.enrolled(a, Audience.MENTEE);
		var mentee2 = data.enrolled(a, Audience.MENTEE);
		data.person(a, Audience.MENTEE, ParticipationStatus.APPLIED);
		data.enrolled(b, Audience.MENTOR);
		var pair1 = data.pair(a, mentee1, mentor1);
		data.close(a, pair0, EmploymentStatus.EMPLOYED_IN_FIELD, first);
		data.returnedThenAdmitted(agencyX, a); // its client becomes a mentee registered on the first day
		data.submitted(agencyY, a);
		data.draft(agencyY, a);

		// The last day, two days later
		data.nextDay();
		data.nextDay();
		last = data.today();
		data.enrolled(a, Audience.MENTEE);
		var pair2 = data.pair(a, mentee2, mentor2);
		data.close(a, pair1, EmploymentStatus.EMPLOYED_OTHER, last);
		data.submitted(agencyY, b);

		// The day after: none of it counts
		data.nextDay();
		after = data.today();
		data.enrolled(a, Audience.MENTOR);
		data.close(a, pair2, EmploymentStatus.EMPLOYED_IN_FIELD, after);
		data.submitted(agencyX, a);
	}

	Actor actor(UserView user) {
		return ReportingData.actor(user);
	}

	@Test
	void eachFigureCountsWhatHappenedFromTheFirstToTheLastDayIncluded() {
		var report = reporting.results(actor(admin), List.of(a.id(), b.id()), new Period(first, last));

		assertThat(report.smallCountsSuppressed()).isFalse();
		assertThat(report.results()).extracting(ProgramResults::program).containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(row(report, a)).as("mentors 1 and 2; mentees 1, 2, the one admitted by referral, and the one of the "
				+ "last day; pairs 1 and 2; pairs 0 and 1 closed employed, 0 in the field")
			.isEqualTo(new ProgramResults(a.id(), a.name(), 2L, 4L, 2L, 2L, 1L));
		assertThat(row(report, b)).isEqualTo(new ProgramResults(b.id(), b.name(), 1L, 0L, 0L, 0L, 0L));
		assertThat(report.total()).isEqualTo(new ProgramResults(null, null, 3L, 4L, 2L, 2L, 1L));

		assertThat(report.referrals()).containsExactly(
				new AgencyReferrals(agencyY.organisationId(), agencyYName, 2L, 0L, 0L),
				new AgencyReferrals(agencyX.organisationId(), agencyXName, 1L, 1L, 1L));
		assertThat(report.referralTotal()).isEqualTo(new AgencyReferrals(null, null, 3L, 1L, 1L));
	}

	@Test
	void whatHappenedTheDayBeforeAndTheDayAfterCountsInAPeriodThatHoldsThem() {
		var report = reporting.results(actor(admin), List.of(a.id()), new Period(before, after));

		assertThat(row(report, a)).as("the mentors of the days before and after, pair 0, and pair 2 closed after")
			.isEqualTo(new ProgramResults(a.id(), a.name(), 4L, 5L, 3L, 3L, 2L));
		assertThat(report.referrals()).extracting(AgencyReferrals::name, AgencyReferrals::referred)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(agencyXName, 3L),
					org.assertj.core.groups.Tuple.tuple(agencyYName, 1L));
	}

	@Test
	void aSingleDayCountsWhatHappenedThatDay() {
		var report = reporting.results(actor(admin), List.of(a.id()), new Period(last, last));
		assertThat(row(report, a)).isEqualTo(new ProgramResults(a.id(), a.name(), 0L, 1L, 1L, 1L, 0L));
		assertThat(report.referrals()).isEmpty();
		assertThat(report.referralTotal()).isEqualTo(new AgencyReferrals(null, null, 0L, 0L, 0L));
	}

	@Test
	void theReferralCountsPageAndTheResultsShowTheSameReferralsPerAgency() throws Exception {
		var c = data.program("Références");
		var agencyZ = data.agency();
		var agencyZName = organisations.find(Actor.system(), agencyZ.organisationId()).name();
		data.returnedThenAdmitted(agencyZ, c);
		data.returned(agencyZ, c);
		data.submitted(agencyZ, c);
		data.draft(agencyZ, c);
		data.submitted(agencyX, c);
		var today = data.today().toString();

		var results = mvc.perform(get("/api/reports/results").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.param("program", c.id().toString())
			.param("from", today)
			.param("to", today))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.referrals.length()").value(2))
			.andExpect(jsonPath("$.referrals[0].name").value(agencyZName))
			.andExpect(jsonPath("$.referrals[0].referred").value(3))
			.andExpect(jsonPath("$.referrals[0].admitted").value(1))
			.andExpect(jsonPath("$.referrals[0].returned").value(2))
			.andExpect(jsonPath("$.referrals[1].name").value(agencyXName))
			.andExpect(jsonPath("$.referrals[1].referred").value(1))
			.andExpect(jsonPath("$.referrals[1].returned").value(0));
		mvc.perform(get("/api/referrals/statistics").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.param("programId", c.id().toString())
			.param("from", today)
			.param("to", today))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].agency").value(agencyZName))
			.andExpect(jsonPath("$[0].total").value(3))
			.andExpect(jsonPath("$[0].admitted").value(1))
			.andExpect(jsonPath("$[0].returned").value(2))
			.andExpect(jsonPath("$[0].pending").value(2))
			.andExpect(jsonPath("$[1].agency").value(agencyXName))
			.andExpect(jsonPath("$[1].total").value(1))
			.andExpect(jsonPath("$[1].returned").value(0));

		var session = Fixtures.signIn(mvc, admin.email());
		var english = new Cookie("passerelle-lang", "en-CA");
		var countsPage = Jsoup.parse(mvc.perform(get("/referrals/statistics").session(session).cookie(english)
			.param("programId", c.id().toString())
			.param("from", today)
			.param("to", today)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		var resultsPage = Jsoup.parse(mvc.perform(get("/reports/results").session(session).cookie(english)
			.param("program", c.id().toString())
			.param("from", today)
			.param("to", today)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(countsPage.select("thead th").eachText()).containsSequence("Agency", "Referrals", "Admitted",
				"Returned at least once");
		assertThat(resultsPage.select("#referrals thead th").eachText()).containsExactly("Agency", "Referrals",
				"Admitted", "Returned at least once");
		var onCountsPage = countsPage.select("tbody tr")
			.stream()
			.map(row -> row.select("th, td").eachText().subList(0, 4))
			.toList();
		var onResultsPage = resultsPage.select("#referrals tbody tr")
			.stream()
			.map(row -> row.select("th, td").eachText())
			.toList();
		assertThat(onCountsPage).isEqualTo(onResultsPage)
			.containsExactly(List.of(agencyZName, "3", "1", "2"), List.of(agencyXName, "1", "0", "0"));
	}

	@Test
	void aMatchSignedOnPaperCountsOnTheDayBothSignedNotTheDayItWasRecorded() {
		var c = data.program("Stage");
		var mentee = data.enrolled(c, Audience.MENTEE);
		var mentor = data.enrolled(c, Audience.MENTOR);
		var signedOn = data.today().minusDays(40);
		data.pairSignedOnPaper(c, mentee, mentor, signedOn);

		assertThat(reporting.results(actor(admin), List.of(c.id()), new Period(signedOn, signedOn)).total().matches())
			.isEqualTo(1L);
		assertThat(reporting.results(actor(admin), List.of(c.id()), new Period(data.today(), data.today())).total()
			.matches()).isZero();
	}

	@Test
	void aCoordinatorReportsOnTheirProgramsOnly() {
		var report = reporting.results(a.coordinator(), List.of(), new Period(first, last));
		assertThat(report.programs()).extracting(ResultsReport.ProgramRef::id).containsExactly(a.id());
		assertThat(report.total().mentorsRegistered()).isEqualTo(2L);
		assertThat(report.referrals()).extracting(AgencyReferrals::referred).containsExactly(1L, 1L);

		assertThatThrownBy(() -> reporting.results(a.coordinator(), List.of(b.id()), new Period(first, last)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reporting.results(a.coordinator(), List.of(a.id(), b.id()), new Period(first, last)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reporting.results(actor(admin),
				List.of(new org.passerelle.program.ProgramId(java.util.UUID.randomUUID())), new Period(first, last)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void peopleWhoDoNotReadReportsAreRefused() {
		for (var role : List.of(Role.MENTOR, Role.MENTEE, Role.REFERRAL_PARTNER, Role.EMPLOYER)) {
			var someone = actor(data.fixtures().user(role, a.lead()));
			assertThat(reporting.mayReport(someone)).isFalse();
			assertThatThrownBy(() -> reporting.results(someone, List.of(), new Period(first, last)))
				.as(role.name())
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void aFunderReadsEveryProgramWithCountsFromOneToFourWithheld() {
		var report = reporting.results(actor(funder), List.of(a.id(), b.id()), new Period(before, after));

		assertThat(report.smallCountsSuppressed()).isTrue();
		assertThat(row(report, a)).as("5 mentees shown, the rest from 1 to 4 withheld")
			.isEqualTo(new ProgramResults(a.id(), a.name(), null, 5L, null, null, null));
		assertThat(row(report, b)).as("zeros tell about nobody").isEqualTo(new ProgramResults(b.id(), b.name(), null,
				0L, 0L, 0L, 0L));
		assertThat(report.total()).as("4 + 1 mentors: a total of 5 shown, both rows withheld")
			.isEqualTo(new ProgramResults(null, null, 5L, 5L, null, null, null));
		assertThat(report.referrals()).allSatisfy(row -> assertThat(row.referred()).isNull());

		var everything = reporting.results(actor(funder), List.of(), new Period(before, after));
		assertThat(everything.programs()).extracting(ResultsReport.ProgramRef::id).contains(a.id(), b.id());
	}

	@Test
	void theApiAnswersTheReportAsJsonScopedAsThePages() throws Exception {
		mvc.perform(get("/api/reports/results").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.param("program", a.id().toString(), b.id().toString())
			.param("from", first.toString())
			.param("to", last.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(first.toString()))
			.andExpect(jsonPath("$.to").value(last.toString()))
			.andExpect(jsonPath("$.smallCountsSuppressed").value(false))
			.andExpect(jsonPath("$.total.mentorsRegistered").value(3))
			.andExpect(jsonPath("$.total.menteesRegistered").value(4))
			.andExpect(jsonPath("$.total.matches").value(2))
			.andExpect(jsonPath("$.total.menteesEmployed").value(2))
			.andExpect(jsonPath("$.total.menteesEmployedInField").value(1))
			.andExpect(jsonPath("$.referralTotal.referred").value(3));

		mvc.perform(get("/api/reports/results").with(httpBasic(coordinatorA.email(), Fixtures.PASSWORD))
			.param("from", first.toString())
			.param("to", last.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results.length()").value(1))
			.andExpect(jsonPath("$.results[0].program").value(a.id().toString()));
		mvc.perform(get("/api/reports/results").with(httpBasic(coordinatorA.email(), Fixtures.PASSWORD))
			.param("program", b.id().toString()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));

		mvc.perform(get("/api/reports/results").with(httpBasic(funder.email(), Fixtures.PASSWORD))
			.param("program", a.id().toString())
			.param("from", before.toString())
			.param("to", after.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.smallCountsSuppressed").value(true))
			.andExpect(jsonPath("$.results[0].mentorsRegistered").isEmpty())
			.andExpect(jsonPath("$.results[0].menteesRegistered").value(5));

		var mentor = data.fixtures().user(Role.MENTOR, a.lead());
		mvc.perform(get("/api/reports/results").with(httpBasic(mentor.email(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void badDatesAreAProblemInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/reports/results").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.param("from", "2026-02-30"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("The start date must be a date, for example 2026-01-31."));
		mvc.perform(get("/api/reports/results").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.param("from", "2026-03-01")
			.param("to", "2026-02-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value("La date de fin précède la date de début."));
		mvc.perform(get("/api/reports/results").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.param("to", "31/12/2026"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value("La date de fin doit être une date, par exemple 2026-12-31."));
		mvc.perform(get("/api/reports/results").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.param("format", "docx"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
	}

	@Test
	void thePeriodIsTheYearToDateUnlessSaidAndReversedDatesAreRefusedNotSwapped() {
		var today = LocalDate.of(2026, 5, 14);
		assertThat(Period.parse(null, "", today)).isEqualTo(new Period(LocalDate.of(2026, 1, 1), today));
		assertThat(Period.parse("2025-07-01", null, today)).isEqualTo(new Period(LocalDate.of(2025, 7, 1), today));
		assertThat(Period.parse(null, "2025-06-30", today)).as("from January 1 of the end's year")
			.isEqualTo(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
		assertThatThrownBy(() -> Period.parse("2026-03-01", "2026-02-01", today)).isInstanceOf(InvalidFieldException.class)
			.hasFieldOrPropertyWithValue("field", "to")
			.hasFieldOrPropertyWithValue("messageCode", "reports.period.reversed");
		assertThatThrownBy(() -> Period.parse("2027-01-01", null, today)).isInstanceOf(InvalidFieldException.class)
			.hasFieldOrPropertyWithValue("field", "to")
			.hasFieldOrPropertyWithValue("messageCode", "reports.period.reversed");
		assertThatThrownBy(() -> Period.parse("0001-01-01", null, today)).isInstanceOf(InvalidFieldException.class)
			.hasFieldOrPropertyWithValue("messageCode", "reports.period.outOfRange");
	}

	@Test
	void theCsvHoldsBothTablesHeadedInTheReadersLanguage() throws Exception {
		var response = mvc.perform(get("/api/reports/results").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.param("program", a.id().toString(), b.id().toString())
			.param("from", first.toString())
			.param("to", last.toString())
			.param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"results-" + first + "-" + last + ".csv\""))
			.andReturn()
			.getResponse();
		var text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		assertThat(records(text.substring(1))).containsExactly(
				List.of("Programme", "Mentors inscrits", "Mentorés inscrits", "Jumelages", "Mentorés en emploi",
						"Dont dans leur domaine"),
				List.of(b.name(), "1", "0", "0", "0", "0"), List.of(a.name(), "2", "4", "2", "2", "1"),
				List.of("Total", "3", "4", "2", "2", "1"), List.of(""),
				List.of("Organisme", "Références", "Admises", "Retournées au moins une fois"),
				List.of(agencyYName, "2", "0", "0"), List.of(agencyXName, "1", "1", "1"), List.of("Total", "3", "1", "1"));

		var funderCsv = mvc.perform(get("/api/reports/results").with(httpBasic(funder.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.param("program", a.id().toString())
			.param("from", first.toString())
			.param("to", last.toString())
			.param("format", "csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(records(funderCsv.substring(1))).contains(List.of(a.name(), "—", "—", "—", "—", "—"),
				List.of("Total", "—", "—", "—", "—", "—"));
	}

	/** The rows of a sheet by their number, from 1 as the spreadsheet shows them. */
	private static java.util.Map<Integer, Row> rows(List<Row> rows) {
		return rows.stream().collect(java.util.stream.Collectors.toMap(Row::getRowNum, row -> row));
	}

	private static List<List<String>> records(String csv) throws java.io.IOException {
		try (var parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(csv))) {
			return parser.getRecords().stream().map(CSVRecord::toList).toList();
		}
	}

	@Test
	void theWorkbookOpensWithATableOnEachSheet() throws Exception {
		var bytes = mvc.perform(get("/api/reports/results").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.param("program", a.id().toString())
			.param("from", first.toString())
			.param("to", last.toString())
			.param("format", "xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"results-" + first + "-" + last + ".xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			var sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(sheet -> sheet.getName()).containsExactly("Results", "Referrals per agency");
			var results = rows(sheets.get(0).read());
			assertThat(results.get(1).getCellText(0)).isEqualTo("Results");
			assertThat(results.get(3).getCellText(0)).isEqualTo("Programs: " + a.name());
			assertThat(results.get(5).getCellText(1)).isEqualTo("Mentors registered");
			assertThat(results.get(6).getCellText(0)).isEqualTo(a.name());
			assertThat(results.get(6).getCellAsNumber(1)).map(java.math.BigDecimal::intValue).hasValue(2);
			assertThat(results.get(6).getCellAsNumber(2)).map(java.math.BigDecimal::intValue).hasValue(4);
			assertThat(results.get(7).getCellText(0)).isEqualTo("Total");
			assertThat(results.get(7).getCellAsNumber(5)).map(java.math.BigDecimal::intValue).hasValue(1);
			var referralRows = rows(sheets.get(1).read());
			assertThat(referralRows.get(5).getCellText(3)).isEqualTo("Returned at least once");
			assertThat(referralRows.get(6).getCellText(0)).isIn(agencyXName, agencyYName);
			assertThat(referralRows.get(8).getCellText(0)).isEqualTo("Total");
			assertThat(referralRows.get(8).getCellAsNumber(1)).map(java.math.BigDecimal::intValue).hasValue(2);
		}
	}

	@Test
	void thePdfIsAnA4TableWithTheTitlePeriodAndPrograms() throws Exception {
		var bytes = mvc.perform(get("/api/reports/results").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.param("program", a.id().toString())
			.param("from", first.toString())
			.param("to", last.toString())
			.param("format", "pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		var reader = new PdfReader(bytes);
		try {
			assertThat(reader.getPageSize(1).getWidth()).isEqualTo(com.lowagie.text.PageSize.A4.getWidth());
			var text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("Résultats d’une période", "Références par organisme", a.name(), agencyXName);
			// headings wrap within their cells, and cells are read without the space between them
			assertThat(text.replaceAll("\\s+", "")).contains("Mentorésinscrits", "Dontdansleurdomaine",
					"Retournéesaumoinsunefois", "Total24221", "Total211");
		}
		finally {
			reader.close();
		}
	}

	@Test
	void thePageShowsTheTablesAChartAndTheDownloads() throws Exception {
		var session = Fixtures.signIn(mvc, admin.email());
		var html = mvc.perform(get("/reports/results").session(session)
			.cookie(new Cookie("passerelle-lang", "en-CA"))
			.param("program", a.id().toString(), b.id().toString())
			.param("from", first.toString())
			.param("to", last.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("h1").text()).isEqualTo("Results of a period");
		assertThat(page.select("#results caption").text()).startsWith("Results from");
		assertThat(page.select("#results thead th").eachText()).containsExactly("Program", "Mentors registered",
				"Mentees registered", "Matches", "Mentees in employment", "Of whom in their field");
		assertThat(page.select("#results thead th").eachAttr("scope")).containsOnly("col");
		assertThat(page.select("#results tfoot tr").text()).isEqualTo("Total 3 4 2 2 1");
		assertThat(page.select("#referrals tfoot tr").text()).isEqualTo("Total 3 1 1");
		assertThat(page.select("input[name=program][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder(a.id().toString(), b.id().toString());
		var chart = page.selectFirst("#results-chart svg");
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(chart.attr("aria-label")).startsWith("Totals of the period. Mentors registered: 3; Mentees registered: 4");
		assertThat(chart.select("rect")).hasSize(5);
		assertThat(page.select("#referrals-chart svg rect")).hasSize(2);
		assertThat(page.select("a[href^='/reports/results.csv']").attr("href"))
			.contains("program=" + a.id(), "program=" + b.id(), "from=" + first, "to=" + last);

		var csv = mvc.perform(get(page.select("a[href^='/reports/results.csv']").attr("href")).session(session)
			.cookie(new Cookie("passerelle-lang", "en-CA")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"results-" + first + "-" + last + ".csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Total,3,4,2,2,1");
		mvc.perform(get("/reports/results.pdf").session(session).param("program", a.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void thePageSaysWhatIsWrongWithTheDatesInTheReadersLanguage() throws Exception {
		var session = Fixtures.signIn(mvc, admin.email());
		var english = mvc.perform(get("/reports/results").session(session)
			.cookie(new Cookie("passerelle-lang", "en-CA"))
			.param("from", "2026-05-01")
			.param("to", "2026-04-01"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(english);
		assertThat(page.select("#error-summary").text()).contains("The end date comes before the start date.");
		assertThat(page.select("#to").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#to-error").text()).isEqualTo("The end date comes before the start date.");
		assertThat(page.select("#results")).isEmpty();

		var french = mvc.perform(get("/reports/results").session(session)
			.cookie(new Cookie("passerelle-lang", "fr-CA"))
			.param("from", "pas une date"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(french).select("#from-error").text())
			.isEqualTo("La date de début doit être une date, par exemple 2026-01-31.");
		mvc.perform(get("/reports/results.xlsx").session(session).param("from", "2026-13-01"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePageIsScopedAsTheReports() throws Exception {
		var coordinator = Fixtures.signIn(mvc, coordinatorA.email());
		var html = mvc.perform(get("/reports/results").session(coordinator)
			.param("from", first.toString())
			.param("to", last.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("input[name=program]").eachAttr("value")).containsExactly(a.id().toString());
		mvc.perform(get("/reports/results").session(coordinator).param("program", b.id().toString()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/results.csv").session(coordinator).param("program", b.id().toString()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/results").session(coordinator).param("program", "not-an-id"))
			.andExpect(status().isNotFound());

		var funderPage = mvc.perform(get("/reports/results").session(Fixtures.signIn(mvc, funder.email()))
			.cookie(new Cookie("passerelle-lang", "en-CA"))
			.param("program", a.id().toString())
			.param("from", first.toString())
			.param("to", last.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(funderPage);
		assertThat(page.select("#results tbody td").eachText()).containsOnly("—");
		assertThat(page.text()).contains("Figures shown as “—” are withheld");
		assertThat(page.select("#results-chart svg rect").eachAttr("width")).containsOnly("0.00%");

		var mentor = data.fixtures().user(Role.MENTOR, a.lead());
		mvc.perform(get("/reports/results").session(Fixtures.signIn(mvc, mentor.email())))
			.andExpect(status().isForbidden());
	}

	private static ProgramResults row(ResultsReport report, ReportingData.Program program) {
		return report.results().stream().filter(row -> program.id().equals(row.program())).findFirst().orElseThrow();
	}
}
