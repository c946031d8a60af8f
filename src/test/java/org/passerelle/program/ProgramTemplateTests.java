package org.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.OrganisationId;

/**
 * The key rules of each program model, as the seeds state them.
 */
class ProgramTemplateTests {

	final OrganisationId lead = new OrganisationId(UUID.randomUUID());

	@Test
	void soiitMeetsEveryTwoWeeksForAtLeastTwelveWeeksAndMayContinue() {
		var soiit = ProgramTemplate.SOIIT.definition(lead);
		assertThat(soiit.rules().meetingCadence()).isEqualTo(MeetingCadence.EVERY_TWO_WEEKS);
		assertThat(soiit.rules().durationWeeks()).isEqualTo(12);
		assertThat(soiit.rules().completion().minimumWeeks()).isEqualTo(12);
		assertThat(soiit.rules().extensionAllowed()).isTrue();
	}

	@Test
	void cscpqIsATwelveHourAWeekPlacementOfThreeMonthsCompletedAt144HoursWithPeerMeetings() {
		var cscpq = ProgramTemplate.CSCPQ_PLACEMENT.definition(lead);
		assertThat(cscpq.format()).isEqualTo(ProgramFormat.PLACEMENT);
		assertThat(cscpq.rules().weeklyPlacementHours()).isEqualByComparingTo("12");
		assertThat(cscpq.rules().durationWeeks()).isEqualTo(13);
		assertThat(cscpq.rules().targetContactHours()).isEqualByComparingTo("144");
		assertThat(cscpq.rules().groupSessionsMandatory()).isTrue();
		assertThat(cscpq.rules().groupSessionEveryWeeks()).isEqualTo(2);
		assertThat(cscpq.rules().retentionMonths()).isEqualTo(6);
		var completion = cscpq.rules().completion();
		assertThat(completion.minimumHours()).isEqualByComparingTo(BigDecimal.valueOf(144));
		assertThat(completion.mandatorySessionsAttended()).isTrue();
		assertThat(completion.employmentInFieldCompletes()).isTrue();
		assertThat(completion.academicAdmissionCompletes()).isTrue();
	}

	@Test
	void triecAimsAtAbout24HoursOverFourMonthsAndWeighsOccupationAndIndustryMost() {
		var triec = ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP.definition(lead);
		assertThat(triec.rules().targetContactHours()).isEqualByComparingTo("24");
		assertThat(triec.rules().durationWeeks()).isBetween(16, 18);
		assertThat(triec.weights().get(MatchingCriterion.OCCUPATION)).isEqualTo(40);
		assertThat(triec.weights().get(MatchingCriterion.INDUSTRY))
			.isGreaterThan(triec.weights().get(MatchingCriterion.LANGUAGE));
	}

	@Test
	void connectorsMeetThirtyMinutesAndReferToAtLeastThreeContacts() {
		var connector = ProgramTemplate.HALIFAX_CONNECTOR.definition(lead);
		assertThat(connector.format()).isEqualTo(ProgramFormat.CONNECTOR);
		assertThat(connector.rules().introductionMinutes()).isEqualTo(30);
		assertThat(connector.rules().minimumReferrals()).isEqualTo(3);
		assertThat(connector.rules().durationWeeks()).as("unlimited meetings, no fixed term").isNull();
	}

	@Test
	void lmiecGroupsHoldEightToTenMenteesWithTwoOrThreeAffiliatedMentors() {
		var group = ProgramTemplate.LMIEC_GROUP.definition(lead);
		assertThat(group.format()).isEqualTo(ProgramFormat.GROUP);
		assertThat(group.rules().menteesPerGroupMin()).isEqualTo(8);
		assertThat(group.rules().menteesPerGroupMax()).isEqualTo(10);
		assertThat(group.rules().mentorsPerGroupMin()).isEqualTo(2);
		assertThat(group.rules().mentorsPerGroupMax()).isEqualTo(3);
		for (var stream : new ProgramTemplate[] { ProgramTemplate.LMIEC_ONE_TO_ONE, ProgramTemplate.LMIEC_GROUP,
				ProgramTemplate.LMIEC_PEER }) {
			assertThat(stream.definition(lead).rules().mentorsMustBeAffiliated()).as(stream.name()).isTrue();
		}
		assertThat(ProgramTemplate.LMIEC_PEER.definition(lead).format()).isEqualTo(ProgramFormat.PEER);
	}

	@Test
	void ocisoMeetsWeeklyForAnHourForAboutThreeMonthsWithTheSeedsEligibilityLists() {
		var ociso = ProgramTemplate.OCISO_CAREER_MENTORING.definition(lead);
		assertThat(ociso.type()).isEqualTo(ProgramType.OPEN);
		assertThat(ociso.rules().meetingCadence()).isEqualTo(MeetingCadence.WEEKLY);
		assertThat(ociso.rules().minimumMeetingMinutes()).isEqualTo(60);
		assertThat(ociso.rules().durationWeeks()).isEqualTo(13);
		assertThat(ociso.rules().checkInEveryWeeks()).isEqualTo(4);
		assertThat(ociso.menteeCriteria()).extracting(EligibilityCriterion::kind)
			.containsExactly(EligibilityCriterion.Kind.IMMIGRATION_STATUS, EligibilityCriterion.Kind.FOREIGN_DIPLOMA,
					EligibilityCriterion.Kind.LANGUAGE_BENCHMARK, EligibilityCriterion.Kind.RESIDENT_OF,
					EligibilityCriterion.Kind.WORKSHOP_ATTENDED);
		assertThat(ociso.mentorCriteria()).extracting(EligibilityCriterion::kind)
			.contains(EligibilityCriterion.Kind.EXPERIENCE_AT_LEAST, EligibilityCriterion.Kind.COMMITMENT_AT_LEAST);
		assertThat(ociso.mentorCriteria()).contains(new EligibilityCriterion.CommitmentAtLeast(3));
	}

	@Test
	void internalProgramsTakeTheirMentorsFromTheHostOrganisation() {
		var iecbc = ProgramTemplate.IECBC_NEWCOMERS_MENTORSHIP.definition(lead);
		assertThat(iecbc.type()).isEqualTo(ProgramType.INTERNAL);
		assertThat(iecbc.mentorCriteria()).containsExactly(new EligibilityCriterion.MemberOf(lead));
	}

	@Test
	void theLocalProgramsOfAnnexAKeepTheirDistinctiveRules() {
		assertThat(ProgramTemplate.SELF_EMPLOYMENT_BENEFIT.definition(lead).rules().durationWeeks()).isEqualTo(42);
		var youth = ProgramTemplate.YOUTH_FUTURES.definition(lead);
		assertThat(youth.menteeCriteria()).contains(new EligibilityCriterion.AgeBetween(16, 21));
		var volunteerism = ProgramTemplate.VOLUNTEERISM_TO_EMPLOYMENT.definition(lead);
		assertThat(volunteerism.rules().weeklyPlacementHours()).isEqualByComparingTo("12");
		assertThat(volunteerism.menteeCriteria()).contains(new EligibilityCriterion.YearsInCanadaAtMost(5),
				new EligibilityCriterion.ExperienceAtLeast(2, ExperienceRegion.ABROAD));
	}

	@Test
	void everyTemplateGivesValidRulesAndWeightsSummingToAHundred() {
		for (var template : ProgramTemplate.values()) {
			var definition = template.definition(lead);
			assertThat(definition.rules().mentorCapacity()).as(template.name()).isPositive();
			assertThat(definition.languages()).as(template.name()).isNotEmpty();
			assertThat(definition.weights().values().stream().mapToInt(Integer::intValue).sum()).as(template.name())
				.isEqualTo(100);
		}
	}
}
