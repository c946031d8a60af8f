package org.passerelle.setup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PostalCode;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.participant.AvailabilitySlot;
import org.passerelle.participant.ConsentMeans;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.EducationLevel;
import org.passerelle.participant.LanguageSkill;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantView;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.participant.PositionLevel;
import org.passerelle.participant.RecruitmentSource;
import org.passerelle.participant.ScreeningOutcome;
import org.passerelle.participant.WorkStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.passerelle.reference.ImmigrationStatus;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demonstration's programs — Québec pluriel and the professional placement of CJEO, OCISO's
 * business mentoring — and their mentees and mentors, the demo mentee and mentor among them, with
 * the attestations their program asks answered and their intake done (but Oumar's, to show what
 * blocks a person). Two mentors work for the demo employer.
 */
@Component
@Profile("demo")
class DemoPeople {

	static final String QUEBEC_PLURIEL = "Québec pluriel";

	static final String BUSINESS = "Mentorat d’affaires";

	static final String PLACEMENT = "Stage de mentorat professionnel";

	private final ProgramManagement programs;

	private final ParticipantManagement participants;

	private final UserManagement users;

	private final Clock clock;

	DemoPeople(ProgramManagement programs, ParticipantManagement participants, UserManagement users, Clock clock) {
		this.programs = programs;
		this.participants = participants;
		this.users = users;
		this.clock = clock;
	}

	/** Creates the programs and their people, unless they exist. */
	void load(Actor system, Map<String, OrganisationId> organisations) {
		var existing = programs.list(system).stream().map(ProgramSummary::name).toList();
		if (existing.contains(QUEBEC_PLURIEL)) {
			return;
		}
		var quebecPluriel = programs.createFromTemplate(system, ProgramTemplate.QUEBEC_PLURIEL, QUEBEC_PLURIEL,
				organisations.get("CJEO"));
		programs.createFromTemplate(system, ProgramTemplate.OCISO_CAREER_MENTORING, BUSINESS, organisations.get("OCISO"));
		var placement = programs.createFromTemplate(system, ProgramTemplate.CSCPQ_PLACEMENT, PLACEMENT,
				organisations.get("CJEO"));
		var accounts = users.list(system);
		accounts.stream().filter(user -> user.role() == Role.COORDINATOR).findFirst().ifPresent(user -> {
			programs.assignCoordinators(system, quebecPluriel.id(), Set.of(user.id()));
			programs.assignCoordinators(system, placement.id(), Set.of(user.id()));
		});
		var employer = organisations.get("Ville de Gatineau");

		var amina = mentee(system, quebecPluriel, "Amina", "Diallo", "mentee@demo.passerelle.ca", "J8Y 6T3", "21231",
				"21232", List.of(new LanguageSkill("fr", 9), new LanguageSkill("en", 6), new LanguageSkill("wo", null)), 6,
				1, ImmigrationStatus.PERMANENT_RESIDENT, "SN",
				"Devenir ingénieure logicielle dans une entreprise de la région; bâtir un réseau en TI.");
		var jose = mentee(system, quebecPluriel, "José", "Ramírez", "jose.ramirez@demo.passerelle.ca", "J8X 3V9", "21300",
				"21300", List.of(new LanguageSkill("es", null), new LanguageSkill("fr", 7), new LanguageSkill("en", 5)), 9,
				0, ImmigrationStatus.PERMANENT_RESIDENT, "CO", "Obtenir le permis d’ingénieur et travailler en génie civil.");
		var kwame = mentee(system, quebecPluriel, "Kwame", "Mensah", "kwame.mensah@demo.passerelle.ca", "J8Y 3G5",
				"21211", "21211", List.of(new LanguageSkill("en", 9), new LanguageSkill("fr", 6)), 7, 1,
				ImmigrationStatus.PERMANENT_RESIDENT, "GH",
				"Travailler en science des données et en apprentissage automatique.");
		var lin = mentee(system, quebecPluriel, "Lin", "Wei", "lin.wei@demo.passerelle.ca", "J8X 4B2", "21232", "21232",
				List.of(new LanguageSkill("cmn", null), new LanguageSkill("fr", 7)), 5, 0,
				ImmigrationStatus.PERMANENT_RESIDENT, "CN",
				"Devenir développeuse de logiciels; apprendre le développement web et Java.");
		var yasmine = mentee(system, quebecPluriel, "Yasmine", "Benali", "yasmine.benali@demo.passerelle.ca", "J8T 2B4",
				"21231", "21231", List.of(new LanguageSkill("ar", null), new LanguageSkill("fr", 10), new LanguageSkill("en", 7)),
				6, 0, ImmigrationStatus.PERMANENT_RESIDENT, "DZ",
				"Retrouver un poste d’ingénieure logicielle; connaître les entreprises de TI de l’Outaouais.");
		mentee(system, quebecPluriel, "Oumar", "Ba", "oumar.ba@demo.passerelle.ca", "J8P 7H1", "21301", "21301",
				List.of(new LanguageSkill("fr", 10)), 6, 0, ImmigrationStatus.PERMANENT_RESIDENT, "ML",
				"Reprendre une carrière d’ingénieur mécanique.");
		var marc = mentor(system, quebecPluriel, "Marc", "Lavoie", "mentor@demo.passerelle.ca", "J8T 5R1", "21231", 22,
				"Aider une personne immigrante à entrer dans le milieu du logiciel.", employer, 2);
		var claire = mentor(system, quebecPluriel, "Claire", "Bouchard", "claire.bouchard@demo.passerelle.ca", "J8Z 1T6",
				"21300", 35, "Retraitée du génie civil, je veux transmettre mon réseau.", null, 1);
		var sophie = mentor(system, quebecPluriel, "Sophie", "Gagnon", "sophie.gagnon@demo.passerelle.ca", "J9H 5C4",
				"21211", 15, "Scientifique de données; partager mon expérience en apprentissage automatique et en analyse.",
				null, 1);
		var david = mentor(system, quebecPluriel, "David", "Cohen", "david.cohen@demo.passerelle.ca", "J8X 2K5", "21232",
				12, "Développeur Java et web, je guide les nouveaux arrivants vers leur premier emploi en logiciel.", null, 1);
		var eric = mentor(system, quebecPluriel, "Éric", "Lefebvre", "eric.lefebvre@demo.passerelle.ca", "J8Y 1A1",
				"21231", 31, "Retraité du génie logiciel, j’aide à comprendre les entreprises d’ici et leurs entrevues.",
				null, 1);
		var fatima = mentee(system, placement, "Fatima", "Zahra", "fatima.zahra@demo.passerelle.ca", "J9A 1L8", "11101",
				"11101", List.of(new LanguageSkill("ar", null), new LanguageSkill("fr", 10)), 8, 0,
				ImmigrationStatus.CONVENTION_REFUGEE, "MA", "Reprendre une carrière d’analyste financière.");
		var julie = mentor(system, placement, "Julie", "Morin", "julie.morin@demo.passerelle.ca", "J8X 3X7", "11101", 18,
				"Analyste financière à la Ville, j’accueille une stagiaire dans mon équipe.", employer, 1);

		// everyone but Oumar has passed the intake: he shows what blocks a person
		var weekAgo = LocalDate.now(clock).minusDays(7);
		for (var ready : List.of(amina, jose, kwame, lin, yasmine)) {
			intake(system, quebecPluriel, ready, Audience.MENTEE, weekAgo);
		}
		for (var ready : List.of(marc, claire, sophie, david, eric)) {
			intake(system, quebecPluriel, ready, Audience.MENTOR, weekAgo);
		}
		// the placement's pair began three months ago, after its checks
		var checked = LocalDate.now(clock).minusWeeks(15);
		intake(system, placement, fatima, Audience.MENTEE, checked);
		intake(system, placement, julie, Audience.MENTOR, checked);

		accounts.stream().filter(user -> user.email().equals("mentee@demo.passerelle.ca")).findFirst()
			.ifPresent(user -> participants.linkAccount(system, amina.id(), user.id()));
		accounts.stream().filter(user -> user.email().equals("mentor@demo.passerelle.ca")).findFirst()
			.ifPresent(user -> participants.linkAccount(system, marc.id(), user.id()));
	}

	private void intake(Actor system, ProgramView program, ParticipantView person, Audience role, LocalDate on) {
		for (var step : program.intakeFor(role)) {
			participants.recordScreening(system, person.id(), step, on, ScreeningOutcome.PASSED, null, program.id());
		}
	}

	private ParticipantView mentee(Actor system, ProgramView program, String firstName, String lastName, String email,
			String postalCode, String occupation, String target, List<LanguageSkill> languages, int yearsAbroad,
			int yearsCanada, ImmigrationStatus status, String country, String goals) {
		var details = new ParticipantDetails(firstName, lastName, email, null, null, Language.FR, null, postal(postalCode),
				null, null, languages, occupation, target, null, yearsAbroad, yearsCanada, EducationLevel.MASTER, true, null,
				status, LocalDate.of(2024, 9, 1), country, null, goals, Set.of(AvailabilitySlot.WEEKDAY_EVENING), true, null,
				null, null, null, null, null, null, null, attestations(program, Audience.MENTEE));
		return register(system, details, program, Audience.MENTEE);
	}

	private ParticipantView mentor(Actor system, ProgramView program, String firstName, String lastName, String email,
			String postalCode, String occupation, int yearsCanada, String goals, OrganisationId employer, int capacity) {
		var details = new ParticipantDetails(firstName, lastName, email, null, null, Language.FR, null, postal(postalCode),
				null, null, List.of(new LanguageSkill("fr", null), new LanguageSkill("en", null)), occupation, occupation,
				null, 0, yearsCanada, null, false, null, ImmigrationStatus.CITIZEN, null, "CA", null, goals,
				Set.of(AvailabilitySlot.WEEKDAY_EVENING), true, null, 6, employer, null, PositionLevel.SENIOR,
				yearsCanada > 30 ? WorkStatus.RETIRED : WorkStatus.WORKING, capacity,
				RecruitmentSource.EMPLOYER_PARTNER, attestations(program, Audience.MENTOR));
		var mentor = register(system, details, program, Audience.MENTOR);
		if (employer != null) {
			// their employer sees their participation: they agreed to it on the program's paper form
			participants.recordConsent(system, mentor.id(), new ParticipantManagement.ConsentAnswer(
					ConsentPurpose.SHARE_WITH_EMPLOYER, true, LocalDate.now(clock), ConsentMeans.PAPER));
		}
		return mentor;
	}

	private ParticipantView register(Actor system, ParticipantDetails details, ProgramView program, Audience role) {
		return participants.register(system, details,
				new ParticipantManagement.Enrolment(program.id(), role, ParticipationStatus.ENROLLED), true);
	}

	/** Yes to every statement the program asks of this role: these people were admitted on them. */
	private Map<String, Boolean> attestations(ProgramView program, Audience role) {
		var answers = new HashMap<String, Boolean>();
		programs.questions(program.id(), role, Locale.CANADA_FRENCH).attestationKeys().forEach(key -> answers.put(key, true));
		return answers;
	}

	private static PostalCode postal(String code) {
		return PostalCode.parse(code).orElseThrow();
	}
}
