package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two coordinators confirming at the same moment pairs that would exceed a mentor's capacity:
 * one is refused, and the capacity is never exceeded (R-MAT-4).
 */
@IntegrationTest
class MentorCapacityTests {

	@Autowired
	Proposals proposals;

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

	@Test
	void neverExceedsMentorCapacityUnderConcurrentConfirmation() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var f = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.basic(), Set.of(Language.FR));
		var second = fixtures.user(Role.COORDINATOR, f.lead());
		programs.assignCoordinators(Actor.system(), f.program().id(),
				Set.of(f.coordinator().userId(), second.id()));
		var other = new Actor(second.id(), second.email(), Role.COORDINATOR, f.lead());
		var mentor = f.mentor("Unique", "21231", MatchingFixtures.french(), null, null, 2);

		for (int round = 0; round < 5; round++) {
			var mentees = new ArrayList<ParticipantId>();
			for (int i = 0; i < 4; i++) {
				mentees.add(f.mentee("Waiting" + round + i, "21231", MatchingFixtures.french(), null, null));
			}
			var start = new CountDownLatch(1);
			var pool = Executors.newFixedThreadPool(4);
			var results = new ArrayList<Future<Boolean>>();
			for (int i = 0; i < mentees.size(); i++) {
				var actor = i % 2 == 0 ? f.coordinator() : other;
				var mentee = mentees.get(i);
				results.add(pool.submit((Callable<Boolean>) () -> {
					start.await();
					try {
						proposals.propose(actor, f.program().id(), mentee, mentor, Locale.CANADA);
						return true;
					}
					catch (RuleViolationException ex) {
						assertThat(ex.messageCode()).isEqualTo("match.mentorFull");
						return false;
					}
				}));
			}
			start.countDown();
			int accepted = 0;
			for (var result : results) {
				accepted += result.get() ? 1 : 0;
			}
			pool.shutdown();
			int open = jdbc.sql("select count(*) from match where mentor_id = ? and status = 'PROPOSED'")
				.param(mentor.value())
				.query(Integer.class)
				.single();
			int load = jdbc.sql("select load from mentor_load where mentor_id = ?").param(mentor.value()).query(Integer.class).single();
			assertThat(open).as("open proposals of a mentor of capacity 2").isEqualTo(2);
			assertThat(load).isEqualTo(2);
			assertThat(accepted).as("four coordinators' proposals for two places").isEqualTo(2);
			// free the places, so that the next round races for them again
			for (var match : proposals.matches(f.coordinator(), f.program().id())) {
				if (match.status() == MatchStatus.PROPOSED) {
					var view = proposals.find(f.coordinator(), match.id(), Locale.CANADA);
					proposals.cancel(f.coordinator(), match.id(), view.version(), Locale.CANADA);
				}
			}
			assertThat(jdbc.sql("select load from mentor_load where mentor_id = ?").param(mentor.value())
				.query(Integer.class).single()).isZero();
		}
	}
}
