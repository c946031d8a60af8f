package org.passerelle.setup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.matching.Decision;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.mentorship.CheckInDetails;
import org.passerelle.mentorship.CheckInProgress;
import org.passerelle.mentorship.FollowUp;
import org.passerelle.mentorship.MeetingDetails;
import org.passerelle.mentorship.MeetingMode;
import org.passerelle.mentorship.MeetingTheme;
import org.passerelle.mentorship.Meetings;
import org.passerelle.mentorship.MentorshipId;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.MentorshipSummary;
import org.passerelle.mentorship.Party;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantSearch;
import org.passerelle.participant.ParticipantSummary;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The mentorships under way in the demo coordinator's programs, each at its own stage against its
 * program's rhythm, and a proposal waiting for the demo mentee's and mentor's answers:
 * <ul>
 * <li>Lin Wei and Marc Lavoie, on track — the last meeting, logged by the coordinator after Lin's
 * call, waits for Marc to confirm it;</li>
 * <li>José Ramírez and Claire Bouchard, behind: they have not met for five weeks;</li>
 * <li>Kwame Mensah and Sophie Gagnon, paused while Kwame is away;</li>
 * <li>Fatima Zahra and Julie Morin, placement: 144 hours done in twelve weeks, the mandatory peer
 * meetings attended (see {@link DemoActivities}), ready for the certificate;</li>
 * <li>Amina Diallo proposed to Marc Lavoie, waiting for both.</li>
 * </ul>
 * The coordinator checked in with each of the pairs every four weeks, but for the pair behind,
 * whose last check-in is overdue. These pairs began weeks ago, before the program used Passerelle: the coordinator records
 * their agreement as signed on paper on the day they signed, which is when a mentorship starts,
 * and then the meetings and hours held since — as a coordinator bringing running pairs into
 * Passerelle does. Dates are counted back from the application's clock.
 */
@Component
@Profile("demo")
class DemoMentorships {

	/** How long to wait for a mentorship to start after its agreement: it starts on an event. */
	private static final Duration START_WAIT = Duration.ofSeconds(30);

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final UserManagement users;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final Proposals proposals;

	private final MentoringAgreements agreements;

	private final MentorshipManagement mentorships;

	private final Meetings meetings;

	private final FollowUp followUp;

	private final Clock clock;

	DemoMentorships(UserManagement users, ProgramManagement programs, ParticipantDirectory participants,
			Proposals proposals, MentoringAgreements agreements, MentorshipManagement mentorships, Meetings meetings,
			FollowUp followUp, Clock clock) {
		this.users = users;
		this.programs = programs;
		this.participants = participants;
		this.proposals = proposals;
		this.agreements = agreements;
		this.mentorships = mentorships;
		this.meetings = meetings;
		this.followUp = followUp;
		this.clock = clock;
	}

	/** Creates the pairs, unless the demo coordinator's programs already have proposals. */
	void load() {
		var system = Actor.system();
		var coordinator = account(system, "coordination@demo.passerelle.ca").map(DemoMentorships::actor).orElse(null);
		var mentor = account(system, "mentor@demo.passerelle.ca").map(DemoMentorships::actor).orElse(null);
		var byName = new HashMap<String, ProgramId>();
		programs.list(system).forEach(program -> byName.put(program.name(), program.id()));
		var quebecPluriel = byName.get(DemoPeople.QUEBEC_PLURIEL);
		var placement = byName.get(DemoPeople.PLACEMENT);
		if (coordinator == null || mentor == null || quebecPluriel == null || placement == null
				|| !proposals.matches(coordinator, quebecPluriel).isEmpty()) {
			return;
		}
		var people = byMailbox(participants.export(system, ParticipantSearch.all()));
		var today = LocalDate.now(clock);

		onTrack(coordinator, mentor, quebecPluriel, people.get("lin.wei"), people.get("mentor"), today);
		behind(coordinator, quebecPluriel, people.get("jose.ramirez"), people.get("claire.bouchard"), today);
		paused(coordinator, quebecPluriel, people.get("kwame.mensah"), people.get("sophie.gagnon"), today);
		readyForCertificate(coordinator, placement, people.get("fatima.zahra"), people.get("julie.morin"), today);
		proposals.propose(coordinator, quebecPluriel, people.get("mentee"), people.get("mentor"), FRENCH);
	}

	/** Eight weeks in, a meeting every two weeks; the last one is Marc's to confirm. */
	private void onTrack(Actor coordinator, Actor marc, ProgramId program, ParticipantId lin, ParticipantId mentor,
			LocalDate today) {
		var id = agreedOnPaper(coordinator, program, lin, mentor, today.minusWeeks(8));
		meeting(marc, id, today.minusWeeks(8).plusDays(2), 90, MeetingMode.IN_PERSON,
				Set.of(MeetingTheme.CAREER_GOALS, MeetingTheme.ACTION_PLAN),
				"Premier café : le parcours de Lin, ses objectifs, et un plan pour les trois prochains mois.");
		meeting(marc, id, today.minusWeeks(6), 60, MeetingMode.VIDEO, Set.of(MeetingTheme.CV_AND_LETTERS),
				"Relecture du CV : mettre en avant les projets Java et les résultats chiffrés.");
		meeting(marc, id, today.minusWeeks(4), 75, MeetingMode.IN_PERSON, Set.of(MeetingTheme.NETWORKING),
				"Visite d’un espace de travail partagé en TI au centre-ville et trois contacts à relancer.");
		meeting(marc, id, today.minusWeeks(2), 60, MeetingMode.VIDEO, Set.of(MeetingTheme.INTERVIEWS),
				"Simulation d’entrevue technique; revoir les questions sur les tests automatisés.");
		meeting(coordinator, id, today.minusDays(5), 60, MeetingMode.PHONE, Set.of(MeetingTheme.JOB_SEARCH),
				"Lin nous a appelés : point sur ses candidatures, deux entrevues la semaine prochaine.");
		checkIns(coordinator, id, today.minusWeeks(4), CheckInProgress.AS_PLANNED, 5);
	}

	/** Eleven weeks in, and no meeting for five weeks: more than the month the program allows. */
	private void behind(Actor coordinator, ProgramId program, ParticipantId jose, ParticipantId claire, LocalDate today) {
		var id = agreedOnPaper(coordinator, program, jose, claire, today.minusWeeks(11));
		meeting(coordinator, id, today.minusWeeks(10), 90, MeetingMode.IN_PERSON, Set.of(MeetingTheme.CREDENTIALS),
				"Les étapes de la reconnaissance du diplôme par l’Ordre des ingénieurs.");
		meeting(coordinator, id, today.minusWeeks(8), 60, MeetingMode.PHONE, Set.of(MeetingTheme.SECTOR_KNOWLEDGE),
				"Les grands employeurs du génie civil dans la région.");
		meeting(coordinator, id, today.minusWeeks(5), 60, MeetingMode.IN_PERSON, Set.of(MeetingTheme.NETWORKING),
				"Claire présente José à deux anciens collègues.");
		// the check-in of the eighth week was missed too: it is overdue
		checkIns(coordinator, id, today.minusWeeks(7), CheckInProgress.AS_PLANNED, 4);
	}

	/** Six weeks in, then paused ten days ago while Kwame is away. */
	private void paused(Actor coordinator, ProgramId program, ParticipantId kwame, ParticipantId sophie, LocalDate today) {
		var id = agreedOnPaper(coordinator, program, kwame, sophie, today.minusWeeks(6));
		meeting(coordinator, id, today.minusWeeks(5), 60, MeetingMode.VIDEO, Set.of(MeetingTheme.CAREER_GOALS),
				"Les métiers de la science des données au Québec.");
		meeting(coordinator, id, today.minusWeeks(3), 90, MeetingMode.IN_PERSON, Set.of(MeetingTheme.SECTOR_KNOWLEDGE),
				"Portfolio : deux projets d’apprentissage automatique à publier.");
		var view = mentorships.find(coordinator, id);
		mentorships.pause(coordinator, id, view.version(), today.minusDays(10),
				"Kwame est au Ghana auprès de sa famille jusqu’au début du mois prochain.");
	}

	/**
	 * Thirteen weeks of placement, twelve hours in each of the last twelve: the 144 hours the
	 * program asks, logged each week by the coordinator from the employer's timesheets.
	 */
	private void readyForCertificate(Actor coordinator, ProgramId program, ParticipantId fatima, ParticipantId julie,
			LocalDate today) {
		var started = today.minusWeeks(13);
		var id = agreedOnPaper(coordinator, program, fatima, julie, started);
		var twelve = BigDecimal.valueOf(12);
		var thisWeek = today.with(DayOfWeek.MONDAY);
		for (int week = 12; week >= 1; week--) {
			mentorships.logPlacementWeek(coordinator, id, thisWeek.minusWeeks(week), twelve, twelve);
		}
		meeting(coordinator, id, started.plusDays(3), 60, MeetingMode.IN_PERSON, Set.of(MeetingTheme.WORKPLACE_CULTURE),
				"Accueil au service des finances : l’équipe, les outils, les attentes du stage.");
		checkIns(coordinator, id, started.plusWeeks(4), CheckInProgress.AS_PLANNED, 4);
		checkIns(coordinator, id, started.plusWeeks(8), CheckInProgress.AHEAD, 5);
		checkIns(coordinator, id, started.plusWeeks(12), CheckInProgress.AHEAD, 5);
	}

	/**
	 * Proposes the pair; the coordinator records both yeses, the introduction and both signatures
	 * on paper on the day they signed; the mentorship starts that day.
	 */
	private MentorshipId agreedOnPaper(Actor coordinator, ProgramId program, ParticipantId mentee, ParticipantId mentor,
			LocalDate signedOn) {
		var match = proposals.propose(coordinator, program, mentee, mentor, FRENCH);
		match = proposals.answer(coordinator, match.id(), match.version(), Audience.MENTEE, Decision.ACCEPTED, null,
				FRENCH);
		match = proposals.answer(coordinator, match.id(), match.version(), Audience.MENTOR, Decision.ACCEPTED, null,
				FRENCH);
		match = proposals.recordIntroduction(coordinator, match.id(), match.version(), signedOn.minusDays(3), FRENCH);
		match = agreements.signOnPaper(coordinator, match.id(), match.version(), Audience.MENTEE, signedOn.minusDays(1),
				null, FRENCH);
		agreements.signOnPaper(coordinator, match.id(), match.version(), Audience.MENTOR, signedOn, null, FRENCH);
		return started(coordinator, mentee);
	}

	/** The mentorship of the mentee, once the event of the signed agreement has started it. */
	private MentorshipId started(Actor coordinator, ParticipantId mentee) {
		var until = Instant.now().plus(START_WAIT);
		while (Instant.now().isBefore(until)) {
			var found = mentorships.dashboard(coordinator)
				.stream()
				.filter(mentorship -> mentorship.mentee().equals(mentee))
				.map(MentorshipSummary::id)
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new IllegalStateException("The demo mentorship of " + mentee + " did not start");
	}

	/** The coordinator's check-in with each of the pair, by phone, on the day. */
	private void checkIns(Actor coordinator, MentorshipId id, LocalDate on, CheckInProgress progress, int satisfaction) {
		for (var party : Set.of(Party.MENTEE, Party.MENTOR)) {
			followUp.recordCheckIn(coordinator, id,
					new CheckInDetails(party, on, MeetingMode.PHONE, satisfaction, progress, true, false, null));
		}
	}

	private void meeting(Actor by, MentorshipId id, LocalDate on, int minutes, MeetingMode mode, Set<MeetingTheme> themes,
			String note) {
		meetings.log(by, id, new MeetingDetails(on, minutes, mode, themes, note, null));
	}

	private Optional<UserView> account(Actor system, String email) {
		return users.list(system).stream().filter(user -> user.email().equals(email)).findFirst();
	}

	private static Actor actor(UserView user) {
		return new Actor(user.id(), user.email(), user.role(), user.organisationId());
	}

	/** The people of the demo by the part of their e-mail before the @. */
	static Map<String, ParticipantId> byMailbox(Iterable<ParticipantSummary> people) {
		var found = new HashMap<String, ParticipantId>();
		people.forEach(person -> {
			if (person.email() != null) {
				found.put(person.email().substring(0, person.email().indexOf('@')), person.id());
			}
		});
		return found;
	}
}
