package org.passerelle.setup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Actor;
import org.passerelle.identity.DemoAccounts;
import org.passerelle.identity.OrganisationDirectory.OrganisationChoice;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.ContactDetails;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.organisation.SiteDetails;
import org.passerelle.participant.AvailabilitySlot;
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
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.reference.ImmigrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demonstration: the organisations of the seeds (CJEO and OCISO leading programs, La Relance,
 * SITO and LASI Compétences mondiales referring clients, an employer partner, Emploi-Québec
 * funding) and one account per role. Loaded with the {@code demo} profile; loading twice changes
 * nothing.
 */
@Component
@Profile("demo")
@Order(2)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** Which demo organisation each role's account belongs to. */
	private static final Map<Role, String> HOME = Map.of(Role.ADMIN, "CJEO", Role.COORDINATOR, "CJEO",
			Role.REFERRAL_PARTNER, "SITO", Role.MENTOR, "Ville de Gatineau", Role.MENTEE, "CJEO", Role.EMPLOYER,
			"Ville de Gatineau", Role.FUNDER, "Emploi-Québec");

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final DemoAccounts demo;

	private final ProgramManagement programs;

	private final ParticipantManagement participants;

	private final Clock clock;

	DemoData(OrganisationManagement organisations, UserManagement users, DemoAccounts demo, ProgramManagement programs,
			ParticipantManagement participants, Clock clock) {
		this.clock = clock;
		this.organisations = organisations;
		this.users = users;
		this.demo = demo;
		this.programs = programs;
		this.participants = participants;
	}

	@Override
	public void run(ApplicationArguments args) {
		var system = Actor.system();
		organisation(system, "CJEO", OrganisationType.LEAD_AGENCY, "https://www.cjeo.qc.ca", "info@cjeo.qc.ca",
				"819 561-7712", new SiteDetails("Carrefour jeunesse emploi de l'Outaouais", "52, rue Laurier",
						"Gatineau", Province.QC, postal("J8X 3V9")),
				new ContactDetails("Isabelle Tremblay", "Agente de liaison – Québec pluriel",
						"coordination@demo.passerelle.ca", "819 561-7712"));
		organisation(system, "OCISO", OrganisationType.LEAD_AGENCY, "https://ociso.org", "info@ociso.org",
				"613 725-0202", new SiteDetails("Ottawa Community Immigrant Services Organization",
						"959 Wellington St. West", "Ottawa", Province.ON, postal("K1Y 2X5")),
				new ContactDetails("Daniel Okafor", "Career Mentoring Facilitator", "mentoring@ociso.org",
						"613 725-0202"));
		organisation(system, "La Relance Outaouais", OrganisationType.REFERRAL_AGENCY, null, null, "819 771-9009",
				new SiteDetails("La Relance Outaouais", "179, promenade du Portage", "Gatineau", Province.QC,
						postal("J8X 2K5")),
				new ContactDetails("Nathalie Roy", "Conseillère en emploi", "nroy@larelance.example", null));
		organisation(system, "SITO", OrganisationType.REFERRAL_AGENCY, null, null, "819 776-2260",
				new SiteDetails("Service Intégration Travail Outaouais", "4, rue Taschereau", "Gatineau", Province.QC,
						postal("J8Y 2V5")),
				new ContactDetails("Karim Haddad", "Conseiller en intégration", "referrals@demo.passerelle.ca",
						"819 776-2260"));
		organisation(system, "LASI Compétences mondiales", OrganisationType.REFERRAL_AGENCY, null, null, null,
				new SiteDetails("LASI World Skills", "1 Nicholas Street", "Ottawa", Province.ON, postal("K1N 7B7")),
				new ContactDetails("Priya Raman", "Employment Counsellor", "praman@lasi.example", null));
		organisation(system, "Ville de Gatineau", OrganisationType.EMPLOYER, "https://www.gatineau.ca", null,
				"819 243-2345", new SiteDetails("Maison du citoyen", "25, rue Laurier", "Gatineau", Province.QC,
						postal("J8X 4C8")),
				new ContactDetails("Sophie Gagnon", "Conseillère, diversité en emploi", "employer@demo.passerelle.ca",
						null));
		organisation(system, "Emploi-Québec", OrganisationType.FUNDER, "https://www.quebec.ca/emploi", null, null,
				new SiteDetails("Direction régionale de l'Outaouais", "170, rue de l'Hôtel-de-Ville", "Gatineau",
						Province.QC, postal("J8X 4C2")),
				new ContactDetails("Louise Bergeron", "Conseillère aux partenariats", "funder@demo.passerelle.ca",
						null));

		var ids = idsByName();
		var existing = users.list(system).stream().map(user -> user.email()).toList();
		for (var account : demo.accounts()) {
			if (existing.contains(account.email())) {
				continue;
			}
			var home = ids.get(HOME.get(account.role()));
			users.open(system, new AccountDetails(account.email(), account.fullName(), account.role(), home,
					account.language(), account.password()));
		}
		programsAndPeople(system, ids);
		log.info("Demo data ready: {} organisations, {} demo accounts", ids.size(), demo.accounts().size());
	}

	/** Three programs of the seeds and a few mentees and mentors, some linked to the demo accounts. */
	private void programsAndPeople(Actor system, Map<String, OrganisationId> ids) {
		var existing = programs.list(system).stream().map(ProgramSummary::name).toList();
		if (existing.contains("Québec pluriel")) {
			return;
		}
		var quebecPluriel = programs.createFromTemplate(system, ProgramTemplate.QUEBEC_PLURIEL, "Québec pluriel",
				ids.get("CJEO"));
		programs.createFromTemplate(system, ProgramTemplate.OCISO_CAREER_MENTORING, "Mentorat d’affaires",
				ids.get("OCISO"));
		var placement = programs.createFromTemplate(system, ProgramTemplate.CSCPQ_PLACEMENT,
				"Stage de mentorat professionnel", ids.get("CJEO"));
		var accounts = users.list(system);
		var coordinator = accounts.stream().filter(user -> user.role() == Role.COORDINATOR).findFirst();
		coordinator.ifPresent(user -> {
			programs.assignCoordinators(system, quebecPluriel.id(), java.util.Set.of(user.id()));
			programs.assignCoordinators(system, placement.id(), java.util.Set.of(user.id()));
		});
		var mentee = person(system, "Amina", "Diallo", "mentee@demo.passerelle.ca", "J8Y 6T3", "21231", "21232",
				List.of(new LanguageSkill("fr", 9), new LanguageSkill("en", 6), new LanguageSkill("wo", null)), 6, 1,
				ImmigrationStatus.PERMANENT_RESIDENT, "SN",
				"Devenir ingénieure logicielle dans une entreprise de la région; bâtir un réseau en TI.", null,
				quebecPluriel.id(), Audience.MENTEE);
		var jose = person(system, "José", "Ramírez", "jose.ramirez@demo.passerelle.ca", "J8X 3V9", "21300", "21300",
				List.of(new LanguageSkill("es", null), new LanguageSkill("fr", 7), new LanguageSkill("en", 5)), 9, 0,
				ImmigrationStatus.PERMANENT_RESIDENT, "CO", "Obtenir le permis d’ingénieur et travailler en génie civil.",
				null, quebecPluriel.id(), Audience.MENTEE);
		person(system, "Fatima", "Zahra", "fatima.zahra@demo.passerelle.ca", "J9A 1L8", "11101", "11101",
				List.of(new LanguageSkill("ar", null), new LanguageSkill("fr", 10)), 8, 0, ImmigrationStatus.CONVENTION_REFUGEE,
				"MA", "Reprendre une carrière d’analyste financière.", null, placement.id(), Audience.MENTEE);
		var mentor = person(system, "Marc", "Lavoie", "mentor@demo.passerelle.ca", "J8T 5R1", "21231", "21231",
				List.of(new LanguageSkill("fr", null), new LanguageSkill("en", null)), 0, 22, ImmigrationStatus.CITIZEN, "CA",
				"Aider une personne immigrante à entrer dans le milieu du logiciel.", ids.get("Ville de Gatineau"),
				quebecPluriel.id(), Audience.MENTOR, 2);
		var claire = person(system, "Claire", "Bouchard", "claire.bouchard@demo.passerelle.ca", "J8Z 1T6", "21300", "21300",
				List.of(new LanguageSkill("fr", null)), 0, 35, ImmigrationStatus.CITIZEN, "CA",
				"Retraitée du génie civil, je veux transmettre mon réseau.", null, quebecPluriel.id(), Audience.MENTOR);
		var kwame = person(system, "Kwame", "Mensah", "kwame.mensah@demo.passerelle.ca", "J8Y 3G5", "21211", "21211",
				List.of(new LanguageSkill("en", 9), new LanguageSkill("fr", 6)), 7, 1, ImmigrationStatus.PERMANENT_RESIDENT,
				"GH", "Travailler en science des données et en apprentissage automatique.", null, quebecPluriel.id(),
				Audience.MENTEE);
		var lin = person(system, "Lin", "Wei", "lin.wei@demo.passerelle.ca", "J8X 4B2", "21232", "21232",
				List.of(new LanguageSkill("cmn", null), new LanguageSkill("fr", 7)), 5, 0, ImmigrationStatus.PERMANENT_RESIDENT,
				"CN", "Devenir développeuse de logiciels; apprendre le développement web et Java.", null, quebecPluriel.id(),
				Audience.MENTEE);
		person(system, "Oumar", "Ba", "oumar.ba@demo.passerelle.ca", "J8P 7H1", "21301", "21301",
				List.of(new LanguageSkill("fr", 10)), 6, 0, ImmigrationStatus.PERMANENT_RESIDENT, "ML",
				"Reprendre une carrière d’ingénieur mécanique.", null, quebecPluriel.id(), Audience.MENTEE);
		var sophie = person(system, "Sophie", "Gagnon", "sophie.gagnon@demo.passerelle.ca", "J9H 5C4", "21211", "21211",
				List.of(new LanguageSkill("fr", null), new LanguageSkill("en", null)), 0, 15, ImmigrationStatus.CITIZEN, "CA",
				"Scientifique de données; partager mon expérience en apprentissage automatique et en analyse.", null,
				quebecPluriel.id(), Audience.MENTOR);
		var david = person(system, "David", "Cohen", "david.cohen@demo.passerelle.ca", "J8X 2K5", "21232", "21232",
				List.of(new LanguageSkill("fr", null), new LanguageSkill("en", null)), 0, 12, ImmigrationStatus.CITIZEN, "CA",
				"Développeur Java et web, je guide les nouveaux arrivants vers leur premier emploi en logiciel.", null,
				quebecPluriel.id(), Audience.MENTOR);
		// everyone but Oumar has passed the interview and the orientation: he shows what blocks a person
		for (var ready : List.of(mentee, jose, kwame, lin, mentor, claire, sophie, david)) {
			var role = ready == mentor || ready == claire || ready == sophie || ready == david ? Audience.MENTOR : Audience.MENTEE;
			for (var step : quebecPluriel.intakeFor(role)) {
				participants.recordScreening(system, ready.id(), step, LocalDate.now(clock).minusDays(7),
						ScreeningOutcome.PASSED, null, quebecPluriel.id());
			}
		}
		accounts.stream().filter(user -> user.email().equals("mentee@demo.passerelle.ca")).findFirst()
			.ifPresent(user -> participants.linkAccount(system, mentee.id(), user.id()));
		accounts.stream().filter(user -> user.email().equals("mentor@demo.passerelle.ca")).findFirst()
			.ifPresent(user -> participants.linkAccount(system, mentor.id(), user.id()));
	}

	private ParticipantView person(Actor system, String firstName, String lastName, String email, String postalCode,
			String occupation, String target, List<LanguageSkill> languages, int yearsAbroad, int yearsCanada,
			ImmigrationStatus status, String country, String goals, OrganisationId employer, ProgramId program,
			Audience role) {
		return person(system, firstName, lastName, email, postalCode, occupation, target, languages, yearsAbroad,
				yearsCanada, status, country, goals, employer, program, role, 1);
	}

	private ParticipantView person(Actor system, String firstName, String lastName, String email, String postalCode,
			String occupation, String target, List<LanguageSkill> languages, int yearsAbroad, int yearsCanada,
			ImmigrationStatus status, String country, String goals, OrganisationId employer, ProgramId program,
			Audience role, int capacity) {
		var mentor = role == Audience.MENTOR;
		var details = new ParticipantDetails(firstName, lastName, email, null, null,
				Language.FR, null, postal(postalCode), null, null, languages, occupation, target,
				null, yearsAbroad, yearsCanada, mentor ? null : EducationLevel.MASTER, !mentor, null, status,
				mentor ? null : LocalDate.of(2024, 9, 1), country, null, goals,
				java.util.Set.of(AvailabilitySlot.WEEKDAY_EVENING), true, null, mentor ? 6 : null, employer,
				null, mentor ? PositionLevel.SENIOR : null, mentor ? (yearsCanada > 30 ? WorkStatus.RETIRED : WorkStatus.WORKING) : null,
				mentor ? capacity : null, mentor ? RecruitmentSource.EMPLOYER_PARTNER : null, null);
		return participants.register(system, details,
				new ParticipantManagement.Enrolment(program, role, ParticipationStatus.ENROLLED), true);
	}

	private void organisation(Actor system, String name, OrganisationType type, String website, String email,
			String phone, SiteDetails site, ContactDetails contact) {
		var existing = idsByName().get(name);
		var organisation = existing != null ? organisations.find(system, existing)
				: organisations.register(system, new OrganisationDetails(name, type, website, email, phone));
		if (organisation.sites().isEmpty()) {
			organisations.addSite(system, organisation.id(), site);
		}
		if (organisation.contacts().isEmpty()) {
			organisations.addContact(system, organisation.id(), contact);
		}
	}

	private Map<String, OrganisationId> idsByName() {
		List<OrganisationChoice> choices = organisations.choices();
		return choices.stream()
			.collect(java.util.stream.Collectors.toMap(OrganisationChoice::name, OrganisationChoice::id));
	}

	private static PostalCode postal(String code) {
		return PostalCode.parse(code).orElseThrow();
	}
}
