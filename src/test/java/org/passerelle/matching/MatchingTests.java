package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.MatchingCriterion;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Suggestions with their reasons, hard rules, the optimal pool run against greedy, and a proposal
 * carried to a signed agreement — on the real database.
 */
@IntegrationTest
class MatchingTests {

	@Autowired
	MatchSuggestions matchSuggestions;

	@Autowired
	PoolRuns poolRuns;

	@Autowired
	Proposals proposals;

	@Autowired
	MatchingPreferences matchingPreferences;

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

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
	}

	MatchingFixtures program(int occupation, int language, int goals, int proximity, int minimum) {
		return MatchingFixtures.create(fixtures, programs, participants,
				MatchingFixtures.weights(occupation, language, goals, proximity),
				ProgramRules.builder().minimumMatchScore(minimum).build(), Set.of(Language.FR, Language.EN));
	}

	@Test
	void suggestionsRankMentorsAndSayWhyInTheReadersLanguage() {
		var f = program(50, 10, 30, 10, 0);
		var mentee = f.mentee("Amina", "21231", MatchingFixtures.both(), "H2X 1Y4",
				"Je veux devenir ingénieure logicielle en développement Java");
		var best = f.mentor("Marc", "21231", MatchingFixtures.french(), "H2X 3A1",
				"Ingénieur logiciel, je guide en développement Java et en architecture", 2);
		var near = f.mentor("Lucie", "21232", MatchingFixtures.french(), "K1Y 2X5", "Programmation web", 1);
		var far = f.mentor("Paul", "11101", MatchingFixtures.english(), null, "Comptabilité et fiscalité", 1);

		var suggestions = matchSuggestions.suggestMentors(f.coordinator(), f.program().id(), mentee, 10, Locale.CANADA_FRENCH);
		assertThat(suggestions.blocked()).isNull();
		assertThat(suggestions.best()).extracting(Suggestion::person).containsExactly(best, near, far);
		var first = suggestions.best().get(0);
		assertThat(first.score()).isGreaterThan(suggestions.best().get(1).score());
		assertThat(first.contributions()).extracting(Contribution::criterion)
			.containsExactly(MatchingCriterion.OCCUPATION, MatchingCriterion.CAREER_GOALS, MatchingCriterion.LANGUAGE,
					MatchingCriterion.PROXIMITY);
		assertThat(first.contributions().get(0).reason())
			.isEqualTo("Même profession : 21231 Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel");
		assertThat(first.contributions().get(0).points()).isEqualTo(50);
		assertThat(first.contributions().get(1).reason()).startsWith("Objectifs en commun : ").contains("java");
		assertThat(first.contributions().get(2).reason()).isEqualTo("Parlent tous deux français");
		assertThat(suggestions.best().get(1).contributions().get(0).reason())
			.isEqualTo("Même groupe intermédiaire : 2123 " + titleOf("2123"));
		assertThat(first.contributions().stream().mapToDouble(Contribution::points).sum())
			.isCloseTo(first.score(), org.assertj.core.api.Assertions.within(0.1));

		var english = matchSuggestions.suggestMentors(f.coordinator(), f.program().id(), mentee, 1, Locale.CANADA);
		assertThat(english.best()).singleElement().satisfies(suggestion -> assertThat(suggestion.contributions().get(0).reason())
			.isEqualTo("Same occupation: 21231 Software engineers and designers"));

		var forMentor = matchSuggestions.suggestMentees(f.coordinator(), f.program().id(), best, 5, Locale.CANADA);
		assertThat(forMentor.best()).extracting(Suggestion::person).containsExactly(mentee);
	}

	String titleOf(String code) {
		return jdbc.sql("select title_fr from classification_class where classification = 'NOC_2021' and code = ?")
			.param(code)
			.query(String.class)
			.optional()
			.orElse(code);
	}

	@Test
	void hardRulesSetPairsAsideAndSayWhy() {
		var f = program(100, 0, 0, 0, 0);
		var mentee = f.mentee("Nour", "21231", MatchingFixtures.french(), null, null);
		var english = f.mentor("John", "21231", MatchingFixtures.english(), null, null, 1);
		var conflicted = f.mentor("Jean", "21231", MatchingFixtures.french(), null, null, 1);
		var fine = f.mentor("Josée", "21231", MatchingFixtures.french(), null, null, 1);
		var full = f.mentor("Rémi", "21231", MatchingFixtures.french(), null, null, 1);
		var other = f.mentee("Omar", "21231", MatchingFixtures.french(), null, null);
		proposals.propose(f.coordinator(), f.program().id(), other, full, Locale.CANADA);
		proposals.declareConflict(f.coordinator(), f.program().id(), mentee, conflicted, "Cousins");

		var suggestions = matchSuggestions.suggestMentors(f.coordinator(), f.program().id(), mentee, 10, Locale.CANADA);
		assertThat(suggestions.best()).extracting(Suggestion::person).containsExactly(fine);
		assertThat(suggestions.considered()).isEqualTo(4);
		assertThat(suggestions.excluded()).containsEntry(Exclusion.NO_SHARED_LANGUAGE, 1)
			.containsEntry(Exclusion.CONFLICT, 1)
			.containsEntry(Exclusion.MENTOR_FULL, 1);
		assertThat(matchSuggestions.explain(f.coordinator(), f.program().id(), mentee, english, Locale.CANADA).exclusion())
			.isEqualTo(Exclusion.NO_SHARED_LANGUAGE);
		assertThatThrownBy(() -> proposals.propose(f.coordinator(), f.program().id(), mentee, conflicted, Locale.CANADA))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageCode", "match.excluded");
		assertThatThrownBy(() -> proposals.propose(f.coordinator(), f.program().id(), mentee, full, Locale.CANADA))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageCode", "match.mentorFull");

		// intake incomplete: a program requiring an interview sets everyone aside until it is passed
		var withIntake = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(1, 0, 0, 0),
				ProgramRules.basic(), Set.of(Language.FR));
		var details = programs.find(Actor.system(), withIntake.program().id());
		programs.change(Actor.system(), details.id(), details.version(),
				new org.passerelle.program.ProgramDetails(details.name(), null, details.leadOrganisation(), details.type(),
						details.format(), details.rules(), details.languages(), details.weights(),
						Set.of(new org.passerelle.program.IntakeRequirement(Audience.MENTEE,
								org.passerelle.program.IntakeStep.INTERVIEW))));
		var waiting = withIntake.mentee("Ali", "21231", MatchingFixtures.french(), null, null);
		withIntake.mentor("Anne", "21231", MatchingFixtures.french(), null, null, 1);
		assertThat(matchSuggestions
			.suggestMentors(withIntake.coordinator(), withIntake.program().id(), waiting, 5, Locale.CANADA)
			.blocked()).isEqualTo(Exclusion.NOT_MATCHABLE);
		participants.recordScreening(withIntake.coordinator(), waiting, org.passerelle.program.IntakeStep.INTERVIEW,
				LocalDate.now().minusDays(1), org.passerelle.participant.ScreeningOutcome.PASSED, null, null);
		assertThat(matchSuggestions
			.suggestMentors(withIntake.coordinator(), withIntake.program().id(), waiting, 5, Locale.CANADA)
			.best()).hasSize(1);
	}

	@Test
	void thePoolRunFindsTheBestTotalWhereTakingTheBestPairFirstLeavesAMenteeAlone() {
		var f = program(100, 0, 0, 0, 50);
		// Aya fits both mentors; Bruno speaks only French, so only Xavier can take him.
		var aya = f.mentee("Aya", "21231", MatchingFixtures.both(), null, null);
		var bruno = f.mentee("Bruno", "21232", MatchingFixtures.french(), null, null);
		var nobody = f.mentee("Chen", "72310", MatchingFixtures.both(), null, null);
		var xavier = f.mentor("Xavier", "21231", MatchingFixtures.both(), null, null, 1);
		var yan = f.mentor("Yan", "21232", MatchingFixtures.english(), null, null, 1);

		var run = f.runPool(poolRuns);
		assertThat(run.draft()).isTrue();
		assertThat(run.menteesWaiting()).isEqualTo(3);
		assertThat(run.optimalMatched()).isEqualTo(2);
		assertThat(run.optimalTotal()).isEqualTo(160);
		assertThat(run.greedyMatched()).isEqualTo(1);
		assertThat(run.greedyTotal()).isEqualTo(100);
		assertThat(run.optimalWorst()).isEqualTo(80);
		assertThat(run.pairs()).filteredOn(pair -> pair.mentee().equals(aya)).singleElement()
			.satisfies(pair -> assertThat(pair.mentor()).isEqualTo(yan));
		assertThat(run.pairs()).filteredOn(pair -> pair.mentee().equals(bruno)).singleElement()
			.satisfies(pair -> assertThat(pair.mentor()).isEqualTo(xavier));
		assertThat(run.pairs()).filteredOn(pair -> pair.mentee().equals(nobody)).singleElement()
			.satisfies(pair -> assertThat(pair.mentor()).as("under the minimum score, Chen waits").isNull());

		// the coordinator gives Xavier to Aya instead: Bruno has nobody left
		assertThatThrownBy(() -> poolRuns.changePair(f.coordinator(), run.id(), run.version(), aya, xavier, Locale.CANADA))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageCode", "pool.pair.full");
		var freed = poolRuns.changePair(f.coordinator(), run.id(), run.version(), bruno, null, Locale.CANADA);
		var edited = poolRuns.changePair(f.coordinator(), run.id(), freed.version(), aya, xavier, Locale.CANADA);
		assertThat(edited.pairs()).filteredOn(pair -> pair.mentee().equals(aya)).singleElement().satisfies(pair -> {
			assertThat(pair.mentor()).isEqualTo(xavier);
			assertThat(pair.edited()).isTrue();
			assertThat(pair.score()).isEqualTo(100);
		});
		assertThatThrownBy(() -> poolRuns.confirm(f.coordinator(), run.id(), run.version(), Locale.CANADA))
			.as("confirming an outdated draft").isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		var proposed = poolRuns.confirm(f.coordinator(), run.id(), edited.version(), Locale.CANADA);
		assertThat(proposed).singleElement().satisfies(match -> {
			assertThat(match.mentee()).isEqualTo(aya);
			assertThat(match.mentor()).isEqualTo(xavier);
			assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
		});
		assertThat(matchSuggestions.overview(f.coordinator(), f.program().id()).free()).isEqualTo(1);

		// a second run has what is left: Bruno cannot have Yan (no French), so no acceptable pair
		var second = f.runPool(poolRuns);
		assertThat(second.status()).isEqualTo("FAILED");
		assertThat(second.failureCode()).isEqualTo("pool.failed.noAcceptablePair");
		assertThat(second.pairCount()).isZero();
	}

	@Test
	void aProgramWithNoMentorRefusesToRunItsPool() {
		var f = program(100, 0, 0, 0, 0);
		var mentee = f.mentee("Lina", "21231", MatchingFixtures.french(), null, null);
		assertThatThrownBy(() -> poolRuns.start(f.coordinator(), f.program().id(), Locale.CANADA))
			.isInstanceOf(PoolRunRefusedException.class)
			.hasFieldOrPropertyWithValue("messageCode", "pool.refused.noMentor");
		assertThat(poolRuns.runs(f.coordinator(), f.program().id(), Locale.CANADA)).isEmpty();
		var suggestions = matchSuggestions.suggestMentors(f.coordinator(), f.program().id(), mentee, 5, Locale.CANADA);
		assertThat(suggestions.best()).isEmpty();
		assertThat(suggestions.considered()).isZero();
	}

	@Test
	void aDeclineReturnsBothToThePoolAndThePairIsNeverProposedAgain() {
		var f = program(100, 0, 0, 0, 0);
		var mentee = f.mentee("Sara", "21231", MatchingFixtures.french(), null, null);
		var mentor = f.mentor("Luc", "21231", MatchingFixtures.french(), null, null, 1);
		var match = proposals.propose(f.coordinator(), f.program().id(), mentee, mentor, Locale.CANADA);
		assertThat(matchSuggestions.overview(f.coordinator(), f.program().id()).free()).isZero();
		assertThatThrownBy(() -> proposals.answer(f.coordinator(), match.id(), match.version(), Audience.MENTOR,
				Decision.DECLINED, " ", Locale.CANADA)).hasFieldOrPropertyWithValue("messageCode", "match.reason.required");
		var declined = proposals.answer(f.coordinator(), match.id(), match.version(), Audience.MENTOR, Decision.DECLINED,
				"Not available before spring", Locale.CANADA);
		assertThat(declined.status()).isEqualTo(MatchStatus.DECLINED);
		assertThat(declined.mentorReason()).isEqualTo("Not available before spring");
		var overview = matchSuggestions.overview(f.coordinator(), f.program().id());
		assertThat(overview.waiting()).isEqualTo(1);
		assertThat(overview.free()).isEqualTo(1);
		assertThat(matchSuggestions.explain(f.coordinator(), f.program().id(), mentee, mentor, Locale.CANADA).exclusion())
			.isEqualTo(Exclusion.DECLINED_BEFORE);
	}

	@Test
	void bothAcceptAreIntroducedAndSignTheAgreementThenTheMentorshipStarts() {
		var f = program(100, 0, 0, 0, 0);
		var menteeUser = fixtures.user(Role.MENTEE, f.lead());
		var mentorUser = fixtures.user(Role.MENTOR, f.lead());
		var mentee = f.mentee("Rania", "21231", MatchingFixtures.french(), null, null);
		var mentor = f.mentor("Hugo", "21231", MatchingFixtures.french(), null, null, 2);
		participants.linkAccount(Actor.system(), mentee, menteeUser.id());
		participants.linkAccount(Actor.system(), mentor, mentorUser.id());
		var asMentee = new Actor(menteeUser.id(), menteeUser.email(), Role.MENTEE, f.lead());
		var asMentor = new Actor(mentorUser.id(), mentorUser.email(), Role.MENTOR, f.lead());
		var stranger = fixtures.user(Role.MENTOR, f.lead());
		var asStranger = new Actor(stranger.id(), stranger.email(), Role.MENTOR, f.lead());

		var match = proposals.propose(f.coordinator(), f.program().id(), mentee, mentor, Locale.CANADA);
		assertThat(proposals.mine(asMentee)).extracting(MatchSummary::id).containsExactly(match.id());
		assertThatThrownBy(() -> proposals.find(asStranger, match.id(), Locale.CANADA)).isInstanceOf(NotFoundException.class);
		var seen = proposals.find(asMentee, match.id(), Locale.CANADA);
		assertThat(seen.mentorProfile().occupation()).isEqualTo("21231 Software engineers and designers");

		var accepted = proposals.answer(asMentee, match.id(), match.version(), null, Decision.ACCEPTED, null, Locale.CANADA);
		assertThat(accepted.status()).isEqualTo(MatchStatus.PROPOSED);
		assertThatThrownBy(() -> proposals.answer(asMentee, match.id(), accepted.version(), null, Decision.DECLINED, "No",
				Locale.CANADA)).hasFieldOrPropertyWithValue("messageCode", "match.alreadyAnswered");
		var both = proposals.answer(asMentor, match.id(), accepted.version(), null, Decision.ACCEPTED, null, Locale.CANADA);
		assertThat(both.status()).isEqualTo(MatchStatus.ACCEPTED);
		assertThatThrownBy(() -> agreements.sign(asMentee, match.id(), both.version(), Locale.CANADA))
			.hasFieldOrPropertyWithValue("messageCode", "match.notIntroduced");
		assertThatThrownBy(() -> proposals.recordIntroduction(f.coordinator(), match.id(), both.version(),
				LocalDate.now().plusDays(3), Locale.CANADA)).hasFieldOrPropertyWithValue("messageCode", "match.introduction.future");
		var introduced = proposals.recordIntroduction(f.coordinator(), match.id(), both.version(),
				LocalDate.now().minusDays(1), Locale.CANADA);
		assertThatThrownBy(() -> agreements.sign(f.coordinator(), match.id(), introduced.version(), Locale.CANADA))
			.hasFieldOrPropertyWithValue("messageCode", "match.sign.self");

		var agreement = agreements.agreement(f.coordinator(), f.program().id());
		assertThat(agreement.version()).isEqualTo(1);
		assertThat(agreement.textFr()).startsWith("Entente de mentorat de " + f.program().name());
		var onceSigned = agreements.sign(asMentee, match.id(), introduced.version(), Locale.CANADA);
		assertThat(onceSigned.status()).isEqualTo(MatchStatus.INTRODUCED);
		var republished = agreements.publish(f.coordinator(), f.program().id(), "Version two", "Version deux");
		assertThat(republished.version()).isEqualTo(2);
		var mentorSigned = agreements.sign(asMentor, match.id(), onceSigned.version(), Locale.CANADA);
		assertThat(mentorSigned.status()).as("the text changed: the mentee signs version 2 too")
			.isEqualTo(MatchStatus.INTRODUCED);
		assertThat(mentorSigned.menteeSignedAt()).isNull();
		var agreed = agreements.sign(asMentee, match.id(), mentorSigned.version(), Locale.CANADA);
		assertThat(agreed.status()).isEqualTo(MatchStatus.AGREED);
		assertThat(agreed.agreementVersion()).isEqualTo(2);
		assertThat(agreed.menteeSignedAt()).isNotNull();
		assertThat(agreed.mentorSignedAt()).isNotNull();
		assertThatThrownBy(() -> proposals.cancel(f.coordinator(), match.id(), agreed.version(), Locale.CANADA))
			.hasFieldOrPropertyWithValue("messageCode", "match.closed");
	}

	@Test
	void weightsAllZeroAreRefusedWithAMessage() {
		var f = program(100, 0, 0, 0, 0);
		var details = programs.find(Actor.system(), f.program().id());
		assertThatThrownBy(() -> programs.change(Actor.system(), details.id(), details.version(),
				new org.passerelle.program.ProgramDetails(details.name(), null, details.leadOrganisation(), details.type(),
						details.format(), details.rules(), details.languages(), MatchingFixtures.weights(0, 0, 0, 0),
						details.intake())))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageCode", "program.weights.none");
	}

	@Test
	void aPersonFillsInTheQuestionnaireOnlyWholly() {
		var f = program(100, 0, 0, 0, 0);
		var mentee = f.mentee("Inès", "21231", MatchingFixtures.french(), null, null);
		var saved = matchingPreferences.savePreferences(f.coordinator(), mentee, List.of(1, 2, 3, 4, 5, 3), true);
		assertThat(saved.personality()).containsExactly(1, 2, 3, 4, 5, 3);
		assertThat(saved.wantsCulturalMatch()).isTrue();
		assertThatThrownBy(() -> matchingPreferences.savePreferences(f.coordinator(), mentee, List.of(1, 2, 6), false))
			.isInstanceOf(org.passerelle.core.InvalidFieldException.class);
		assertThat(matchingPreferences.preferences(f.coordinator(), mentee).personality()).containsExactly(1, 2, 3, 4, 5, 3);
		assertThat(matchingPreferences.savePreferences(f.coordinator(), mentee, List.of(), false).personality()).isEmpty();
	}
}
