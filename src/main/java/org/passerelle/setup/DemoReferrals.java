package org.passerelle.setup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.passerelle.core.Language;
import org.passerelle.core.PostalCode;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.participant.EducationLevel;
import org.passerelle.participant.LanguageSkill;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.reference.ImmigrationStatus;
import org.passerelle.referral.ReferralManagement;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo agency's referrals to Québec pluriel: one submitted, waiting for the coordinator's
 * decision, and one the coordinator returned asking for the client's CV — so that the agency and
 * the coordinator each have one to act on.
 */
@Component
@Profile("demo")
class DemoReferrals {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final UserManagement users;

	private final ProgramManagement programs;

	private final ReferralManagement referrals;

	DemoReferrals(UserManagement users, ProgramManagement programs, ReferralManagement referrals) {
		this.users = users;
		this.programs = programs;
		this.referrals = referrals;
	}

	/** Refers the agency's two clients, unless it has referred anyone already. */
	void load() {
		var system = Actor.system();
		var agency = account(system, "referrals@demo.passerelle.ca").orElse(null);
		var coordinator = account(system, "coordination@demo.passerelle.ca").orElse(null);
		var program = programs.list(system)
			.stream()
			.filter(candidate -> candidate.name().equals(DemoPeople.QUEBEC_PLURIEL))
			.map(candidate -> candidate.id())
			.findFirst();
		if (agency == null || coordinator == null || program.isEmpty() || !referrals.list(agency, FRENCH).isEmpty()) {
			return;
		}
		var waiting = referrals.refer(agency, program.get(),
				client(program.get(), "Hamid", "Rahimi", "hamid.rahimi@demo.passerelle.ca", "J8Y 2S4", "AF", "22300",
						"Technicien en génie électrique; veut travailler dans l’entretien des réseaux électriques."),
				"Hamid a terminé l’atelier de recherche d’emploi de SITO; il est prêt à rencontrer un mentor.", true, FRENCH);
		referrals.submit(agency, waiting.id(), FRENCH);
		var returned = referrals.refer(agency, program.get(),
				client(program.get(), "Grace", "Mbeki", "grace.mbeki@demo.passerelle.ca", "J8X 1C9", "CD", "41200",
						"Enseignante au secondaire; viser un poste en formation ou en ressources humaines."),
				"Grace a besoin d’un réseau dans le milieu de l’éducation.", true, FRENCH);
		var submitted = referrals.submit(agency, returned.id(), FRENCH);
		referrals.returnToAgency(coordinator, returned.id(), submitted.version(), List.of(),
				"Pourriez-vous joindre le CV de Grace? Il nous aidera à lui trouver la bonne personne.", FRENCH);
	}

	/** A client as the agency knows them, with yes to each statement the program asks. */
	private ParticipantDetails client(ProgramId program, String firstName, String lastName, String email,
			String postalCode, String country, String target, String goals) {
		var answers = new HashMap<String, Boolean>();
		programs.questions(program, Audience.MENTEE, FRENCH).attestationKeys().forEach(key -> answers.put(key, true));
		return new ParticipantDetails(firstName, lastName, email, "819 555-0142", null, Language.FR, null,
				PostalCode.parse(postalCode).orElseThrow(), null, null,
				List.of(new LanguageSkill("fr", 7), new LanguageSkill("en", 5)), null, target, null, 6, 0,
				EducationLevel.BACHELOR, true, null, ImmigrationStatus.PERMANENT_RESIDENT, LocalDate.of(2025, 3, 1),
				country, null, goals, Set.of(), false, null, null, null, null, null, null, null, null,
				Map.copyOf(answers));
	}

	private Optional<Actor> account(Actor system, String email) {
		return users.list(system)
			.stream()
			.filter(user -> user.email().equals(email))
			.findFirst()
			.map(DemoReferrals::actor);
	}

	private static Actor actor(UserView user) {
		return new Actor(user.id(), user.email(), user.role(), user.organisationId());
	}
}
