package org.passerelle.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.passerelle.Fixtures;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PostalCode;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.AvailabilitySlot;
import org.passerelle.participant.LanguageSkill;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.MatchingCriterion;
import org.passerelle.program.ProgramDetails;
import org.passerelle.program.ProgramFormat;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramType;
import org.passerelle.program.ProgramView;

/**
 * A program of its own for each test, with a coordinator, and people described only by what
 * matching looks at.
 */
public record MatchingFixtures(Fixtures fixtures, ProgramManagement programs, ParticipantManagement participants,
		ProgramView program, Actor coordinator, OrganisationId lead) {

	public static MatchingFixtures create(Fixtures fixtures, ProgramManagement programs, ParticipantManagement participants,
			Map<MatchingCriterion, Integer> weights, ProgramRules rules, Set<Language> languages) {
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.create(Actor.system(), new ProgramDetails(Fixtures.unique("Matching"), null, lead,
				ProgramType.OPEN, ProgramFormat.ONE_TO_ONE, rules, languages, weights, Set.of()));
		var user = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(user.id()));
		return new MatchingFixtures(fixtures, programs, participants, programs.find(Actor.system(), program.id()),
				new Actor(user.id(), user.email(), Role.COORDINATOR, lead), lead);
	}

	/** A program where any pair may be proposed (no least score), in French and English. */
	public static MatchingFixtures anyPairProgram(Fixtures fixtures, ProgramManagement programs,
			ParticipantManagement participants) {
		return create(fixtures, programs, participants, weights(60, 10, 20, 10),
				ProgramRules.builder().minimumMatchScore(0).build(), Set.of(Language.FR, Language.EN));
	}

	/** A pair who both said yes through the coordinator and met on {@code on}; neither has an account. */
	public MatchView introducedPair(Proposals proposals, java.time.LocalDate on) {
		var mentee = mentee("Fatou", "21231", both(), null, null);
		var mentor = mentor("Paul", "21231", both(), null, null, 1);
		var match = proposals.propose(coordinator, program.id(), mentee, mentor, java.util.Locale.CANADA);
		var one = proposals.answer(coordinator, match.id(), match.version(), Audience.MENTEE, Decision.ACCEPTED, null,
				java.util.Locale.CANADA);
		var both = proposals.answer(coordinator, match.id(), one.version(), Audience.MENTOR, Decision.ACCEPTED, null,
				java.util.Locale.CANADA);
		return proposals.recordIntroduction(coordinator, match.id(), both.version(), on, java.util.Locale.CANADA);
	}

	public static Map<MatchingCriterion, Integer> weights(int occupation, int language, int goals, int proximity) {
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		for (var criterion : MatchingCriterion.values()) {
			weights.put(criterion, 0);
		}
		weights.put(MatchingCriterion.OCCUPATION, occupation);
		weights.put(MatchingCriterion.LANGUAGE, language);
		weights.put(MatchingCriterion.CAREER_GOALS, goals);
		weights.put(MatchingCriterion.PROXIMITY, proximity);
		return weights;
	}

	public ParticipantId mentee(String name, String target, List<LanguageSkill> languages, String postalCode, String goals) {
		return enrol(Audience.MENTEE, details(name, null, target, languages, postalCode, goals, null));
	}

	public ParticipantId mentor(String name, String occupation, List<LanguageSkill> languages, String postalCode, String goals,
			Integer capacity) {
		return enrol(Audience.MENTOR, details(name, occupation, null, languages, postalCode, goals, capacity));
	}

	public ParticipantId enrol(Audience role, ParticipantDetails details) {
		return participants.register(coordinator, details,
				new ParticipantManagement.Enrolment(program.id(), role, ParticipationStatus.ENROLLED), true).id();
	}

	public static ParticipantDetails details(String name, String occupation, String target, List<LanguageSkill> languages,
			String postalCode, String goals, Integer capacity) {
		var last = name + UUID.randomUUID().toString().substring(0, 6);
		var preferred = languages.isEmpty() ? null : Language.fromCode(languages.get(0).code()).orElse(null);
		return new ParticipantDetails(name, last, last.toLowerCase() + "@example.org", null, null, preferred, null,
				postalCode == null ? null : PostalCode.parse(postalCode).orElseThrow(), null, null, languages, occupation,
				target, null, null, null, null, null, null, null, null, null, null, goals,
				Set.of(AvailabilitySlot.WEEKDAY_EVENING), false, Set.of(), null, null, null, null, null, capacity, null, null);
	}

	/** Runs the program's pool and waits for the run to end: a draft, or a failure. */
	public PoolRunView runPool(PoolRuns poolRuns) {
		var started = poolRuns.start(coordinator, program.id(), java.util.Locale.CANADA);
		return org.passerelle.Eventually.value(() -> poolRuns.run(coordinator, started.id(), java.util.Locale.CANADA),
				run -> !run.running());
	}

	/**
	 * Polls a run through the API until it ended, and answers its JSON: what a client does after the
	 * 202 of starting it.
	 */
	public static String awaitRun(org.springframework.test.web.servlet.MockMvc mvc,
			org.springframework.test.web.servlet.request.RequestPostProcessor as, String run) {
		return org.passerelle.Eventually.value(() -> {
			try {
				return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.get("/api/matching/runs/{id}", run).with(as).header("Accept-Language", "en"))
					.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, json -> !"RUNNING".equals(com.jayway.jsonpath.JsonPath.read(json, "$.status")));
	}

	public static List<LanguageSkill> french() {
		return List.of(new LanguageSkill("fr", 9));
	}

	public static List<LanguageSkill> english() {
		return List.of(new LanguageSkill("en", 9));
	}

	public static List<LanguageSkill> both() {
		return List.of(new LanguageSkill("fr", 9), new LanguageSkill("en", 9));
	}
}
