package org.passerelle.participant;

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
import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.program.Audience;
import org.passerelle.program.EligibilityOutcome;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.passerelle.reference.ImmigrationStatus;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ParticipantManagementTests {

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	IntakeChecklist intake;

	@Autowired
	DuplicateDetection duplicates;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	Fixtures fixtures;

	OrganisationId lead;

	ProgramView ociso;

	UserView coordinator;

	Actor coordinatorActor;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		ociso = programs.createFromTemplate(Actor.system(), ProgramTemplate.OCISO_CAREER_MENTORING,
				Fixtures.unique("OCISO"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), ociso.id(), Set.of(coordinator.id()));
		coordinatorActor = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
	}

	@Test
	void aCoordinatorRecordsAMenteeInTheirProgramWithTheWholeProfile() {
		var amina = participants.register(coordinatorActor, amina(Fixtures.unique("amina").replace(' ', '.') + "@example.org"),
				new Enrolment(ociso.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		var found = directory.find(coordinatorActor, amina.id());
		assertThat(found.details().targetOccupationCode()).isEqualTo("21231");
		assertThat(found.details().languages()).containsExactly(new LanguageSkill("fr", 9), new LanguageSkill("en", 6),
				new LanguageSkill("wo", null));
		assertThat(found.details().postalCode()).isEqualTo(new PostalCode("K1Y 2X5"));
		assertThat(found.participations()).singleElement()
			.satisfies(participation -> assertThat(participation.programName()).isEqualTo(ociso.name()));

		var eligibility = intake.evaluate(coordinatorActor, amina.id(), ociso.id(), Audience.MENTEE, Locale.CANADA);
		assertThat(eligibility.results()).extracting(result -> result.outcome())
			.containsExactly(EligibilityOutcome.PASS, EligibilityOutcome.PASS, EligibilityOutcome.PASS,
					EligibilityOutcome.PASS, EligibilityOutcome.PASS);
		assertThat(eligibility.eligible()).isTrue();
	}

	@Test
	void aCoordinatorSeesOnlyThePeopleOfTheirProgramsAndMustEnrolThere() {
		var other = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		var outsider = participants.register(Actor.system(), ParticipantDetails.named("Jean", Fixtures.unique("Outside"), null),
				new Enrolment(other.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		assertThatThrownBy(() -> directory.find(coordinatorActor, outsider.id())).isInstanceOf(NotFoundException.class);
		assertThat(directory.search(coordinatorActor, ParticipantSearch.all(), 0, 200).items())
			.noneMatch(summary -> summary.id().equals(outsider.id()));
		assertThatThrownBy(() -> participants.register(coordinatorActor,
				ParticipantDetails.named("Paul", Fixtures.unique("Nowhere"), null),
				new Enrolment(other.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aPersonTakesPartInSeveralProgramsWithoutBeingEnteredTwice() {
		var soiit = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		var email = Fixtures.unique("karim").replace(' ', '.') + "@example.org";
		var karim = participants.register(Actor.system(), ParticipantDetails.named("Karim", "Haddad", email),
				new Enrolment(ociso.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		assertThatThrownBy(() -> participants.register(Actor.system(),
				ParticipantDetails.named("K.", "Haddad", email.toUpperCase()), null, true))
			.isInstanceOf(DuplicateValueException.class);
		participants.enrol(Actor.system(), karim.id(), new Enrolment(soiit.id(), Audience.MENTOR, ParticipationStatus.ENROLLED));
		assertThat(directory.find(Actor.system(), karim.id()).participations()).hasSize(2);
	}

	@Test
	void aCoordinatorOfANewProgramEnrolsAPersonKnownFromAnotherProgramAndThenSeesHer() {
		var other = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		var email = Fixtures.unique("amina").replace(' ', '.') + "@example.org";
		var born = LocalDate.of(1990, 3, 2);
		var amina = participants.register(Actor.system(), withBirth(ParticipantDetails.named("Amina", "Diallo", email), born),
				new Enrolment(other.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		assertThatThrownBy(() -> directory.find(coordinatorActor, amina.id())).isInstanceOf(NotFoundException.class);

		var typed = withBirth(ParticipantDetails.named("Amina", "Diallo", email), born);
		assertThatThrownBy(() -> participants.register(coordinatorActor, typed,
				new Enrolment(ociso.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false))
			.isInstanceOf(DuplicateValueException.class);
		var enrolled = participants.enrolKnown(coordinatorActor, amina.id(), typed,
				new Enrolment(ociso.id(), Audience.MENTEE, ParticipationStatus.ENROLLED));

		assertThat(enrolled.id()).isEqualTo(amina.id());
		assertThat(directory.search(coordinatorActor, ParticipantSearch.all(), 0, 500).items())
			.anyMatch(summary -> summary.id().equals(amina.id()));
		assertThat(directory.find(coordinatorActor, amina.id()).participations())
			.extracting(participation -> participation.programName())
			.containsExactlyInAnyOrder(ociso.name(), other.name());
	}

	@Test
	void enrollingAKnownPersonNeedsDetailsThatMatchHerAndOneOfTheCoordinatorsPrograms() {
		var other = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		var name = Fixtures.unique("Diallo");
		var born = LocalDate.of(1990, 3, 2);
		var amina = participants.register(Actor.system(), withBirth(ParticipantDetails.named("Amina", name, null), born),
				new Enrolment(other.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		var enrolment = new Enrolment(ociso.id(), Audience.MENTEE, ParticipationStatus.ENROLLED);

		assertThatThrownBy(() -> participants.enrolKnown(coordinatorActor, amina.id(),
				withBirth(ParticipantDetails.named("Amina", name, null), born.plusDays(1)), enrolment))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> participants.enrolKnown(coordinatorActor, amina.id(),
				withBirth(ParticipantDetails.named("Amina", name, null), born),
				new Enrolment(other.id(), Audience.MENTEE, ParticipationStatus.ENROLLED)))
			.isInstanceOf(NotFoundException.class);
		assertThat(directory.programsOf(amina.id())).containsExactly(other.id());
	}

	@Test
	void theSameNameAndBirthDateAskForConfirmationAndDuplicatesMerge() {
		var name = Fixtures.unique("Tremblay");
		var born = LocalDate.of(1985, 4, 12);
		var first = participants.register(Actor.system(), withBirth(ParticipantDetails.named("Marie", name, null), born),
				new Enrolment(ociso.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		participants.recordConsent(Actor.system(), first.id(), ConsentPurpose.SHARE_WITH_PROGRAM, true);
		var again = withBirth(ParticipantDetails.named("MARIE", " " + name.toLowerCase() + " ",
				Fixtures.unique("marie").replace(' ', '.') + "@example.org"), born);
		assertThatThrownBy(() -> participants.register(Actor.system(), again, null, false))
			.isInstanceOfSatisfying(PossibleDuplicateException.class,
					ex -> assertThat(ex.candidates()).extracting(DuplicateCandidate::id).containsExactly(first.id()));
		var second = participants.register(Actor.system(), again, null, true);

		var merged = duplicates.merge(Actor.system(), first.id(), second.id());
		assertThat(merged.details().email()).isEqualTo(again.email().toLowerCase());
		assertThat(merged.consents()).extracting(ConsentRecord::purpose).containsExactly(ConsentPurpose.SHARE_WITH_PROGRAM);
		assertThatThrownBy(() -> directory.find(Actor.system(), second.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void thePostalCodeTellsTheCityAndProvinceWhenTheyAreMissing() {
		var d = ParticipantDetails.named("Nadia", Fixtures.unique("Benali"), null);
		var placed = participants.register(Actor.system(), new ParticipantDetails(d.firstName(), d.lastName(), null, null,
				null, Language.FR, null, PostalCode.parse("J8X 3V9").orElseThrow(), null, null, List.of(), null, null, null,
				null, null, null, null, null, null, null, null, null, null, Set.of(), false, Set.of(), null, null, null, null,
				null, null, null, null), null, false);
		assertThat(placed.details().province()).isEqualTo(Province.QC);
		assertThat(placed.details().city()).isEqualTo("Hull Southeast");
	}

	@Test
	void unknownCodesAndImpossibleDatesAreFieldErrors() {
		var details = ParticipantDetails.named("Li", Fixtures.unique("Wei"), null);
		assertThatThrownBy(() -> participants.register(Actor.system(), withOccupation(details, "99999"), null, false))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> assertThat(ex.field()).isEqualTo("occupationCode"));
		assertThatThrownBy(() -> participants.register(Actor.system(), withBirth(details, LocalDate.now().plusDays(3)), null, false))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> assertThat(ex.field()).isEqualTo("birthDate"));
	}

	@Test
	void accommodationNeedsAreForTheCoordinatorsOfThePersonsProgramsOnly() {
		var person = participants.register(coordinatorActor, ParticipantDetails.named("Sami", Fixtures.unique("Ali"), null),
				new Enrolment(ociso.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		participants.describeAccommodationNeeds(coordinatorActor, person.id(), "Wheelchair access; meetings before 3 pm.");
		assertThat(directory.find(coordinatorActor, person.id()).accommodationNeeds()).startsWith("Wheelchair");
		var admin = directory.find(Actor.system(), person.id());
		assertThat(admin.accommodationNeeds()).isNull();
		assertThat(admin.accommodationVisible()).isFalse();
	}

	@Test
	void findsPeopleByWordsOfTheirGoalsInEitherLanguageAndByOccupationAtAnyLevel() {
		var marker = Fixtures.unique("Zed").replace(" ", "");
		var dev = participants.register(Actor.system(), new ParticipantDetails("Yara", marker, null, null, null, Language.FR,
				null, null, "Gatineau", Province.QC, List.of(new LanguageSkill("ar", null)), "21232", "21232", null, 3, 0,
				null, true, null, null, null, null, null, "Je cherche un emploi de développeuse de logiciels à Gatineau",
				Set.of(), false, Set.of(), null, null, null, null, null, null, null, null), null, false);
		var search = directory.search(Actor.system(),
				new ParticipantSearch("développeuse", null, null, null, "2123", "ar", "gatineau"), 0, 20);
		assertThat(search.items()).extracting(ParticipantSummary::id).contains(dev.id());
		assertThat(directory.search(Actor.system(), new ParticipantSearch(marker.toLowerCase(), null, null, null, "21",
				null, null), 0, 20).items()).extracting(ParticipantSummary::id).containsExactly(dev.id());
		assertThat(directory.search(Actor.system(), new ParticipantSearch(marker, null, null, null, "3", null, null), 0, 20)
			.total()).isZero();
	}

	static ParticipantDetails amina(String email) {
		return new ParticipantDetails("Amina", Fixtures.unique("Diallo"), email, "613 555-0101", LocalDate.of(1990, 3, 2),
				Language.EN, Gender.WOMAN, PostalCode.parse("k1y2x5").orElseThrow(), "Ottawa", Province.ON,
				List.of(new LanguageSkill("fr", 9), new LanguageSkill("en", 6), new LanguageSkill("wo", null)), "21232",
				"21231", "541514", 7, 1, EducationLevel.MASTER, true, CredentialStatus.IN_PROGRESS,
				ImmigrationStatus.PERMANENT_RESIDENT, LocalDate.of(2024, 9, 1), "SN", "Sénégalaise",
				"Devenir ingénieure logiciel dans une entreprise d'Ottawa", Set.of(AvailabilitySlot.WEEKDAY_EVENING), true,
				Set.of("job-search"), 4, null, null, null, null, null, null, null);
	}

	static ParticipantDetails withBirth(ParticipantDetails d, LocalDate born) {
		return new ParticipantDetails(d.firstName(), d.lastName(), d.email(), d.phone(), born, d.preferredLanguage(),
				d.gender(), d.postalCode(), d.city(), d.province(), d.languages(), d.occupationCode(),
				d.targetOccupationCode(), d.industryCode(), d.yearsExperienceAbroad(), d.yearsExperienceCanada(),
				d.education(), d.foreignDiploma(), d.credentials(), d.immigrationStatus(), d.arrivalDate(),
				d.countryOfOrigin(), d.culturalBackground(), d.careerGoals(), d.availability(), d.remoteOk(),
				d.workshopsAttended(), d.commitmentMonths(), d.employerOrganisation(), d.employerName(),
				d.positionLevel(), d.workStatus(), d.capacity(), d.recruitmentSource(), d.attestations());
	}

	static ParticipantDetails withOccupation(ParticipantDetails d, String code) {
		return new ParticipantDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.birthDate(),
				d.preferredLanguage(), d.gender(), d.postalCode(), d.city(), d.province(), d.languages(), code,
				d.targetOccupationCode(), d.industryCode(), d.yearsExperienceAbroad(), d.yearsExperienceCanada(),
				d.education(), d.foreignDiploma(), d.credentials(), d.immigrationStatus(), d.arrivalDate(),
				d.countryOfOrigin(), d.culturalBackground(), d.careerGoals(), d.availability(), d.remoteOk(),
				d.workshopsAttended(), d.commitmentMonths(), d.employerOrganisation(), d.employerName(),
				d.positionLevel(), d.workStatus(), d.capacity(), d.recruitmentSource(), d.attestations());
	}
}
