package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.activity.Activities;
import org.passerelle.activity.ActivityDetails;
import org.passerelle.activity.ActivityKind;
import org.passerelle.activity.Attendance;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.CompletionRule;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The completion certificate (R-MEN-8) from closure to verification: issued once when the
 * mentorship closes and the program's rule holds, refused by hand saying what is missing,
 * downloaded by the mentee and the coordinators only, verified by anyone with its code, revoked
 * with a reason. Shares the movable-clock context of {@link MentorshipTests}.
 */
@IntegrationTest
class CertificateTests {

	/** The CSCPQ placement program: 144 hours and the peer meetings; or a job in the field; or admission. */
	static final CompletionRule CSCPQ = new CompletionRule(null, BigDecimal.valueOf(144), true, true, true);

	@Autowired
	MockMvc mvc;

	@Autowired
	Certificates certificates;

	@Autowired
	Activities activities;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Meetings meetings;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	Pair pair(CompletionRule completion) {
		var rules = ProgramRules.builder()
			.durationWeeks(12)
			.meetingCadence(MeetingCadence.EVERY_TWO_WEEKS)
			.completion(completion)
			.build();
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), rules, Set.of(Language.FR, Language.EN));
		return Pair.agreed(f, proposals, agreements, mentorships, today());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	void close(Pair pair, ClosureReason reason, EmploymentStatus employment) {
		var version = mentorships.find(pair.coordinator(), pair.mentorship()).version();
		mentorships.close(pair.coordinator(), pair.mentorship(), version, reason, employment, false, today(), null);
	}

	/** Issuing at closure runs after the closure's transaction, in its own: wait for it. */
	CertificateView awaitCertificate(Pair pair) {
		return Eventually.value(() -> certificates.status(pair.coordinator(), pair.mentorship()).certificate(),
				java.util.Objects::nonNull);
	}

	int certificatesOf(Pair pair) {
		return jdbc.sql("select count(*) from certificate where mentorship_id = ?")
			.param(pair.mentorship().value())
			.query(Integer.class)
			.single();
	}

	static String text(byte[] pdf) throws IOException {
		return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
	}

	@Test
	void aJobInTheFieldAtClosureIssuesTheCertificateOnceAndOnlyTheMenteeAndCoordinatorsDownloadIt() throws Exception {
		var pair = pair(CSCPQ);
		var other = pair(CSCPQ);
		var name = mentorships.find(pair.coordinator(), pair.mentorship()).menteeName();
		close(pair, ClosureReason.EMPLOYED, EmploymentStatus.EMPLOYED_IN_FIELD);

		var certificate = awaitCertificate(pair);
		assertThat(certificate.basis()).isEqualTo(CompletionBasis.JOB_IN_FIELD);
		assertThat(certificate.personName()).isEqualTo(name);
		assertThat(certificate.programName()).isEqualTo(pair.program().program().name());
		assertThat(certificate.issuedOn()).isEqualTo(today());
		assertThat(certificate.automatic()).isTrue();
		assertThat(certificate.code()).matches("PSR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(certificates.issueAtClosure(pair.mentorship())).as("issued once").isEmpty();
		assertThat(certificatesOf(pair)).isEqualTo(1);
		assertThatThrownBy(() -> certificates.issue(pair.coordinator(), pair.mentorship()))
			.hasFieldOrPropertyWithValue("messageCode", "certificate.issue.already");

		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		var pdf = mvc.perform(get("/mentorships/{id}/certificate.pdf", pair.mentorship().value()).session(mentee))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString(certificate.code())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
		var printed = text(pdf);
		assertThat(printed).contains(name, certificate.code(), "http://localhost/certificates/verify?code=" + certificate.code());
		assertThat(printed).as("the mentee's preferred language, French").contains("Attestation de réussite", "’", "é");

		var english = text(mvc.perform(get("/mentorships/{id}/certificate.pdf", pair.mentorship().value())
			.param("lang", "en")
			.session(mentee)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(english).contains("Certificate of completion", "a job in their field").doesNotContain("Attestation");

		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		mvc.perform(get("/mentorships/{id}/certificate.pdf", pair.mentorship().value()).session(coordinator))
			.andExpect(status().isOk());
		mvc.perform(get("/mentorships/{id}/certificate.pdf", pair.mentorship().value())
			.session(Fixtures.signIn(mvc, pair.asMentor().email()))).andExpect(status().isNotFound());
		mvc.perform(get("/mentorships/{id}/certificate.pdf", pair.mentorship().value())
			.session(Fixtures.signIn(mvc, other.asMentee().email()))).andExpect(status().isNotFound());
		mvc.perform(get("/mentorships/{id}/certificate.pdf", pair.mentorship().value())
			.session(Fixtures.signIn(mvc, other.coordinator().email()))).andExpect(status().isNotFound());

		mvc.perform(get("/api/mentorships/{id}/certificate.pdf", pair.mentorship().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/api/mentorships/{id}/certificate.pdf", pair.mentorship().value())
			.with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/mentorships/{id}/certificate.pdf", pair.mentorship().value())
			.with(httpBasic(other.asMentor().email(), Fixtures.PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void theBilingualCertificateSaysItInBothLanguagesOnOnePage() throws Exception {
		var pair = pair(CSCPQ);
		close(pair, ClosureReason.COMPLETED, EmploymentStatus.STUDYING);
		var certificate = awaitCertificate(pair);
		assertThat(certificate.basis()).isEqualTo(CompletionBasis.ACADEMIC_ADMISSION);
		var document = certificates.pdf(pair.asMentee(), pair.mentorship(), CertificateLanguage.BOTH,
				"https://passerelle.example.org/certificates/verify");
		var reader = new PdfReader(document.content());
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Attestation de réussite",
				"Certificate of completion", "Nous attestons que", "This certifies that", certificate.personName(),
				"https://passerelle.example.org/certificates/verify?code=" + certificate.code());
	}

	@Test
	void anyoneVerifiesTheCodeHoweverTypedUntilItIsRevoked() throws Exception {
		var pair = pair(CSCPQ);
		close(pair, ClosureReason.EMPLOYED, EmploymentStatus.EMPLOYED_IN_FIELD);
		var certificate = awaitCertificate(pair);
		var typed = certificate.code().toLowerCase().replace("-", " ").replace("psr ", "");

		var page = mvc.perform(get("/certificates/verify").param("code", typed).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var html = Jsoup.parse(page);
		assertThat(html.selectFirst("#verification-valid")).isNotNull();
		assertThat(html.select("#verification dd").eachText()).contains(certificate.code(), certificate.personName(),
				certificate.programName());
		assertThat(html.selectFirst("label[for=code]")).isNotNull();
		assertThat(html.select("nav")).as("nobody is signed in").isEmpty();
		mvc.perform(get("/certificates/verify").param("code", certificate.code()).header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("Cette attestation est valide")));
		var french = Jsoup.parse(mvc.perform(get("/certificates/verify?code={code}", certificate.code()))
			.andReturn().getResponse().getContentAsString());
		assertThat(french.selectFirst("form[action=/language] input[name=redirect]").val())
			.as("switching language comes back to the same verification")
			.isEqualTo("/certificates/verify?code=" + certificate.code());
		mvc.perform(post("/language").with(csrf()).param("lang", "fr").param("redirect", "/certificates/verify?code=" + certificate.code()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/certificates/verify?code=" + certificate.code()));
		mvc.perform(get("/certificates/verify")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code\"")));

		var unknown = Jsoup.parse(mvc.perform(get("/certificates/verify").param("code", "PSR-0000-0000-0000"))
			.andReturn().getResponse().getContentAsString());
		assertThat(unknown.selectFirst("#verification-unknown")).isNotNull();
		assertThat(unknown.selectFirst("#verification-valid")).isNull();
		assertThat(Jsoup.parse(mvc.perform(get("/certificates/verify").param("code", "n’importe quoi"))
			.andReturn().getResponse().getContentAsString()).selectFirst("#verification-unknown")).isNotNull();

		mvc.perform(get("/api/certificates/{code}", typed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.revoked").value(false))
			.andExpect(jsonPath("$.code").value(certificate.code()))
			.andExpect(jsonPath("$.name").value(certificate.personName()))
			.andExpect(jsonPath("$.program").value(certificate.programName()))
			.andExpect(jsonPath("$.issuedOn").value(today().toString()));
		mvc.perform(get("/api/certificates/{code}", "PSR-0000-0000-0000")).andExpect(status().isNotFound());

		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		mvc.perform(post("/mentorships/{id}/certificate/revoke", pair.mentorship().value()).session(coordinator)
			.with(csrf())
			.header("Accept-Language", "en")).andExpect(flash().attribute("problem", containsString("Say why")));
		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		mvc.perform(post("/mentorships/{id}/certificate/revoke", pair.mentorship().value()).session(mentee)
			.with(csrf())
			.param("reason", "Je n’en veux plus")).andExpect(status().isNotFound());
		mvc.perform(post("/mentorships/{id}/certificate/revoke", pair.mentorship().value()).session(coordinator)
			.with(csrf())
			.param("reason", "L’emploi déclaré n’était pas dans le domaine"))
			.andExpect(flash().attribute("saved", "certificate.revoked"));

		var revoked = Jsoup.parse(mvc.perform(get("/certificates/verify").param("code", certificate.code())
			.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString());
		assertThat(revoked.selectFirst("#verification-revoked")).isNotNull();
		assertThat(revoked.selectFirst("#verification-valid")).isNull();
		mvc.perform(get("/api/certificates/{code}", certificate.code()))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.revoked").value(true))
			.andExpect(jsonPath("$.revokedOn").value(today().toString()));
		mvc.perform(get("/mentorships/{id}/certificate.pdf", pair.mentorship().value()).session(mentee))
			.andExpect(status().isNotFound());
		assertThat(certificates.issueAtClosure(pair.mentorship())).as("a revoked certificate is not issued again by itself")
			.isEmpty();

		var reissued = certificates.issue(pair.coordinator(), pair.mentorship());
		assertThat(reissued.code()).isNotEqualTo(certificate.code());
		assertThat(reissued.automatic()).isFalse();
		assertThat(certificates.verify(certificate.code())).hasValueSatisfying(old -> assertThat(old.revoked()).isTrue());
		assertThat(certificates.status(pair.coordinator(), pair.mentorship()).revoked()).extracting(CertificateView::code)
			.containsExactly(certificate.code());
	}

	@Test
	void aPairShortOfTheRuleGetsNoCertificateAndIssuingByHandSaysWhatIsMissing() throws Exception {
		var pair = pair(CSCPQ);
		clock.advance(Duration.ofDays(2));
		var meeting = meetings.log(pair.asMentor(), pair.mentorship(), new MeetingDetails(today(), 90,
				MeetingMode.VIDEO, Set.of(), null, null)).meetings().get(0);
		meetings.confirm(pair.asMentee(), meeting.id(), meeting.version());
		close(pair, ClosureReason.WITHDRAWN, EmploymentStatus.SEEKING);

		assertThat(certificates.issueAtClosure(pair.mentorship())).isEmpty();
		var status = certificates.status(pair.coordinator(), pair.mentorship());
		assertThat(status.issued()).isFalse();
		assertThat(status.completion().holds()).isFalse();
		assertThat(status.completion().hoursDone()).isEqualTo(1.5);
		assertThat(status.completion().missing()).containsExactly(Completion.MISSING_HOURS, Completion.SESSIONS_UNKNOWN,
				Completion.OR_JOB, Completion.OR_ADMISSION);
		assertThat(status.mayIssue()).isTrue();
		assertThatThrownBy(() -> certificates.issue(pair.coordinator(), pair.mentorship()))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageCode", "certificate.issue.incomplete");
		assertThatThrownBy(() -> certificates.issue(pair.asMentee(), pair.mentorship()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> certificates.status(pair(CSCPQ).coordinator(), pair.mentorship()))
			.isInstanceOf(NotFoundException.class);

		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		mvc.perform(post("/mentorships/{id}/certificate", pair.mentorship().value()).session(coordinator)
			.with(csrf())
			.header("Accept-Language", "en"))
			.andExpect(flash().attribute("problem", allOf(containsString("cannot be issued"),
					containsString("1.5 hours of the 144 required"), containsString("group sessions is not known"),
					containsString("a job in the field"), containsString("academic program"))));
		mvc.perform(post("/api/mentorships/{id}/certificate", pair.mentorship().value())
			.with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", allOf(containsString("ne peut pas être délivrée"),
					containsString("1,5 heures sur les 144 exigées"), containsString("domaine d’expertise"))));
		mvc.perform(get("/api/mentorships/{id}/certificate", pair.mentorship().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.certificate.completion.holds").value(false))
			.andExpect(jsonPath("$.certificate.issued").value(false))
			.andExpect(jsonPath("$.missing[0]").value("1.5 hours of the 144 required"));
		mvc.perform(get("/mentorships/{id}/certificate.pdf", pair.mentorship().value())
			.session(Fixtures.signIn(mvc, pair.asMentee().email()))).andExpect(status().isNotFound());
		assertThat(certificatesOf(pair)).isZero();
	}

	@Test
	void hoursConfirmedAndWeeksCompleteWhereTheProgramAsksNoSessions() throws Exception {
		var pair = pair(new CompletionRule(2, BigDecimal.valueOf(2), false, false, false));
		clock.advance(Duration.ofDays(15));
		var logged = meetings.log(pair.asMentor(), pair.mentorship(), new MeetingDetails(today(), 120,
				MeetingMode.IN_PERSON, Set.of(), null, null)).meetings().get(0);
		assertThat(certificates.status(pair.coordinator(), pair.mentorship()).completion().missing())
			.as("a meeting counts once confirmed")
			.containsExactly(Completion.MISSING_HOURS);
		meetings.confirm(pair.asMentee(), logged.id(), logged.version());
		var open = certificates.status(pair.coordinator(), pair.mentorship());
		assertThat(open.completion().holds()).isTrue();
		assertThat(open.completion().weeksDone()).isEqualTo(2);
		close(pair, ClosureReason.COMPLETED, EmploymentStatus.SEEKING);
		var certificate = awaitCertificate(pair);
		assertThat(certificate.basis()).isEqualTo(CompletionBasis.HOURS_AND_SESSIONS);
		assertThat(certificate.hours()).isEqualByComparingTo("2.0");
		assertThat(certificate.weeks()).isEqualTo(2);
		assertThat(certificate.startedOn()).isEqualTo(today().minusDays(15));
	}

	@Test
	void sessionsNotKnownYetKeepTheHoursFromCompleting() {
		var pair = pair(new CompletionRule(null, BigDecimal.valueOf(1), true, false, false));
		clock.advance(Duration.ofDays(1));
		var logged = meetings.log(pair.asMentor(), pair.mentorship(), new MeetingDetails(today(), 90,
				MeetingMode.IN_PERSON, Set.of(), null, null)).meetings().get(0);
		meetings.confirm(pair.asMentee(), logged.id(), logged.version());
		var completion = certificates.status(pair.coordinator(), pair.mentorship()).completion();
		assertThat(completion.holds()).isFalse();
		assertThat(completion.missing()).containsExactly(Completion.SESSIONS_UNKNOWN);
	}

	@Test
	void theMandatorySessionsTakenAtTheirAttendanceDecideWithTheHours() {
		var pair = pair(new CompletionRule(null, BigDecimal.valueOf(1), true, false, false));
		var other = Pair.agreed(pair.program(), proposals, agreements, mentorships, today());
		var session = activities.schedule(pair.coordinator(), pair.program().program().id(),
				new ActivityDetails(ActivityKind.PEER_SUPPORT, "Rencontre de pairs", null, today().plusDays(1).atTime(18, 0),
						90, null, "En ligne", true, null));
		var invited = activities.invite(pair.coordinator(), session.id(), session.version(), Set.of(),
				List.of(pair.mentee(), other.mentee()));
		clock.advance(Duration.ofDays(2));
		activities.takeAttendance(pair.coordinator(), session.id(), invited.version(),
				Map.of(pair.mentee(), Attendance.PRESENT, other.mentee(), Attendance.ABSENT));
		for (var each : List.of(pair, other)) {
			var logged = meetings.log(each.asMentor(), each.mentorship(), new MeetingDetails(today(), 90,
					MeetingMode.IN_PERSON, Set.of(), null, null)).meetings().get(0);
			meetings.confirm(each.asMentee(), logged.id(), logged.version());
		}
		assertThat(certificates.status(pair.coordinator(), pair.mentorship()).completion().holds()).isTrue();
		var missed = certificates.status(other.coordinator(), other.mentorship()).completion();
		assertThat(missed.holds()).isFalse();
		assertThat(missed.missing()).containsExactly(Completion.MISSING_SESSIONS);
	}

	@Test
	void theMentorshipPageShowsTheStatusAndTheDownloadsToThoseWhoMayHaveThem() throws Exception {
		var pair = pair(CSCPQ);
		close(pair, ClosureReason.EMPLOYED, EmploymentStatus.EMPLOYED_IN_FIELD);
		var certificate = awaitCertificate(pair);
		var id = pair.mentorship().value();

		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		var detail = Jsoup.parse(mvc.perform(get("/mentorships/{id}", id).session(mentee))
			.andReturn().getResponse().getContentAsString());
		var loader = detail.selectFirst("#certificate [hx-get]");
		assertThat(loader).isNotNull();
		assertThat(loader.attr("hx-get")).isEqualTo("/mentorships/" + id + "/certificate");
		assertThat(loader.selectFirst("a[href=/mentorships/" + id + "/certificate]")).as("without JavaScript").isNotNull();

		var fragment = Jsoup.parse(mvc.perform(get("/mentorships/{id}/certificate", id).session(mentee)
			.header("HX-Request", "true")
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(fragment.select("html body > *").first().id()).isEqualTo("certificate-status");
		assertThat(fragment.selectFirst("#completion-holds").text()).contains("a job in the field of expertise");
		assertThat(fragment.select("a[href*=certificate.pdf]").eachAttr("href")).containsExactly(
				"/mentorships/" + id + "/certificate.pdf?lang=fr", "/mentorships/" + id + "/certificate.pdf?lang=en",
				"/mentorships/" + id + "/certificate.pdf?lang=both");
		assertThat(fragment.text()).contains(certificate.code());
		assertThat(fragment.select("form")).as("the mentee neither issues nor revokes").isEmpty();

		var page = Jsoup.parse(mvc.perform(get("/mentorships/{id}/certificate", id).session(mentee))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.selectFirst("h1")).isNotNull();
		assertThat(page.selectFirst("#certificate-status")).isNotNull();

		var mentor = Jsoup.parse(mvc.perform(get("/mentorships/{id}/certificate", id)
			.session(Fixtures.signIn(mvc, pair.asMentor().email()))
			.header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(mentor.selectFirst("#certificate-issued")).isNotNull();
		assertThat(mentor.select("a[href*=certificate.pdf]")).isEmpty();
		assertThat(mentor.text()).doesNotContain(certificate.code());

		var coordinator = Jsoup.parse(mvc.perform(get("/mentorships/{id}/certificate", id)
			.session(Fixtures.signIn(mvc, pair.coordinator().email()))
			.header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(coordinator.selectFirst("form[action$=/certificate/revoke] label[for=revoke-reason]")).isNotNull();
		assertThat(coordinator.select("a[href*=certificate.pdf]")).hasSize(3);

		mvc.perform(get("/mentorships/{id}/certificate", id)
			.session(Fixtures.signIn(mvc, pair(CSCPQ).asMentee().email()))).andExpect(status().isNotFound());
	}

	@Test
	void theVerificationPageIsPublicAndTheRestOfTheCertificatesIsNot() throws Exception {
		mvc.perform(get("/certificates/verify")).andExpect(status().isOk());
		mvc.perform(get("/api/certificates/{code}", "PSR-0000-0000-0000")).andExpect(status().isNotFound());
		var pair = pair(CSCPQ);
		mvc.perform(get("/mentorships/{id}/certificate", pair.mentorship().value()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/mentorships/{id}/certificate.pdf", pair.mentorship().value()))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/mentorships/{id}/certificate", pair.mentorship().value()))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/certificates/{code}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/mentorships/{id}/certificate.pdf'].get").exists())
			.andExpect(jsonPath("$.paths['/api/mentorships/{id}/certificate/revoke'].post").exists());
	}
}
