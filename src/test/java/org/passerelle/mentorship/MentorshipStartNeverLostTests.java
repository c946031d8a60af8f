package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.EventPublications;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchId;
import org.passerelle.matching.MatchView;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Both people signed: the mentorship starts, even when the work between the signature and the start
 * is killed (issue 10, "no lost events"). The database refuses the mentorship while the test says
 * so — as a node stopping or a database failing in the middle would — and the publication of
 * {@code MentorshipAgreed} to the starter stays in the registry until it is handed again: by the
 * job a minute later, or at the next start.
 */
@IntegrationTest
class MentorshipStartNeverLostTests {

	@Autowired
	MockMvc mvc;

	@Value("${passerelle.admin.email}")
	String admin;

	@Value("${passerelle.admin.password}")
	String password;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublications publications;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationContext context;

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

	@Test
	void aMentorshipWhoseStartFailedAfterBothSignedStartsOnceWhenTheJobHandsItAgain() throws Exception {
		var f = program();
		var match = introduced(f);
		refuseMentorships();

		signBothOnPaper(f, match);

		var starter = Eventually.value(() -> starterPublication(match.id()), publication -> "FAILED".equals(publication.status()));
		assertThat(starter.completed()).isFalse();
		assertThat(otherPublications(match.id())).as("the other listeners of the signature did their part")
			.isNotEmpty()
			.allMatch(Publication::completed);
		assertThat(mentorshipsOf(match.id())).isZero();
		assertThat(incompleteInMetrics()).as("what operators see").isPositive().isEqualTo(publications.countIncomplete());

		acceptMentorships();
		publications.resubmitIncompletePublications();
		assertThat(starterPublication(match.id()).status()).as("not handed again before it is a minute old")
			.isEqualTo("FAILED");

		clock.advance(Duration.ofMinutes(2));
		publications.resubmitIncompletePublications();

		var handedAgain = Eventually.value(() -> starterPublication(match.id()), Publication::completed);
		assertThat(handedAgain.attempts()).isEqualTo(2);
		assertThat(mentorshipsOf(match.id())).isOne();
	}

	@Test
	void aMentorshipWhoseStartWasCutByANodeStoppingStartsAtTheNextStart() throws Exception {
		var f = program();
		var match = introduced(f);
		refuseMentorships();
		signBothOnPaper(f, match);
		Eventually.value(() -> starterPublication(match.id()), publication -> "FAILED".equals(publication.status()));
		// what a node killed while the starter ran leaves behind: a publication being processed
		jdbc.sql("update event_publication set status = 'PROCESSING' where id = ?")
			.param(starterPublication(match.id()).id())
			.update();
		acceptMentorships();

		// what Spring Modulith runs when the application starts (republish-outstanding-events-on-restart)
		((SmartInitializingSingleton) context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME))
			.afterSingletonsInstantiated();

		Eventually.value(() -> starterPublication(match.id()), Publication::completed);
		assertThat(mentorshipsOf(match.id())).isOne();
	}

	@Test
	void aMentorshipAgreedHandedTwiceStartsOnce() throws Exception {
		var f = program();
		var match = introduced(f);
		signBothOnPaper(f, match);
		var first = Eventually.value(() -> starterPublication(match.id()), Publication::completed);
		assertThat(mentorshipsOf(match.id())).isOne();

		// a node stopped after the mentorship started and before its publication was marked completed
		jdbc.sql("update event_publication set status = 'PROCESSING', completion_date = null where id = ?")
			.param(first.id())
			.update();
		clock.advance(Duration.ofMinutes(2));
		publications.resubmitIncompletePublications();

		Eventually.value(() -> starterPublication(match.id()), publication -> publication.completed()
				&& publication.attempts() == 2);
		assertThat(mentorshipsOf(match.id())).isOne();
	}

	@Test
	void theDailyCleanupForgetsCompletedPublicationsAfterAWeekAndKeepsTheFailedOnes() throws Exception {
		var f = program();
		var started = introduced(f);
		signBothOnPaper(f, started);
		Eventually.value(() -> starterPublication(started.id()), Publication::completed);
		var failing = introduced(f);
		refuseMentorships();
		signBothOnPaper(f, failing);
		Eventually.value(() -> starterPublication(failing.id()), publication -> "FAILED".equals(publication.status()));

		clock.advance(Duration.ofDays(6));
		publications.deleteCompletedPublications();
		assertThat(publicationsOf(started.id())).as("kept a week").isPositive();

		clock.advance(Duration.ofDays(2));
		publications.deleteCompletedPublications();
		assertThat(publicationsOf(started.id())).isZero();
		assertThat(starterPublication(failing.id()).completed()).isFalse();
	}

	@AfterEach
	void acceptMentorships() {
		jdbc.sql("drop trigger if exists refuse_mentorship on mentorship").update();
		jdbc.sql("drop function if exists refuse_mentorship()").update();
	}

	/** The database refuses any new mentorship, as it would while failing. */
	private void refuseMentorships() {
		jdbc.sql("""
				create function refuse_mentorship() returns trigger language plpgsql as $$
				begin
				    raise exception 'the work between the signature and the start is killed here';
				end $$""").update();
		jdbc.sql("""
				create trigger refuse_mentorship before insert on mentorship
				for each row execute function refuse_mentorship()""").update();
	}

	private void signBothOnPaper(MatchingFixtures f, MatchView match) throws Exception {
		var coordinator = httpBasic(f.coordinator().email(), Fixtures.PASSWORD);
		var version = match.version();
		for (var side : new Audience[] { Audience.MENTEE, Audience.MENTOR }) {
			mvc.perform(post("/api/matches/{id}/paper-signature", match.id().value()).with(coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": %d, \"side\": \"%s\", \"signedOn\": \"%s\"}".formatted(version++, side,
						LocalDate.now(clock))))
				.andExpect(status().isOk());
		}
	}

	/** The gauge of incomplete publications, as a monitoring system scrapes it. */
	private int incompleteInMetrics() throws Exception {
		var metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, password)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var line = metrics.lines().filter(it -> it.startsWith("passerelle_events_incomplete ")).findFirst().orElseThrow();
		return (int) Double.parseDouble(line.substring(line.indexOf(' ') + 1));
	}

	private int mentorshipsOf(MatchId match) {
		return jdbc.sql("select count(*) from mentorship where match_id = ?").param(match.value()).query(Integer.class).single();
	}

	private int publicationsOf(MatchId match) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + match.value() + "%")
			.query(Integer.class)
			.single();
	}

	private Publication starterPublication(MatchId match) {
		return jdbc.sql("""
				select id, status, completion_date is not null, coalesce(completion_attempts, 0) from event_publication
				where listener_id like '%MentorshipStarter%' and serialized_event like ?""")
			.param("%" + match.value() + "%")
			.query((rs, row) -> new Publication(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
					rs.getInt(4)))
			.single();
	}

	private List<Publication> otherPublications(MatchId match) {
		return jdbc.sql("""
				select id, status, completion_date is not null, coalesce(completion_attempts, 0) from event_publication
				where listener_id not like '%MentorshipStarter%' and event_type like '%MentorshipAgreed'
				and serialized_event like ?""")
			.param("%" + match.value() + "%")
			.query((rs, row) -> new Publication(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
					rs.getInt(4)))
			.list();
	}

	private MatchingFixtures program() {
		return MatchingFixtures.anyPairProgram(new Fixtures(organisations, users), programs, participants);
	}

	private MatchView introduced(MatchingFixtures f) {
		return f.introducedPair(proposals, LocalDate.now(clock));
	}

	record Publication(UUID id, String status, boolean completed, int attempts) {
	}
}
