package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramDetails;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A program's pool read in a few statements whatever its size, kept between requests, and
 * forgotten as soon as something it was built from changes.
 */
@IntegrationTest
class MatchPoolTests {

	@Autowired
	MatchPools pools;

	@Autowired
	MatchPoolCache cache;

	@Autowired
	MatchSuggestions suggestions;

	@Autowired
	Proposals proposals;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	EntityManagerFactory entityManagers;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
	}

	MatchingFixtures program() {
		return MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(50, 50, 0, 0),
				ProgramRules.builder().minimumMatchScore(0).build(), Set.of(Language.FR, Language.EN));
	}

	MatchingFixtures programOf(int mentees, int mentors) {
		var f = program();
		for (int i = 0; i < mentees; i++) {
			f.mentee("Mentee" + i, "21231", MatchingFixtures.both(), "H2X 1Y4", "software");
		}
		for (int i = 0; i < mentors; i++) {
			f.mentor("Mentor" + i, "21231", MatchingFixtures.french(), "H2X 1Y4", "software", 2);
		}
		return f;
	}

	@Test
	void readingAPoolTakesAsManyStatementsForThirtyPeopleAsForThree() {
		var small = programOf(2, 1);
		var large = programOf(20, 10);

		long forSmall = statements(() -> pools.build(small.program().id()));
		long forLarge = statements(() -> pools.build(large.program().id()));

		assertThat(pools.build(large.program().id()).mentees()).hasSize(20);
		assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(16);
	}

	@Test
	void aPoolIsKeptBetweenReadsAndEveryChangeShowsInTheNextSuggestions() {
		var f = program();
		var mentee = f.mentee("Amina", "21231", MatchingFixtures.french(), "H2X 1Y4", "software");
		var same = f.mentor("Bruno", "21231", MatchingFixtures.french(), "H2X 1Y4", "software", 1);
		var other = f.mentor("Chloé", "41200", MatchingFixtures.french(), "H2X 1Y4", "software", 1);

		var first = scores(f, mentee);
		long builds = cache.builds();
		assertThat(scores(f, mentee)).isEqualTo(first);
		assertThat(cache.builds()).as("the second read builds nothing").isEqualTo(builds);
		assertThat(first.get(same)).isGreaterThan(first.get(other));

		var chloe = directory.find(f.coordinator(), other);
		participants.change(f.coordinator(), other, chloe.version(), MatchingFixtures.details("Chloé", "21231", null,
				MatchingFixtures.french(), "H2X 1Y4", "software", 1));
		var edited = scores(f, mentee);
		assertThat(edited.get(other)).as("an occupation edited").isEqualTo(edited.get(same));

		var newcomer = f.mentor("Denis", "21231", MatchingFixtures.french(), "H2X 1Y4", "software", 1);
		assertThat(scores(f, mentee)).as("a mentor enrolled").containsKey(newcomer);

		proposals.propose(f.coordinator(), f.program().id(), mentee, same, Locale.CANADA);
		assertThat(suggest(f, mentee).blocked()).as("a match proposed").isEqualTo(Exclusion.ALREADY_MATCHED);

		var view = programs.find(Actor.system(), f.program().id());
		programs.change(Actor.system(), view.id(), view.version(),
				new ProgramDetails(view.name(), view.description(), view.leadOrganisation(), view.type(), view.format(),
						ProgramRules.builder().minimumMatchScore(60).build(), view.languages(), view.weights(), view.intake()));
		assertThat(suggestions.overview(f.coordinator(), view.id()).minimumScore()).as("the program's rules changed")
			.isEqualTo(60);
	}

	@Test
	void twoReadersAtOnceShareOneBuild() throws Exception {
		var f = programOf(2, 1);
		var program = f.program().id();
		var builds = new AtomicInteger();
		var started = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		Function<ProgramId, MatchPool> slowBuild = id -> {
			builds.incrementAndGet();
			started.countDown();
			await(release);
			return pools.build(id);
		};
		cache.changed(program);

		var first = CompletableFuture.supplyAsync(() -> cache.get(program, slowBuild));
		await(started);
		var reader = new Thread[1];
		var second = new CompletableFuture<MatchPool>();
		reader[0] = Thread.ofPlatform().start(() -> second.complete(cache.get(program, slowBuild)));
		Eventually.value(() -> reader[0].getState(), state -> state == Thread.State.WAITING);
		release.countDown();

		assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
		assertThat(builds).hasValue(1);
	}

	@Test
	void aPoolBuiltWhileSomethingChangedIsNotKept() throws Exception {
		var f = programOf(2, 1);
		var program = f.program().id();
		var builds = new AtomicInteger();
		var started = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		cache.changed(program);
		var first = CompletableFuture.supplyAsync(() -> cache.get(program, id -> {
			builds.incrementAndGet();
			started.countDown();
			await(release);
			return pools.build(id);
		}));
		await(started);
		cache.changed(program);
		release.countDown();
		var stale = first.get(10, TimeUnit.SECONDS);

		var next = cache.get(program, id -> {
			builds.incrementAndGet();
			return pools.build(id);
		});

		assertThat(next).isNotSameAs(stale);
		assertThat(builds).hasValue(2);
	}

	private Map<ParticipantId, Double> scores(MatchingFixtures f, ParticipantId mentee) {
		return suggest(f, mentee).best()
			.stream()
			.collect(Collectors.toMap(Suggestion::person, Suggestion::score));
	}

	private Suggestions suggest(MatchingFixtures f, ParticipantId mentee) {
		return suggestions.suggestMentors(f.coordinator(), f.program().id(), mentee, 10, Locale.CANADA);
	}

	private long statements(Runnable read) {
		var statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			read.run();
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
