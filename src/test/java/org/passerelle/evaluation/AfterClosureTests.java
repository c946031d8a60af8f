package org.passerelle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What follows a closure beyond the follow-ups themselves: mentorships closed before the history
 * existed get their closure into it once; "send me a new link" sends a few a day at most, the page
 * saying the same either way; a person asked by link who has an account sees the request at home.
 */
@IntegrationTest
class AfterClosureTests {

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	QuestionnaireSchedule schedule;

	@Autowired
	QuestionnaireAnswers answers;

	@Autowired
	AnswerLinks links;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	MockMvc mvc;

	Pair pair;

	@BeforeEach
	void aPair() {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().build(), Set.of(Language.FR, Language.EN));
		pair = Pair.agreed(f, proposals, agreements, mentorships, LocalDate.now(clock));
	}

	private void close() {
		var view = mentorships.find(pair.coordinator(), pair.mentorship());
		mentorships.close(pair.coordinator(), pair.mentorship(), view.version(), ClosureReason.EMPLOYED,
				EmploymentStatus.EMPLOYED_IN_FIELD, false, LocalDate.now(clock), null);
	}

	private long closureEntries() {
		return jdbc.sql("select count(*) from employment_record where mentorship_id = ? and source = 'CLOSURE'")
			.param(pair.mentorship().value())
			.query(Long.class)
			.single();
	}

	@Test
	void aMentorshipClosedBeforeTheHistoryGetsItsClosureIntoTheHistoryOnceAndNoFollowUp() throws IOException {
		close();
		Eventually.value(this::closureEntries, count -> count == 1);
		// as it stood before the history existed
		jdbc.sql("delete from employment_record where mentorship_id = ?").param(pair.mentorship().value()).update();
		jdbc.sql("delete from employment_follow_up where mentorship_id = ?").param(pair.mentorship().value()).update();

		var migration = new ClassPathResource("db/migration/V57__employment_history_backfill_and_new_link_requests.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		var backfill = migration.substring(migration.indexOf("insert into employment_record"), migration.indexOf(';') + 1);
		jdbc.sql(backfill).update();
		jdbc.sql(backfill).update();

		assertThat(closureEntries()).as("once, however often it runs").isEqualTo(1);
		var entry = jdbc.sql("select status, recorded_on from employment_record where mentorship_id = ?")
			.param(pair.mentorship().value())
			.query((rs, row) -> rs.getString(1) + " " + rs.getDate(2).toLocalDate())
			.single();
		assertThat(entry).isEqualTo("EMPLOYED_IN_FIELD " + LocalDate.now(clock));
		assertThat(jdbc.sql("select count(*) from employment_follow_up where mentorship_id = ?")
			.param(pair.mentorship().value()).query(Long.class).single()).as("no follow-up e-mail for past dates").isZero();
	}

	@Test
	void newLinksAreSentThreeTimesADayAtMostAndThePageSaysTheSameEitherWay() throws Exception {
		var subject = UUID.randomUUID();
		assertThat(links.allowNewLink(AnswerLinkKind.FOLLOW_UP, subject)).isTrue();
		assertThat(links.allowNewLink(AnswerLinkKind.FOLLOW_UP, subject)).isTrue();
		assertThat(links.allowNewLink(AnswerLinkKind.FOLLOW_UP, subject)).isTrue();
		assertThat(links.allowNewLink(AnswerLinkKind.FOLLOW_UP, subject)).as("a fourth the same day").isFalse();
		assertThat(links.allowNewLink(AnswerLinkKind.QUESTIONNAIRE, subject)).as("counted per thing").isTrue();
		clock.advance(Duration.ofHours(25));
		assertThat(links.allowNewLink(AnswerLinkKind.FOLLOW_UP, subject)).as("the next day").isTrue();

		var questionnaire = questionnaires.createFromTemplate(pair.coordinator(), pair.program().program().id(),
				QuestionnaireTemplate.CLOSURE_EFFECTIVE_PRACTICE);
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where mentee_id = ?")
			.param(pair.mentee().value()).query(Long.class).single(), count -> count == 1);
		close();
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where mentee_id = ? and closed_on is not null")
			.param(pair.mentee().value()).query(Long.class).single(), count -> count == 1);
		schedule.send();
		var request = answers.requests(pair.coordinator(), questionnaire.id())
			.stream()
			.filter(r -> r.participant().equals(pair.mentee()))
			.findFirst()
			.orElseThrow();
		var allowed = newLinkPage(answers.link(request.id()));
		assertThat(count(request)).isEqualTo(1);
		// two more today, then the limit: the page says the same and nothing more is sent
		links.allowNewLink(AnswerLinkKind.QUESTIONNAIRE, request.id().value());
		links.allowNewLink(AnswerLinkKind.QUESTIONNAIRE, request.id().value());
		var refused = newLinkPage(answers.link(request.id()));
		assertThat(refused).isEqualTo(allowed);
		assertThat(count(request)).as("three new links a day, not four").isEqualTo(3);
	}

	private String newLinkPage(String token) throws Exception {
		var page = mvc.perform(post("/answers/questionnaires/" + token + "/new-link").with(csrf())
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var said = org.jsoup.Jsoup.parse(page).select("#new-link-sent").text();
		assertThat(said).isNotBlank();
		return said;
	}

	private long count(QuestionnaireRequestView request) {
		return jdbc.sql("select count(*) from answer_link_request where subject_id = ?")
			.param(request.id().value()).query(Long.class).single();
	}

	@Test
	void aPersonAskedByLinkWhoHasAnAccountFindsTheRequestInTheApplicationToo() {
		var questionnaire = questionnaires.createFromTemplate(pair.coordinator(), pair.program().program().id(),
				QuestionnaireTemplate.CLOSURE_EFFECTIVE_PRACTICE);
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where mentee_id = ?")
			.param(pair.mentee().value()).query(Long.class).single(), count -> count == 1);
		close();
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where mentee_id = ? and closed_on is not null")
			.param(pair.mentee().value()).query(Long.class).single(), count -> count == 1);
		schedule.send();
		var request = answers.requests(pair.coordinator(), questionnaire.id())
			.stream()
			.filter(r -> r.participant().equals(pair.mentee()))
			.findFirst()
			.orElseThrow();
		assertThat(request.byLink()).isTrue();
		var links = Eventually.value(() -> jdbc.sql("select link from notification where user_id = ? and code = ?")
			.params(pair.asMentee().userId().value(), "questionnaire.notification.requested")
			.query(String.class)
			.list(), found -> !found.isEmpty());
		assertThat(links).containsExactly("/questionnaires/requests/" + request.id());
	}
}
