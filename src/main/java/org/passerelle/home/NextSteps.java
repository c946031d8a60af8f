package org.passerelle.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.passerelle.activity.Activities;
import org.passerelle.activity.PendingActivity;
import org.passerelle.core.Formats;
import org.passerelle.core.Period;
import org.passerelle.evaluation.EmploymentFollowUps;
import org.passerelle.home.HomeItem.Detail;
import org.passerelle.home.HomeItem.Kind;
import org.passerelle.evaluation.QuestionnaireAnswers;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.matching.MatchStatus;
import org.passerelle.matching.MatchSummary;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.ExitInterviews;
import org.passerelle.mentorship.FollowUp;
import org.passerelle.mentorship.Meetings;
import org.passerelle.mentorship.MentorshipId;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.MentorshipStatus;
import org.passerelle.mentorship.MentorshipSummary;
import org.passerelle.participant.ParticipantInvitations;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.participant.ParticipantSearch;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.referral.ReferralManagement;
import org.passerelle.referral.ReferralSummary;
import org.passerelle.privacy.AuditTrail;
import org.passerelle.privacy.IncidentRegister;
import org.passerelle.reporting.ResultsReporting;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what each person has to do next (R-ACC-4) from the modules' public services, counted
 * in a few reads each whatever the number of people:
 * <ul>
 * <li>coordinators — and administrators, for every program — per program, in the order of the
 * path of the data: referrals to decide, people blocked at intake and on which step, mentees ready
 * to be matched and the mentor places free, proposals waiting for an answer, an introduction or
 * signatures, mentorships overdue or behind, check-ins due, difficulties to handle, events held
 * without their attendance taken;</li>
 * <li>referral partners: their drafts and what each lacks, the referrals returned to them, the
 * decisions of the month;</li>
 * <li>mentors and mentees: the proposal to answer, the agreement to sign, the meetings to
 * confirm, the next meeting due, the exit interview to fill in, each employment follow-up due, the
 * invitations to answer, the questionnaires to answer;</li>
 * <li>funders: the results of the year so far, small counts withheld as the results report
 * withholds them; employers: their mentors taking part.</li>
 * </ul>
 * Items with nothing to do are left out.
 */
@Service
@Transactional(readOnly = true)
public class NextSteps {

	/** Details listed under an item at most; the count says how many there are in all. */
	static final int MOST_DETAILS = 5;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final IntakeChecklist intake;

	private final ParticipantInvitations invitations;

	private final ReferralManagement referrals;

	private final Proposals proposals;

	private final MentorshipManagement mentorships;

	private final Meetings meetings;

	private final FollowUp followUp;

	private final ExitInterviews exitInterviews;

	private final Activities activities;

	private final EmploymentFollowUps employmentFollowUps;

	private final QuestionnaireAnswers questionnaires;

	private final ResultsReporting results;

	private final IncidentRegister incidents;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	NextSteps(ProgramManagement programs, ParticipantDirectory participants, IntakeChecklist intake,
			ParticipantInvitations invitations, ReferralManagement referrals,
			Proposals proposals, MentorshipManagement mentorships, Meetings meetings, FollowUp followUp,
			ExitInterviews exitInterviews,
			Activities activities, EmploymentFollowUps employmentFollowUps, QuestionnaireAnswers questionnaires,
			ResultsReporting results, IncidentRegister incidents, AuditTrail audit, MessageSource messages,
			Formats formats, Clock clock) {
		this.employmentFollowUps = employmentFollowUps;
		this.programs = programs;
		this.participants = participants;
		this.intake = intake;
		this.invitations = invitations;
		this.referrals = referrals;
		this.proposals = proposals;
		this.mentorships = mentorships;
		this.meetings = meetings;
		this.followUp = followUp;
		this.exitInterviews = exitInterviews;
		this.activities = activities;
		this.questionnaires = questionnaires;
		this.results = results;
		this.incidents = incidents;
		this.audit = audit;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	/** What the actor has to do next, said in {@code locale}. */
	public Home of(Actor actor, Locale locale) {
		return switch (actor.role()) {
			case ADMIN, COORDINATOR -> coordination(actor, locale);
			case REFERRAL_PARTNER -> new Home(agency(actor, locale), List.of());
			case MENTOR, MENTEE -> new Home(pair(actor, locale), List.of());
			case FUNDER -> new Home(results(actor, locale), List.of());
			case EMPLOYER -> new Home(employer(actor, locale), List.of());
			case PRIVACY_OFFICER -> new Home(privacyOfficer(actor, locale), List.of());
		};
	}

	// Coordinators and administrators

	private Home coordination(Actor actor, Locale locale) {
		var coordinated = new LinkedHashMap<ProgramId, HomeItem.Program>();
		programs.coordinatedBy(actor)
			.forEach(program -> coordinated.put(program.id(), new HomeItem.Program(program.id(), program.name())));
		if (coordinated.isEmpty()) {
			return new Home(List.of(), List.of());
		}
		var decide = referrals.awaitingDecision(actor);
		var intake = byProgram(this.intake.blockedAtIntake(actor), count -> count.program());
		var invited = invitations.notAccepted(coordinated.keySet());
		var pool = byProgram(proposals.poolCounts(actor), count -> count.program());
		var proposalCounts = byProgram(proposals.proposalCounts(actor), count -> count.program());
		var standings = byProgram(mentorships.standingCounts(actor), count -> count.program());
		var checkIns = followUp.checkInsDueCounts(actor);
		var difficulties = followUp.openDifficultyCounts(actor);
		var attendance = new LinkedHashMap<ProgramId, List<PendingActivity>>();
		activities.attendanceToTake(actor)
			.forEach(activity -> attendance.computeIfAbsent(activity.program(), id -> new ArrayList<>()).add(activity));

		var items = new ArrayList<HomeItem>();
		var quiet = new ArrayList<HomeItem.Program>();
		for (var program : coordinated.values()) {
			var id = program.id();
			var before = items.size();
			add(items, Kind.REFERRALS_TO_DECIDE, decide.getOrDefault(id, 0L), "/referrals", program, List.of(), locale);
			var blocked = intake.get(id);
			if (blocked != null) {
				var steps = blocked.missing()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map(step -> new Detail(text("home.detail.INTAKE_BLOCKED", locale,
							text("IntakeStep." + step.getKey().name(), locale), step.getValue()), step.getValue(), null))
					.toList();
				add(items, Kind.INTAKE_BLOCKED, blocked.blocked(), "/programs/" + id.value() + "/intake", program, steps,
						locale);
			}
			add(items, Kind.INVITATIONS_NOT_ACCEPTED, invited.getOrDefault(id, 0L),
					"/programs/" + id.value() + "/invitations", program, List.of(), locale);
			var waiting = pool.get(id);
			if (waiting != null) {
				add(items, Kind.MENTEES_WAITING, waiting.menteesWaiting(), "/programs/" + id.value() + "/matching", program,
						List.of(new Detail(text("home.detail.MENTEES_WAITING", locale, waiting.placesFree()),
								waiting.placesFree(), null)),
						locale);
			}
			var proposed = proposalCounts.get(id);
			if (proposed != null) {
				var matching = "/programs/" + id.value() + "/matching#proposals-title";
				add(items, Kind.PROPOSALS_UNANSWERED, proposed.unanswered(), matching, program, List.of(), locale);
				add(items, Kind.INTRODUCTIONS_TO_RECORD, proposed.toIntroduce(), matching, program, List.of(), locale);
				add(items, Kind.AGREEMENTS_TO_SIGN, proposed.toSign(), matching, program, List.of(), locale);
			}
			var standing = standings.get(id);
			if (standing != null) {
				add(items, Kind.MENTORSHIPS_OVERDUE, standing.overdue(), "/mentorships", program, List.of(), locale);
				add(items, Kind.MENTORSHIPS_BEHIND, standing.behind(), "/mentorships", program, List.of(), locale);
			}
			add(items, Kind.CHECK_INS_DUE, checkIns.getOrDefault(id, 0L), "/mentorships#due-check-ins", program, List.of(),
					locale);
			add(items, Kind.DIFFICULTIES_OPEN, difficulties.getOrDefault(id, 0L), "/mentorships#open-difficulties", program,
					List.of(), locale);
			var events = attendance.getOrDefault(id, List.of());
			add(items, Kind.ATTENDANCE_TO_TAKE, events.size(),
					events.size() == 1 ? "/activities/" + events.getFirst().id().value() : "/activities", program,
					events.stream().limit(MOST_DETAILS).map(event -> event(event, locale)).toList(), locale);
			if (items.size() == before) {
				quiet.add(program);
			}
		}
		return new Home(items, quiet);
	}

	private static <T> Map<ProgramId, T> byProgram(List<T> counts, Function<T, ProgramId> program) {
		var found = new LinkedHashMap<ProgramId, T>();
		counts.forEach(count -> found.put(program.apply(count), count));
		return found;
	}

	private Detail event(PendingActivity event, Locale locale) {
		return new Detail(text("home.detail.event", locale, event.title(), formats.dateTime(event.startsAt(), locale)),
				null, "/activities/" + event.id().value());
	}

	// Referral partners

	private List<HomeItem> agency(Actor actor, Locale locale) {
		var agenda = referrals.agenda(actor, locale);
		var items = new ArrayList<HomeItem>();
		var drafts = agenda.drafts();
		add(items, Kind.REFERRAL_DRAFTS, drafts.size(), single(drafts.stream().map(draft -> draft.referral()).toList()),
				null, drafts.stream().limit(MOST_DETAILS).map(draft -> {
					var referral = draft.referral();
					var label = draft.missing().isEmpty()
							? text("home.detail.REFERRAL_DRAFTS.ready", locale, referral.personName(), referral.programName())
							: text("home.detail.REFERRAL_DRAFTS.missing", locale, referral.personName(),
									referral.programName(), draft.missing()
										.stream()
										.reduce((first, next) -> text("home.detail.list", locale, first, next))
										.orElseThrow());
					return new Detail(label, null, "/referrals/" + referral.id().value());
				}).toList(), locale);
		var returned = agenda.returned();
		add(items, Kind.REFERRALS_RETURNED, returned.size(), single(returned), null,
				returned.stream()
					.limit(MOST_DETAILS)
					.map(referral -> new Detail(
							text("home.detail.referral", locale, referral.personName(), referral.programName()), null,
							"/referrals/" + referral.id().value()))
					.toList(),
				locale);
		add(items, Kind.DECISIONS_THIS_MONTH, agenda.admittedThisMonth() + agenda.notSelectedThisMonth(), "/referrals",
				null,
				List.of(new Detail(text("home.detail.DECISIONS_THIS_MONTH.admitted", locale, agenda.admittedThisMonth()),
						agenda.admittedThisMonth(), null),
						new Detail(text("home.detail.DECISIONS_THIS_MONTH.notSelected", locale,
								agenda.notSelectedThisMonth()), agenda.notSelectedThisMonth(), null)),
				locale);
		return items;
	}

	private static String single(List<ReferralSummary> referrals) {
		return referrals.size() == 1 ? "/referrals/" + referrals.getFirst().id().value() : "/referrals";
	}

	// Mentors and mentees

	private List<HomeItem> pair(Actor actor, Locale locale) {
		var items = new ArrayList<HomeItem>();
		boolean mentee = actor.is(Role.MENTEE);
		var waiting = proposals.waitingFor(actor);
		for (var status : List.of(MatchStatus.PROPOSED, MatchStatus.INTRODUCED)) {
			var matches = waiting.stream().filter(match -> match.status() == status).toList();
			add(items, status == MatchStatus.PROPOSED ? Kind.PROPOSAL_TO_ANSWER : Kind.AGREEMENT_TO_SIGN, matches.size(),
					matches.size() == 1 ? "/matches/" + matches.getFirst().id().value() : "/my/matches", null,
					matches.stream()
						.limit(MOST_DETAILS)
						.map(match -> new Detail(text("home.detail.withPartner", locale, partner(match, mentee),
								match.programName()), null, "/matches/" + match.id().value()))
						.toList(),
					locale);
		}

		var mine = mentorships.mine(actor);
		var partners = new LinkedHashMap<MentorshipId, String>();
		mine.forEach(mentorship -> partners.put(mentorship.id(),
				mentee ? mentorship.mentorName() : mentorship.menteeName()));
		var toConfirm = meetings.toConfirm(actor);
		add(items, Kind.MEETING_TO_CONFIRM, toConfirm.size(), mentorshipLink(toConfirm.stream()
			.map(Meetings.MeetingToConfirm::mentorship)
			.distinct()
			.toList(), ""), null, toConfirm.stream()
				.limit(MOST_DETAILS)
				.map(meeting -> new Detail(text("home.detail.MEETING_TO_CONFIRM", locale,
						formats.date(meeting.heldOn(), locale), text("home.party." + meeting.loggedAs().name(), locale)),
						null, "/mentorships/" + meeting.mentorship().value()))
				.toList(),
				locale);

		var today = LocalDate.now(clock);
		mine.stream()
			.filter(mentorship -> mentorship.status() == MentorshipStatus.ACTIVE
					&& mentorship.cadence().nextMeetingBy() != null)
			.sorted(java.util.Comparator.comparing((MentorshipSummary m) -> m.cadence().nextMeetingBy()))
			.forEach(mentorship -> {
				var by = mentorship.cadence().nextMeetingBy();
				var key = by.isBefore(today) ? "home.item.NEXT_MEETING.late" : "home.item.NEXT_MEETING";
				items.add(new HomeItem(Kind.NEXT_MEETING, null,
						text(key, locale, formats.date(by, locale), partners.get(mentorship.id())),
						"/mentorships/" + mentorship.id().value(),
						new HomeItem.Program(mentorship.program(), mentorship.programName()), List.of()));
			});

		var interviews = exitInterviews.toFill(actor);
		add(items, Kind.EXIT_INTERVIEW_TO_FILL, interviews.size(), mentorshipLink(interviews, "/exit-interview"), null,
				interviews.stream()
					.limit(MOST_DETAILS)
					.map(id -> new Detail(
							text("home.detail.EXIT_INTERVIEW_TO_FILL", locale, partners.getOrDefault(id, "")), null,
							"/mentorships/" + id.value() + "/exit-interview"))
					.toList(),
				locale);

		// one item per employment follow-up due: "your 3-month follow-up"
		employmentFollowUps.toAnswer(actor)
			.forEach(followUp -> items.add(new HomeItem(Kind.FOLLOW_UP_TO_ANSWER, null,
					text("employment.followUp.home", locale, followUp.months(), followUp.programName()),
					"/follow-ups/" + followUp.id(), new HomeItem.Program(followUp.program(), followUp.programName()),
					List.of())));

		var invitations = activities.invitationsToAnswer(actor);
		add(items, Kind.EVENT_INVITATIONS, invitations.size(),
				invitations.size() == 1 ? "/activities/" + invitations.getFirst().id().value() : "/activities", null,
				invitations.stream().limit(MOST_DETAILS).map(event -> event(event, locale)).toList(), locale);

		var asked = questionnaires.toAnswer(actor);
		add(items, Kind.QUESTIONNAIRE_TO_ANSWER, asked.size(),
				asked.size() == 1 ? "/questionnaires/requests/" + asked.getFirst().id() : "/questionnaires/mine", null,
				asked.stream()
					.limit(MOST_DETAILS)
					.map(request -> new Detail(request.version().title(locale), null,
							"/questionnaires/requests/" + request.id()))
					.toList(),
				locale);
		return items;
	}

	private static String partner(MatchSummary match, boolean mentee) {
		return mentee ? match.mentorName() : match.menteeName();
	}

	private static String mentorshipLink(List<MentorshipId> mentorships, String page) {
		return mentorships.size() == 1 ? "/mentorships/" + mentorships.getFirst().value() + page : "/mentorships";
	}

	// Funders and employers

	private List<HomeItem> results(Actor actor, Locale locale) {
		var report = results.results(actor, List.of(), Period.yearToDate(LocalDate.now(clock)));
		var total = report.total();
		var items = new ArrayList<HomeItem>();
		figure(items, Kind.RESULTS_MENTEES, total.menteesRegistered(), locale);
		figure(items, Kind.RESULTS_MENTORS, total.mentorsRegistered(), locale);
		figure(items, Kind.RESULTS_MATCHES, total.matches(), locale);
		figure(items, Kind.RESULTS_EMPLOYED, total.menteesEmployed(), locale);
		return items;
	}

	/** A result, shown even when nothing happened yet; a withheld count is said as such. */
	private void figure(List<HomeItem> items, Kind kind, Long count, Locale locale) {
		var label = count == null ? text("home.item." + kind.name() + ".withheld", locale)
				: text("home.item." + kind.name(), locale, count);
		items.add(new HomeItem(kind, count, label, "/reports/results", null, List.of()));
	}

	private List<HomeItem> employer(Actor actor, Locale locale) {
		long mentors = participants.search(actor,
				new ParticipantSearch(null, null, Audience.MENTOR, ParticipationStatus.ENROLLED, null, null, null), 0, 1)
			.total();
		return List.of(new HomeItem(Kind.AFFILIATED_MENTORS, mentors,
				text("home.item." + Kind.AFFILIATED_MENTORS.name(), locale, mentors), "/participants", null, List.of()));
	}

	// Privacy officers: the incident register always, with what waits for a notice

	private List<HomeItem> privacyOfficer(Actor actor, Locale locale) {
		var counts = incidents.counts(actor);
		var items = new ArrayList<HomeItem>();
		items.add(new HomeItem(Kind.INCIDENTS_OPEN, counts.open(),
				text("home.item." + Kind.INCIDENTS_OPEN.name(), locale, counts.open()), "/privacy/incidents", null,
				List.of()));
		add(items, Kind.INCIDENT_NOTICES_DUE, counts.noticesDue(), "/privacy/incidents", null, List.of(), locale);
		long accesses = audit.countToday(actor);
		items.add(new HomeItem(Kind.AUDIT_ENTRIES_TODAY, accesses,
				text("home.item." + Kind.AUDIT_ENTRIES_TODAY.name(), locale, accesses),
				"/privacy/audit?from=" + LocalDate.now(clock), null, List.of()));
		return items;
	}

	// Wording

	/** Adds the item when there is something to do: items counting nothing are left out. */
	private void add(List<HomeItem> items, Kind kind, long count, String link, HomeItem.Program program,
			List<Detail> details, Locale locale) {
		if (count > 0) {
			items.add(new HomeItem(kind, count, text("home.item." + kind.name(), locale, count), link, program, details));
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
