package org.passerelle.setup;

import java.util.List;
import java.util.Map;

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
 * funding), one account per role, then the programs and their people ({@link DemoPeople}), the
 * mentorships under way ({@link DemoMentorships}) and the agency's referrals
 * ({@link DemoReferrals}), so that every account has its journey to walk. Loaded with the
 * {@code demo} profile; loading twice changes nothing.
 */
@Component
@Profile("demo")
@Order(2)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** Which demo organisation each role's account belongs to. */
	private static final Map<Role, String> HOME = Map.of(Role.ADMIN, "CJEO", Role.COORDINATOR, "CJEO",
			Role.REFERRAL_PARTNER, "SITO", Role.MENTOR, "Ville de Gatineau", Role.MENTEE, "CJEO", Role.EMPLOYER,
			"Ville de Gatineau", Role.FUNDER, "Emploi-Québec", Role.PRIVACY_OFFICER, "CJEO");

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final DemoAccounts demo;

	private final DemoPeople people;

	private final DemoMentorships mentorships;

	private final DemoReferrals referrals;

	DemoData(OrganisationManagement organisations, UserManagement users, DemoAccounts demo, DemoPeople people,
			DemoMentorships mentorships, DemoReferrals referrals) {
		this.organisations = organisations;
		this.users = users;
		this.demo = demo;
		this.people = people;
		this.mentorships = mentorships;
		this.referrals = referrals;
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
		people.load(system, ids);
		mentorships.load();
		referrals.load();
		log.info("Demo data ready: {} organisations, {} demo accounts", ids.size(), demo.accounts().size());
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
