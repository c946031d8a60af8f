package org.passerelle.reporting;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PostalCode;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserView;
import org.passerelle.matching.Decision;
import org.passerelle.matching.MatchId;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipId;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.MentorshipSummary;
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
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramType;
import org.passerelle.referral.ReferralId;
import org.passerelle.referral.ReferralManagement;

/**
 * Programs, people, pairs, mentorships and referrals made through the modules' own services on
 * chosen days, for the reports to count.
 */
record ReportingData(Fixtures fixtures, ProgramManagement programs, ParticipantManagement participants,
		Proposals proposals, MentoringAgreements agreements, MentorshipManagement mentorships,
		ReferralManagement referrals, MovableClock clock) {

	static final Locale LOCALE = Locale.CANADA;

	/** A one-to-one program of its own, with its coordinator. */
	Program program(String name) {
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		for (var criterion : MatchingCriterion.values()) {
			weights.put(criterion, criterion == MatchingCriterion.OCCUPATION ? 100 : 0);
		}
		var program = programs.create(Actor.system(), new ProgramDetails(Fixtures.unique(name), null, lead,
				ProgramType.OPEN, ProgramFormat.ONE_TO_ONE, ProgramRules.builder().minimumMatchScore(0).build(),
				Set.of(Language.FR, Language.EN), weights, Set.of()));
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		return new Program(program.id(), program.name(), actor(coordinator), lead);
	}

	/** A person enrolled today, with an account to sign the agreement with. */
	Person enrolled(Program program, Audience role) {
		return person(program, role, ParticipationStatus.ENROLLED);
	}

	Person person(Program program, Audience role, ParticipationStatus status) {
		var user = fixtures.user(role == Audience.MENTEE ? Role.MENTEE : Role.MENTOR, program.lead());
		var id = participants.register(program.coordinator(), details(role == Audience.MENTOR ? 2 : null),
				new ParticipantManagement.Enrolment(program.id(), role, status), true).id();
		participants.linkAccount(Actor.system(), id, user.id());
		return new Person(id, actor(user));
	}

	/** Proposed, accepted by both, introduced and signed by both today: the mentorship starts. */
	MentorshipId pair(Program program, Person mentee, Person mentor) {
		var match = proposals.propose(program.coordinator(), program.id(), mentee.id(), mentor.id(), LOCALE);
		var one = proposals.answer(program.coordinator(), match.id(), match.version(), Audience.MENTEE,
				Decision.ACCEPTED, null, LOCALE);
		var both = proposals.answer(program.coordinator(), match.id(), one.version(), Audience.MENTOR,
				Decision.ACCEPTED, null, LOCALE);
		var introduced = proposals.recordIntroduction(program.coordinator(), match.id(), both.version(),
				LocalDate.now(clock), LOCALE);
		var signed = agreements.sign(mentee.actor(), match.id(), introduced.version(), LOCALE);
		agreements.sign(mentor.actor(), match.id(), signed.version(), LOCALE);
		return mentorshipOf(program, match.id(), mentee);
	}

	/**
	 * Proposed and accepted today; introduced, and the agreement signed by both on paper, on a day
	 * past: the coordinator records it afterwards.
	 */
	MentorshipId pairSignedOnPaper(Program program, Person mentee, Person mentor, LocalDate signedOn) {
		var match = proposals.propose(program.coordinator(), program.id(), mentee.id(), mentor.id(), LOCALE);
		match = proposals.answer(program.coordinator(), match.id(), match.version(), Audience.MENTEE,
				Decision.ACCEPTED, null, LOCALE);
		match = proposals.answer(program.coordinator(), match.id(), match.version(), Audience.MENTOR,
				Decision.ACCEPTED, null, LOCALE);
		match = proposals.recordIntroduction(program.coordinator(), match.id(), match.version(), signedOn, LOCALE);
		match = agreements.signOnPaper(program.coordinator(), match.id(), match.version(), Audience.MENTEE, signedOn,
				null, LOCALE);
		agreements.signOnPaper(program.coordinator(), match.id(), match.version(), Audience.MENTOR, signedOn, null,
				LOCALE);
		return mentorshipOf(program, match.id(), mentee);
	}

	/** The mentorship the signed agreement started, once its module has heard of it. */
	private MentorshipId mentorshipOf(Program program, MatchId match, Person mentee) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> mentorships.dashboard(program.coordinator())
				.stream()
				.filter(summary -> summary.mentee().equals(mentee.id()))
				.map(MentorshipSummary::id)
				.findFirst(), found -> found.isPresent())
			.orElseThrow();
	}

	void close(Program program, MentorshipId mentorship, EmploymentStatus employment, LocalDate on) {
		var view = mentorships.find(program.coordinator(), mentorship);
		mentorships.close(program.coordinator(), mentorship, view.version(), ClosureReason.COMPLETED, employment, false,
				on, null);
	}

	/** An agency of its own, with an account. */
	Actor agency() {
		return actor(fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY)));
	}

	ReferralId draft(Actor agency, Program program) {
		return referrals.refer(agency, program.id(), details(null), "Ready", true, LOCALE).id();
	}

	ReferralId submitted(Actor agency, Program program) {
		var referral = draft(agency, program);
		referrals.submit(agency, referral, LOCALE);
		return referral;
	}

	/** Submitted and returned for a missing document: the agency has yet to correct it. */
	ReferralId returned(Actor agency, Program program) {
		var referral = submitted(agency, program);
		referrals.returnToAgency(program.coordinator(), referral,
				referrals.find(program.coordinator(), referral, LOCALE).version(), List.of(), "Please attach the CV.",
				LOCALE);
		return referral;
	}

	/** Submitted, returned for a missing document, submitted again and admitted. */
	ReferralId returnedThenAdmitted(Actor agency, Program program) {
		var referral = submitted(agency, program);
		var returned = referrals.returnToAgency(program.coordinator(), referral,
				referrals.find(program.coordinator(), referral, LOCALE).version(), List.of(), "Please attach the CV.",
				LOCALE);
		referrals.submit(agency, returned.id(), LOCALE);
		referrals.admit(program.coordinator(), referral, referrals.find(program.coordinator(), referral, LOCALE).version(),
				"Welcome", LOCALE);
		return referral;
	}

	void nextDay() {
		clock.advance(Duration.ofDays(1));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	static Actor actor(UserView user) {
		return new Actor(user.id(), user.email(), user.role(), user.organisationId());
	}

	static ParticipantDetails details(Integer capacity) {
		var last = "Person" + UUID.randomUUID().toString().substring(0, 8);
		return new ParticipantDetails("Amina", last, last.toLowerCase(Locale.ROOT) + "@example.org", null, null,
				Language.FR, null, PostalCode.parse("J8T 7T9").orElseThrow(), null, null,
				List.of(new LanguageSkill("fr", 9)), "21231", "21231", null, null, null, null, null, null, null, null,
				null, null, null, Set.of(AvailabilitySlot.WEEKDAY_EVENING), false, Set.of(), null, null, null, null,
				null, capacity, null, null);
	}

	record Program(ProgramId id, String name, Actor coordinator, OrganisationId lead) {
	}

	record Person(ParticipantId id, Actor actor) {
	}
}
