package org.passerelle.referral;

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
import org.passerelle.core.Period;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.LanguageSkill;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.EligibilityOutcome;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.passerelle.reference.ImmigrationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@IntegrationTest
class ReferralFlowTests {

	@Autowired
	ReferralManagement referrals;

	@Autowired
	ReferralCounts counts;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	Fixtures fixtures;

	ProgramView ociso;

	Actor agency;

	Actor otherAgency;

	Actor coordinator;

	Actor secondCoordinator;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		ociso = programs.createFromTemplate(Actor.system(), ProgramTemplate.OCISO_CAREER_MENTORING, Fixtures.unique("OCISO"), lead);
		agency = actor(fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY)));
		otherAgency = actor(fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY)));
		var first = fixtures.user(Role.COORDINATOR, lead);
		var second = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), ociso.id(), Set.of(first.id(), second.id()));
		coordinator = actor(first);
		secondCoordinator = actor(second);
	}

	static Actor actor(UserView user) {
		return new Actor(user.id(), user.email(), user.role(), user.organisationId());
	}

	ParticipantDetails client(String lastName) {
		return new ParticipantDetails("Rania", lastName, lastName.toLowerCase() + "@example.org", null, LocalDate.of(1991, 6, 1),
				Language.EN, null, PostalCode.parse("K1Y 2X5").orElseThrow(), null, null, List.of(new LanguageSkill("en", 4)),
				null, "21231", null, 6, 0, null, true, null, ImmigrationStatus.PERMANENT_RESIDENT, LocalDate.of(2025, 2, 1),
				null, null, "Software engineering", Set.of(), false, null, null, null, null, null, null, null, null, null);
	}

	@Test
	void anAgencyRefersIsReturnedForAMissingCriterionCompletesResubmitsAndThePersonIsAdmitted() {
		var name = Fixtures.unique("Saleh").replace(" ", "");
		var referral = referrals.refer(agency, ociso.id(), client(name), "Ready for mentoring", false, Locale.CANADA);
		assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);

		assertThatThrownBy(() -> referrals.submit(agency, referral.id(), Locale.CANADA))
			.isInstanceOfSatisfying(IncompleteReferralException.class, ex -> assertThat(ex.missing())
				.contains("the client’s consent to share their profile with the program",
						"what the program checks: Attended the workshop: Job-search workshop"));
		assertThat(referrals.find(agency, referral.id(), Locale.CANADA).status()).isEqualTo(ReferralStatus.DRAFT);

		var consented = referrals.describe(agency, referral.id(), referrals.find(agency, referral.id(), Locale.CANADA).version(),
				"Ready for mentoring", true, Locale.CANADA);
		var person = directory.find(agency, consented.participant());
		participants.change(agency, person.id(), person.version(), withWorkshop(person.details()));
		var submitted = referrals.submit(agency, referral.id(), Locale.CANADA);
		assertThat(submitted.status()).isEqualTo(ReferralStatus.SUBMITTED);
		var failing = submitted.eligibility().results().stream()
			.filter(result -> result.outcome() == EligibilityOutcome.FAIL).map(result -> result.criterion()).toList();
		assertThat(failing).hasSize(1);

		var returned = referrals.returnToAgency(coordinator, referral.id(), submitted.version(), failing,
				"Please attach a CLB 5 English assessment.", Locale.CANADA);
		assertThat(returned.status()).isEqualTo(ReferralStatus.RETURNED);
		var seenByAgency = referrals.find(agency, referral.id(), Locale.CANADA_FRENCH);
		assertThat(seenByAgency.returnReasons())
			.containsExactly("Anglais au niveau 5 ou plus des Niveaux de compétence linguistique canadiens (CLB)");
		assertThat(seenByAgency.returnMessage()).isEqualTo("Please attach a CLB 5 English assessment.");

		var again = directory.find(agency, consented.participant());
		participants.change(agency, again.id(), again.version(), withEnglish(again.details(), 6));
		var resubmitted = referrals.submit(agency, referral.id(), Locale.CANADA);
		assertThat(resubmitted.status()).isEqualTo(ReferralStatus.SUBMITTED);
		assertThat(resubmitted.eligibility().eligible()).isTrue();

		var admitted = referrals.admit(coordinator, referral.id(), resubmitted.version(), "Welcome", Locale.CANADA);
		assertThat(admitted.status()).isEqualTo(ReferralStatus.ADMITTED);
		assertThat(admitted.history()).extracting(ReferralEvent::toStatus).containsExactly(ReferralStatus.DRAFT,
				ReferralStatus.SUBMITTED, ReferralStatus.RETURNED, ReferralStatus.SUBMITTED, ReferralStatus.ADMITTED);
		assertThat(admitted.history()).allMatch(event -> event.at() != null && event.by() != null);
		assertThat(directory.find(coordinator, consented.participant()).participations().getFirst().participation().status())
			.isEqualTo(ParticipationStatus.ENROLLED);
	}

	@Test
	void anAgencyNeverSeesAnotherAgencysReferrals() {
		var referral = referrals.refer(agency, ociso.id(), client(Fixtures.unique("Kone").replace(" ", "")), null, true, Locale.CANADA);
		assertThatThrownBy(() -> referrals.find(otherAgency, referral.id(), Locale.CANADA)).isInstanceOf(NotFoundException.class);
		assertThat(referrals.list(otherAgency, Locale.CANADA)).noneMatch(summary -> summary.id().equals(referral.id()));
		assertThatThrownBy(() -> directory.find(otherAgency, referral.participant())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> referrals.attach(otherAgency, referral.id(), "cv.pdf", "%PDF-1.7 x".getBytes(), Locale.CANADA))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void twoCoordinatorsDecidingAtOnceOneWinsTheOtherIsTold() {
		var referral = referrals.refer(agency, ociso.id(), client(Fixtures.unique("Ba").replace(" ", "")), null, true, Locale.CANADA);
		var person = directory.find(agency, referral.participant());
		participants.change(agency, person.id(), person.version(), withWorkshop(person.details()));
		var submitted = referrals.submit(agency, referral.id(), Locale.CANADA);
		referrals.admit(coordinator, referral.id(), submitted.version(), null, Locale.CANADA);
		assertThatThrownBy(() -> referrals.returnToAgency(secondCoordinator, referral.id(), submitted.version(), List.of(),
				"Too late", Locale.CANADA)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(referrals.find(coordinator, referral.id(), Locale.CANADA).status()).isEqualTo(ReferralStatus.ADMITTED);
	}

	@Test
	void documentsAreCheckedByTheirContentAndSize() {
		var referral = referrals.refer(agency, ociso.id(), client(Fixtures.unique("Cv").replace(" ", "")), null, true, Locale.CANADA);
		var withPdf = referrals.attach(agency, referral.id(), "cv.pdf", "%PDF-1.7\n1 0 obj".getBytes(), Locale.CANADA);
		assertThat(withPdf.documents()).singleElement().satisfies(document -> assertThat(document.contentType()).isEqualTo("application/pdf"));
		assertThatThrownBy(() -> referrals.attach(agency, referral.id(), "cv.pdf", "<html>not a pdf</html>".getBytes(), Locale.CANADA))
			.isInstanceOf(RuleViolationException.class).hasMessage("referral.document.type");
		assertThatThrownBy(() -> referrals.attach(agency, referral.id(), "big.pdf", new byte[6 * 1024 * 1024], Locale.CANADA))
			.isInstanceOf(RuleViolationException.class).hasMessage("referral.document.size");
		var document = referrals.document(coordinator, referral.id(), withPdf.documents().getFirst().id());
		assertThat(new String(document.content())).startsWith("%PDF-");
	}

	@Test
	void countsReferralsPerAgencyWithTheirOutcomes() {
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		for (int i = 0; i < 3; i++) {
			var referral = referrals.refer(agency, program.id(), client(Fixtures.unique("Count").replace(" ", "")), null, true, Locale.CANADA);
			var submitted = referrals.submit(agency, referral.id(), Locale.CANADA);
			if (i == 0) {
				referrals.admit(Actor.system(), referral.id(), submitted.version(), null, Locale.CANADA);
			}
		}
		referrals.refer(otherAgency, program.id(), client(Fixtures.unique("Other").replace(" ", "")), null, true, Locale.CANADA);
		var today = LocalDate.now();
		var perAgency = counts.perAgency(Actor.system(), new Period(today.minusDays(1), today.plusDays(1)), program.id());
		assertThat(perAgency).singleElement().satisfies(count -> {
			assertThat(count.total()).isEqualTo(3);
			assertThat(count.admitted()).isEqualTo(1);
			assertThat(count.pending()).isEqualTo(2);
		});
		assertThat(counts.perAgency(otherAgency, new Period(today.minusDays(1), today.plusDays(1)), program.id())).isEmpty();
		var funder = new Actor(Actor.system().userId(), "funder@example.org", Role.FUNDER, otherAgency.organisationId());
		assertThatThrownBy(() -> counts.perAgency(funder, new Period(today.minusDays(1), today.plusDays(1)), program.id()))
			.as("funders read the results, with small counts withheld")
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	static ParticipantDetails withWorkshop(ParticipantDetails d) {
		return new ParticipantDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.birthDate(), d.preferredLanguage(),
				d.gender(), d.postalCode(), d.city(), Province.ON, d.languages(), d.occupationCode(), d.targetOccupationCode(),
				d.industryCode(), d.yearsExperienceAbroad(), d.yearsExperienceCanada(), d.education(), d.foreignDiploma(),
				d.credentials(), d.immigrationStatus(), d.arrivalDate(), d.countryOfOrigin(), d.culturalBackground(),
				d.careerGoals(), d.availability(), d.remoteOk(), Set.of("job-search"), d.commitmentMonths(),
				d.employerOrganisation(), d.employerName(), d.positionLevel(), d.workStatus(), d.capacity(),
				d.recruitmentSource(), d.attestations());
	}

	static ParticipantDetails withEnglish(ParticipantDetails d, int level) {
		return new ParticipantDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.birthDate(), d.preferredLanguage(),
				d.gender(), d.postalCode(), d.city(), d.province(), List.of(new LanguageSkill("en", level)), d.occupationCode(),
				d.targetOccupationCode(), d.industryCode(), d.yearsExperienceAbroad(), d.yearsExperienceCanada(), d.education(),
				d.foreignDiploma(), d.credentials(), d.immigrationStatus(), d.arrivalDate(), d.countryOfOrigin(),
				d.culturalBackground(), d.careerGoals(), d.availability(), d.remoteOk(), d.workshopsAttended(),
				d.commitmentMonths(), d.employerOrganisation(), d.employerName(), d.positionLevel(), d.workStatus(),
				d.capacity(), d.recruitmentSource(), d.attestations());
	}

}
