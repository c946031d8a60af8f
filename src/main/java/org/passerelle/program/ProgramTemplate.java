package org.passerelle.program;

import static org.passerelle.program.MatchingCriterion.AVAILABILITY;
import static org.passerelle.program.MatchingCriterion.CAREER_GOALS;
import static org.passerelle.program.MatchingCriterion.CULTURE;
import static org.passerelle.program.MatchingCriterion.INDUSTRY;
import static org.passerelle.program.MatchingCriterion.LANGUAGE;
import static org.passerelle.program.MatchingCriterion.OCCUPATION;
import static org.passerelle.program.MatchingCriterion.PERSONALITY;
import static org.passerelle.program.MatchingCriterion.PROXIMITY;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.Province;
import org.passerelle.program.EligibilityCriterion.AgeBetween;
import org.passerelle.program.EligibilityCriterion.Attestation;
import org.passerelle.program.EligibilityCriterion.CommitmentAtLeast;
import org.passerelle.program.EligibilityCriterion.ExperienceAtLeast;
import org.passerelle.program.EligibilityCriterion.ForeignDiploma;
import org.passerelle.program.EligibilityCriterion.ImmigrationStatusIn;
import org.passerelle.program.EligibilityCriterion.LanguageBenchmarkAtLeast;
import org.passerelle.program.EligibilityCriterion.MemberOf;
import org.passerelle.program.EligibilityCriterion.ResidentOf;
import org.passerelle.program.EligibilityCriterion.WorkshopAttended;
import org.passerelle.program.EligibilityCriterion.YearsInCanadaAtMost;
import org.passerelle.reference.ImmigrationStatus;

/**
 * Every program model of the seed documents (R-PRG-4), so that each can be created in one step
 * and then adjusted. Names and descriptions are message keys {@code ProgramTemplate.NAME} and
 * {@code ProgramTemplate.NAME.description}.
 */
public enum ProgramTemplate {

	/** Seeds 000 and 001: Québec pluriel, CJEO in the Outaouais. */
	QUEBEC_PLURIEL,
	/** Seed 002: meetings every two weeks for at least 12 weeks. */
	SOIIT,
	/** Seed 003: OCISO's open career mentoring (Mentorat d'affaires). */
	OCISO_CAREER_MENTORING,
	/** Seed 003, annex B: Toronto's Mentoring Partnership, matching on NOC and NAICS. */
	TRIEC_MENTORING_PARTNERSHIP,
	/** Seed 003, annex B: Calgary's Mentoring Collaborative. */
	CRIEC_MENTORING_COLLABORATIVE,
	/** Seed 003, annex B: London's one-to-one stream, mentors affiliated with a partner. */
	LMIEC_ONE_TO_ONE,
	/** Seed 003, annex B: London's group stream, 8 to 10 mentees with 2 or 3 mentors. */
	LMIEC_GROUP,
	/** Seed 003, annex B: London's peer stream. */
	LMIEC_PEER,
	/** Seed 003, annex B: Halifax's Connector Program. */
	HALIFAX_CONNECTOR,
	/** Seed 003, annex B: Vancouver's internal program run by a host employer. */
	IECBC_NEWCOMERS_MENTORSHIP,
	/** Seed 004: 3-month professional placement for professionals with disabilities. */
	CSCPQ_PLACEMENT,
	/** Seed 003, annex A: Algonquin College's mentorship, part of bridging programs. */
	ALGONQUIN_MENTORSHIP_EXPERIENCE,
	/** Seed 003, annex A: MAPLE, placements with employers' staff as mentors. */
	MAPLE,
	/** Seed 003, annex A: Federal Internship for Newcomers. */
	FEDERAL_INTERNSHIP_FOR_NEWCOMERS,
	/** Seed 003, annex A: career transition for foreign-trained physicians. */
	FOREIGN_TRAINED_PHYSICIANS,
	/** Seed 003, annex A: Ontario self-employment benefit, up to 42 weeks. */
	SELF_EMPLOYMENT_BENEFIT,
	/** Seed 003, annex A: Youth Futures, 7 months, ages 16 to 21, student mentors. */
	YOUTH_FUTURES,
	/** Seed 003, annex A: HRPA Ottawa mentoring, for members of the association. */
	HRPA_MENTORING,
	/** Seed 003, annex A: Volunteerism to Employment, 12 h a week, at most 3 months. */
	VOLUNTEERISM_TO_EMPLOYMENT;

	/**
	 * Stands for the lead organisation in a template shown before any program exists: "member of
	 * the lead organisation".
	 */
	public static final OrganisationId LEAD = new OrganisationId(new java.util.UUID(0, 0));

	/** What a template gives a new program; it is then adjusted like any program. */
	public record Definition(ProgramType type, ProgramFormat format, ProgramRules rules, Set<Language> languages,
			Map<MatchingCriterion, Integer> weights, List<EligibilityCriterion> menteeCriteria,
			List<EligibilityCriterion> mentorCriteria) {
	}

	/** The message key of this template's name. */
	public String nameKey() {
		return "ProgramTemplate." + name();
	}

	/**
	 * The program this template describes, led by {@code lead} (internal programs take their
	 * mentors, or members, from it).
	 */
	public Definition definition(OrganisationId lead) {
		var rules = ProgramRules.builder();
		return switch (this) {
			case QUEBEC_PLURIEL -> new Definition(ProgramType.OPEN, ProgramFormat.ONE_TO_ONE,
					rules.minimumMeetingMinutes(60).checkInEveryWeeks(4).extensionAllowed(true).menteesMayApply(true).build(),
					Set.of(Language.FR), weights(30, 15, 20, 15, 5, 5, 5, 5),
					List.of(attestation("newcomer-or-visible-minority-youth",
							"I am a newcomer or a young person of a visible minority looking for work.",
							"Je suis une personne nouvellement arrivée ou un jeune d’une minorité visible en recherche d’emploi.")),
					List.of(attestation("experienced-worker-or-retired", "I am an experienced worker or a retired volunteer.",
							"Je suis un travailleur expérimenté ou un retraité bénévole.")));
			case SOIIT -> new Definition(ProgramType.OPEN, ProgramFormat.ONE_TO_ONE,
					rules.durationWeeks(12).meetingCadence(MeetingCadence.EVERY_TWO_WEEKS).checkInEveryWeeks(4)
						.extensionAllowed(true).completion(CompletionRule.afterWeeks(12)).build(),
					Set.of(Language.FR), weights(30, 15, 20, 15, 5, 5, 5, 5), List.of(), List.of());
			case OCISO_CAREER_MENTORING -> new Definition(ProgramType.OPEN, ProgramFormat.ONE_TO_ONE,
					rules.durationWeeks(13).meetingCadence(MeetingCadence.WEEKLY).minimumMeetingMinutes(60)
						.checkInEveryWeeks(4).extensionAllowed(true).completion(CompletionRule.afterWeeks(13)).build(),
					Set.of(Language.EN, Language.FR), weights(30, 15, 15, 15, 10, 5, 5, 5),
					List.of(new ImmigrationStatusIn(Set.of(ImmigrationStatus.PERMANENT_RESIDENT,
							ImmigrationStatus.CONVENTION_REFUGEE)), new ForeignDiploma(),
							new LanguageBenchmarkAtLeast(Language.EN, 5), new ResidentOf(Province.ON),
							new WorkshopAttended("job-search", "Job-search workshop", "Atelier de recherche d’emploi")),
					List.of(new ExperienceAtLeast(2, ExperienceRegion.CANADA),
							attestation("professional-network", "I have contacts in employment and professional networks.",
									"J’ai des contacts dans les réseaux de l’emploi et les réseaux professionnels."),
							attestation("listening-skills", "I have interpersonal and listening skills.",
									"J’ai des aptitudes interpersonnelles et d’écoute."),
							attestation("transition-awareness",
									"I am aware of the professional and cultural transitions newcomers go through.",
									"Je suis conscient des transitions professionnelles et culturelles que vivent les personnes immigrantes."),
							new CommitmentAtLeast(3)));
			case TRIEC_MENTORING_PARTNERSHIP -> new Definition(ProgramType.OPEN, ProgramFormat.ONE_TO_ONE,
					rules.durationWeeks(17).targetContactHours(24).checkInEveryWeeks(4)
						.completion(new CompletionRule(17, BigDecimal.valueOf(24), false, true, false)).build(),
					Set.of(Language.EN), weights(40, 25, 10, 10, 0, 5, 5, 5), List.of(new ForeignDiploma()),
					List.of(new CommitmentAtLeast(4)));
			case CRIEC_MENTORING_COLLABORATIVE -> new Definition(ProgramType.OPEN, ProgramFormat.ONE_TO_ONE,
					rules.durationWeeks(17).targetContactHours(24).checkInEveryWeeks(4)
						.completion(new CompletionRule(17, BigDecimal.valueOf(24), false, true, false)).build(),
					Set.of(Language.EN), weights(40, 20, 10, 10, 5, 5, 5, 5), List.of(),
					List.of(new ExperienceAtLeast(5, ExperienceRegion.ANYWHERE)));
			case LMIEC_ONE_TO_ONE -> new Definition(ProgramType.OPEN, ProgramFormat.ONE_TO_ONE,
					rules.durationWeeks(17).mentorsMustBeAffiliated(true).checkInEveryWeeks(4)
						.completion(CompletionRule.afterWeeks(17)).build(),
					Set.of(Language.EN), weights(35, 20, 10, 15, 5, 5, 5, 5), List.of(), List.of());
			case LMIEC_GROUP -> new Definition(ProgramType.OPEN, ProgramFormat.GROUP,
					rules.durationWeeks(12).groupSize(8, 10, 2, 3).mentorCapacity(5).mentorsMustBeAffiliated(true)
						.groupSessions(true, 2).completion(CompletionRule.afterWeeks(12)).build(),
					Set.of(Language.EN), weights(35, 30, 10, 10, 5, 0, 5, 5), List.of(), List.of());
			case LMIEC_PEER -> new Definition(ProgramType.OPEN, ProgramFormat.PEER,
					rules.durationWeeks(12).meetingCadence(MeetingCadence.EVERY_TWO_WEEKS).mentorsMustBeAffiliated(true)
						.completion(CompletionRule.afterWeeks(12)).build(),
					Set.of(Language.EN), weights(30, 20, 15, 15, 10, 5, 0, 5), List.of(), List.of());
			case HALIFAX_CONNECTOR -> new Definition(ProgramType.OPEN, ProgramFormat.CONNECTOR,
					rules.introductions(30, 3).mentorCapacity(10).menteesMayApply(true).build(), Set.of(Language.EN),
					weights(40, 30, 10, 10, 0, 0, 10, 0), List.of(), List.of());
			case IECBC_NEWCOMERS_MENTORSHIP -> new Definition(ProgramType.INTERNAL, ProgramFormat.ONE_TO_ONE,
					rules.durationWeeks(17).checkInEveryWeeks(4).completion(CompletionRule.afterWeeks(17)).build(),
					Set.of(Language.EN), weights(35, 20, 10, 15, 5, 5, 5, 5), List.of(), List.of(new MemberOf(lead)));
			case CSCPQ_PLACEMENT -> new Definition(ProgramType.OPEN, ProgramFormat.PLACEMENT,
					rules.durationWeeks(13).weeklyPlacementHours(12).targetContactHours(144).groupSessions(true, 2)
						.checkInEveryWeeks(4).retentionMonths(6).menteesMayApply(true)
						.completion(new CompletionRule(null, BigDecimal.valueOf(144), true, true, true)).build(),
					Set.of(Language.FR), weights(35, 20, 15, 10, 0, 5, 10, 5),
					List.of(attestation("professional-with-disability", "I am a professional living with a disability.",
							"Je suis une personne professionnelle vivant avec un handicap.")),
					List.of(attestation("confidentiality", "I will sign the confidentiality and privacy documents.",
							"Je signerai les documents de confidentialité et de protection des renseignements personnels.")));
			case ALGONQUIN_MENTORSHIP_EXPERIENCE -> new Definition(ProgramType.INTEGRATED, ProgramFormat.ONE_TO_ONE,
					rules.durationWeeks(12).build(), Set.of(Language.EN), weights(40, 20, 10, 10, 5, 5, 5, 5),
					List.of(new MemberOf(lead)), List.of());
			case MAPLE -> new Definition(ProgramType.INTEGRATED, ProgramFormat.PLACEMENT,
					rules.durationWeeks(12).build(), Set.of(Language.EN), weights(40, 25, 10, 10, 0, 5, 5, 5),
					List.of(new MemberOf(lead)), List.of());
			case FEDERAL_INTERNSHIP_FOR_NEWCOMERS -> new Definition(ProgramType.INTEGRATED, ProgramFormat.PLACEMENT,
					rules.durationWeeks(26).build(), Set.of(Language.EN, Language.FR),
					weights(40, 25, 10, 10, 0, 5, 5, 5), List.of(new MemberOf(lead)), List.of());
			case FOREIGN_TRAINED_PHYSICIANS -> new Definition(ProgramType.INTEGRATED, ProgramFormat.ONE_TO_ONE,
					rules.build(), Set.of(Language.EN), weights(50, 20, 10, 10, 0, 5, 0, 5), List.of(new MemberOf(lead)),
					List.of(attestation("licensed-physician", "I am a physician licensed to practise in Ontario.",
							"Je suis médecin autorisé à exercer en Ontario.")));
			case SELF_EMPLOYMENT_BENEFIT -> new Definition(ProgramType.INTEGRATED, ProgramFormat.ONE_TO_ONE,
					rules.durationWeeks(42).build(), Set.of(Language.EN), weights(30, 30, 10, 15, 0, 5, 5, 5),
					List.of(new MemberOf(lead)), List.of());
			case YOUTH_FUTURES -> new Definition(ProgramType.INTEGRATED, ProgramFormat.GROUP,
					rules.durationWeeks(30).groupSize(8, 10, 2, 3).mentorCapacity(5).build(), Set.of(Language.EN),
					weights(20, 10, 15, 25, 10, 10, 5, 5), List.of(new AgeBetween(16, 21)),
					List.of(attestation("post-secondary-student", "I am a college or university student.",
							"Je suis étudiant au collège ou à l’université.")));
			case HRPA_MENTORING -> new Definition(ProgramType.INTERNAL, ProgramFormat.ONE_TO_ONE,
					rules.durationWeeks(26).build(), Set.of(Language.EN), weights(40, 10, 10, 20, 5, 5, 5, 5),
					List.of(new MemberOf(lead)), List.of(new MemberOf(lead)));
			case VOLUNTEERISM_TO_EMPLOYMENT -> new Definition(ProgramType.INTEGRATED, ProgramFormat.PLACEMENT,
					rules.durationWeeks(13).weeklyPlacementHours(12).build(), Set.of(Language.EN),
					weights(40, 25, 10, 10, 0, 5, 5, 5),
					List.of(new ForeignDiploma(), new ExperienceAtLeast(2, ExperienceRegion.ABROAD),
							new YearsInCanadaAtMost(5),
							attestation("no-canadian-experience", "I have no work experience in Canada in my field.",
									"Je n’ai aucune expérience de travail au Canada dans mon domaine.")),
					List.of());
		};
	}

	/**
	 * The intake steps a program of this model requires before matching: the checks of the CSCPQ
	 * placement (004), OCISO's needs assessment, orientation and the mentors' two workshops (003),
	 * and otherwise an interview and an orientation session for everyone.
	 */
	public Set<IntakeRequirement> intake() {
		return switch (this) {
			case CSCPQ_PLACEMENT -> both(IntakeStep.INTERVIEW, IntakeStep.REFERENCE_CHECK, IntakeStep.POLICE_CHECK,
					IntakeStep.CONFIDENTIALITY_SIGNED);
			case OCISO_CAREER_MENTORING -> {
				var steps = new java.util.HashSet<IntakeRequirement>();
				steps.add(new IntakeRequirement(Audience.MENTEE, IntakeStep.INTERVIEW));
				steps.add(new IntakeRequirement(Audience.MENTEE, IntakeStep.ORIENTATION_SESSION));
				for (var step : List.of(IntakeStep.INTERVIEW, IntakeStep.ORIENTATION_SESSION, IntakeStep.MENTOR_WORKSHOP_1,
						IntakeStep.MENTOR_WORKSHOP_2)) {
					steps.add(new IntakeRequirement(Audience.MENTOR, step));
				}
				yield Set.copyOf(steps);
			}
			case HALIFAX_CONNECTOR -> Set.of(new IntakeRequirement(Audience.MENTOR, IntakeStep.ORIENTATION_SESSION));
			default -> both(IntakeStep.INTERVIEW, IntakeStep.ORIENTATION_SESSION);
		};
	}

	private static Set<IntakeRequirement> both(IntakeStep... steps) {
		var requirements = new java.util.HashSet<IntakeRequirement>();
		for (var step : steps) {
			requirements.add(new IntakeRequirement(Audience.MENTEE, step));
			requirements.add(new IntakeRequirement(Audience.MENTOR, step));
		}
		return Set.copyOf(requirements);
	}

	private static Map<MatchingCriterion, Integer> weights(int occupation, int industry, int language, int careerGoals,
			int culture, int personality, int proximity, int availability) {
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		weights.put(OCCUPATION, occupation);
		weights.put(INDUSTRY, industry);
		weights.put(LANGUAGE, language);
		weights.put(CAREER_GOALS, careerGoals);
		weights.put(CULTURE, culture);
		weights.put(PERSONALITY, personality);
		weights.put(PROXIMITY, proximity);
		weights.put(AVAILABILITY, availability);
		return weights;
	}

	private static Attestation attestation(String key, String english, String french) {
		return new Attestation(key, english, french);
	}
}
