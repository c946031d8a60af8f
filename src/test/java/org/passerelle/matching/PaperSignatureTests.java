package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People without e-mail or a computer sign the agreement on paper; a coordinator records it on
 * their behalf, with the day and the scan, from the page and the API (R-ACC-3).
 */
@IntegrationTest
class PaperSignatureTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	Proposals proposals;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	MentoringAgreements agreements;

	@Test
	void aCoordinatorRecordsBothPaperSignaturesAndTheMentorshipStarts() throws Exception {
		var f = program();
		var match = introduced(f);
		var coordinator = httpBasic(f.coordinator().email(), Fixtures.PASSWORD);
		var today = LocalDate.now();

		mvc.perform(post("/api/matches/{id}/paper-signature", match.id().value()).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"version\": %d, \"side\": \"MENTEE\", \"signedOn\": \"%s\"}".formatted(match.version(),
					today)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INTRODUCED"))
			.andExpect(jsonPath("$.signatures[0].side").value("MENTEE"))
			.andExpect(jsonPath("$.signatures[0].signedOnPaper").value(today.toString()))
			.andExpect(jsonPath("$.signatures[0].recordedBy").value("Person COORDINATOR"))
			.andExpect(jsonPath("$.signatures[0].scanKept").value(false))
			.andExpect(jsonPath("$.signatures[1].signedOnPaper").doesNotExist());

		mvc.perform(post("/api/matches/{id}/paper-signature", match.id().value()).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"version\": %d, \"side\": \"MENTEE\", \"signedOn\": \"%s\"}".formatted(match.version() + 1, today)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("The mentee has already signed this agreement."));

		var scan = new MockMultipartFile("scan", "entente-signée.pdf", "application/pdf", PDF);
		mvc.perform(multipart("/api/matches/{id}/paper-signature", match.id().value()).file(scan)
			.with(coordinator)
			.param("version", String.valueOf(match.version() + 1))
			.param("side", "MENTOR")
			.param("signedOn", today.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.signatures[1].scanKept").value(true));

		mvc.perform(get("/api/matches/{id}/paper-signature/MENTOR/scan", match.id().value()).with(coordinator))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/api/matches/{id}/paper-signature/MENTEE/scan", match.id().value()).with(coordinator))
			.andExpect(status().isNotFound());

		var started = Eventually.value(() -> mentorships.dashboard(f.coordinator()), list -> !list.isEmpty());
		assertThat(started).hasSize(1);
		var page = mvc.perform(get("/matches/{id}", match.id().value()).session(Fixtures.signIn(mvc, f.coordinator().email()))
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Sur papier, signée le", "consignée par Person COORDINATOR",
				"Copie numérisée de la page signée");
	}

	@Test
	void aPairWhoSignedOnPaperWeeksAgoHasItsMentorshipStartTheDayTheSecondOneSigned() {
		var f = program();
		var today = LocalDate.now();
		var mentee = f.mentee("Awa", "21231", MatchingFixtures.both(), null, null);
		var mentor = f.mentor("Luc", "21231", MatchingFixtures.both(), null, null, 1);
		var match = proposals.propose(f.coordinator(), f.program().id(), mentee, mentor, Locale.CANADA);
		match = proposals.answer(f.coordinator(), match.id(), match.version(), Audience.MENTEE,
				org.passerelle.matching.Decision.ACCEPTED, null, Locale.CANADA);
		match = proposals.answer(f.coordinator(), match.id(), match.version(), Audience.MENTOR,
				org.passerelle.matching.Decision.ACCEPTED, null, Locale.CANADA);
		match = proposals.recordIntroduction(f.coordinator(), match.id(), match.version(), today.minusWeeks(6),
				Locale.CANADA);
		match = agreements.signOnPaper(f.coordinator(), match.id(), match.version(), Audience.MENTOR,
				today.minusWeeks(6), null, Locale.CANADA);
		agreements.signOnPaper(f.coordinator(), match.id(), match.version(), Audience.MENTEE, today.minusWeeks(5), null,
				Locale.CANADA);

		var started = Eventually.value(() -> mentorships.dashboard(f.coordinator()), list -> !list.isEmpty());
		assertThat(started).singleElement()
			.satisfies(mentorship -> assertThat(mentorship.startedOn()).isEqualTo(today.minusWeeks(5)));
	}

	@Test
	void aPaperSignatureIsRefusedWithItsReasonAndNothingChanges() throws Exception {
		var f = program();
		var match = introduced(f);
		var coordinator = httpBasic(f.coordinator().email(), Fixtures.PASSWORD);

		mvc.perform(post("/api/matches/{id}/paper-signature", match.id().value()).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "fr")
			.content("{\"version\": %d, \"side\": \"MENTEE\", \"signedOn\": \"%s\"}".formatted(match.version(),
					LocalDate.now().plusDays(2))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("La date de la signature ne peut pas être dans l’avenir.")));
		mvc.perform(post("/api/matches/{id}/paper-signature", match.id().value()).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"version\": %d, \"side\": \"MENTEE\", \"signedOn\": \"%s\"}".formatted(match.version(),
					LocalDate.now().minusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("cannot be before the introduction meeting")));
		mvc.perform(post("/api/matches/{id}/paper-signature", match.id().value()).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": %d, \"signedOn\": \"%s\"}".formatted(match.version(), LocalDate.now())))
			.andExpect(status().isBadRequest());
		var text = new MockMultipartFile("scan", "scan.pdf", "application/pdf", "not a scan".getBytes());
		mvc.perform(multipart("/api/matches/{id}/paper-signature", match.id().value()).file(text)
			.with(coordinator)
			.header("Accept-Language", "en")
			.param("version", String.valueOf(match.version()))
			.param("side", "MENTEE")
			.param("signedOn", LocalDate.now().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The scan must be a PDF, JPEG or PNG file.")));

		var mentorUser = f.fixtures().user(Role.MENTOR, f.lead(), Language.FR);
		participants.linkAccount(Actor.system(), match.mentor(), mentorUser.id());
		mvc.perform(post("/api/matches/{id}/paper-signature", match.id().value())
			.with(httpBasic(mentorUser.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": %d, \"side\": \"MENTEE\", \"signedOn\": \"%s\"}".formatted(match.version(),
					LocalDate.now())))
			.andExpect(status().isNotFound());

		var unchanged = proposals.find(f.coordinator(), match.id(), Locale.CANADA);
		assertThat(unchanged.version()).isEqualTo(match.version());
		assertThat(unchanged.signatures()).noneMatch(MatchView.Signature::signed);
	}

	@Test
	void theCoordinatorRecordsAPaperSignatureFromTheMatchPage() throws Exception {
		var f = program();
		var match = introduced(f);
		var session = Fixtures.signIn(mvc, f.coordinator().email());
		var page = mvc.perform(get("/matches/{id}", match.id().value()).session(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Record a signature on paper", "Scan of the signed page (optional)");

		mvc.perform(multipart("/matches/{id}/paper-signature", match.id().value()).session(session)
			.with(csrf())
			.param("version", String.valueOf(match.version()))
			.param("side", Audience.MENTOR.name())
			.param("signedOn", LocalDate.now().toString()))
			.andExpect(flash().attribute("saved", "agreement.paper.recorded"));
		mvc.perform(multipart("/matches/{id}/paper-signature", match.id().value()).session(session)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("version", String.valueOf(match.version() + 1))
			.param("side", Audience.MENTOR.name())
			.param("signedOn", LocalDate.now().toString()))
			.andExpect(flash().attribute("problem", "The mentor has already signed this agreement."));
	}

	private MatchingFixtures program() {
		return MatchingFixtures.anyPairProgram(new Fixtures(organisations, users), programs, participants);
	}

	private MatchView introduced(MatchingFixtures f) {
		return f.introducedPair(proposals, LocalDate.now());
	}
}
