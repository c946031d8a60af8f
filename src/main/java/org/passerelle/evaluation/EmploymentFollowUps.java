package org.passerelle.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passerelle.core.BaseAddress;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.evaluation.EmploymentFollowUpEvents.FollowUpLinkIssued;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.MentorshipEvents.MentorshipClosed;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employment follow-ups after closure (R-OUT-1). When a mentorship closes, the mentee's
 * follow-ups are planned at the closure date plus each month count of the program's
 * {@link FollowUpSchedules schedule}. Each morning the due ones are e-mailed in the person's
 * language with a single-use link ({@link AnswerLinks}) that answers without signing in, and
 * those still unanswered {@value #REMINDER_DAYS} days after are reminded once, with a new link. A
 * person who withdrew their consent to be contacted by e-mail or to answer surveys, or who has no
 * e-mail address, is sent nothing: the follow-up is "not reachable", and the coordinator may still
 * record it by phone. The person answers from the link, or signed in from their home page; the
 * coordinator records an answer given by phone, marked as such. Each answer adds to the person's
 * {@link EmploymentHistory}.
 */
@Service
@Transactional
public class EmploymentFollowUps {

	/** Days after sending when an unanswered follow-up is reminded, once. */
	static final int REMINDER_DAYS = 14;

	private final FollowUpSchedules schedules;

	private final EmploymentHistory history;

	private final AnswerLinks links;

	private final ParticipantDirectory participants;

	private final ProgramManagement programs;

	private final ApplicationEventPublisher events;

	private final BaseAddress baseAddress;

	private final JdbcClient jdbc;

	private final Clock clock;

	EmploymentFollowUps(FollowUpSchedules schedules, EmploymentHistory history, AnswerLinks links,
			ParticipantDirectory participants, ProgramManagement programs, ApplicationEventPublisher events,
			BaseAddress baseAddress, JdbcClient jdbc, Clock clock) {
		this.schedules = schedules;
		this.history = history;
		this.links = links;
		this.participants = participants;
		this.programs = programs;
		this.events = events;
		this.baseAddress = baseAddress;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// Planning and sending

	/** The mentorship closed: the mentee's follow-ups are planned on the program's schedule. */
	@ApplicationModuleListener
	void on(MentorshipClosed event) {
		for (var months : schedules.months(event.program())) {
			jdbc.sql("""
					insert into employment_follow_up (id, participant_id, program_id, mentorship_id, closed_on, months,
					                                  due_on, status, completed)
					values (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)
					on conflict (mentorship_id, months) do nothing""")
				.params(UUID.randomUUID(), event.mentee().value(), event.program().value(), event.mentorship().value(),
						Date.valueOf(event.closedOn()), months, Date.valueOf(event.closedOn().plusMonths(months)),
						event.reason() == null || event.reason().completion())
				.update();
		}
	}

	/** The morning's follow-ups, on one node only when several run. */
	@Scheduled(cron = "${passerelle.evaluation.follow-ups-cron:0 30 8 * * *}")
	@SchedulerLock(name = "evaluation.employmentFollowUps", lockAtLeastFor = "PT1M")
	@Transactional
	public void sendOnSchedule() {
		send();
	}

	/**
	 * Sends the follow-ups due by today and reminds, once, those sent {@value #REMINDER_DAYS} days
	 * ago or more and still unanswered; marks "not reachable" those of people who may not be
	 * e-mailed. Returns how many e-mails were sent.
	 */
	public int send() {
		var today = LocalDate.now(clock);
		int sent = 0;
		var due = jdbc.sql("select * from employment_follow_up where status = 'PLANNED' and due_on <= ? for update skip locked")
			.param(Date.valueOf(today))
			.query(this::mapRow)
			.list();
		for (var followUp : due) {
			if (sendLink(followUp, false)) {
				jdbc.sql("update employment_follow_up set status = 'SENT', sent_at = ? where id = ?")
					.params(Timestamp.from(clock.instant()), followUp.id())
					.update();
				sent++;
			}
		}
		var unanswered = jdbc.sql("""
				select * from employment_follow_up
				where status = 'SENT' and reminded_at is null and sent_at <= ? for update skip locked""")
			.param(Timestamp.from(clock.instant().minus(Duration.ofDays(REMINDER_DAYS))))
			.query(this::mapRow)
			.list();
		for (var followUp : unanswered) {
			if (sendLink(followUp, true)) {
				jdbc.sql("update employment_follow_up set reminded_at = ? where id = ?")
					.params(Timestamp.from(clock.instant()), followUp.id())
					.update();
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Makes a new link and has it e-mailed, if the person may be e-mailed; otherwise the follow-up
	 * is not reachable. Returns whether the e-mail went.
	 */
	private boolean sendLink(Row followUp, boolean reminder) {
		var contact = contact(followUp.participant());
		if (contact.isEmpty()) {
			jdbc.sql("update employment_follow_up set status = 'NOT_REACHABLE' where id = ? and status <> 'ANSWERED'")
				.param(followUp.id())
				.update();
			return false;
		}
		var token = links.issue(AnswerLinkKind.FOLLOW_UP, followUp.id(), followUp.participant());
		var person = contact.get();
		events.publishEvent(new FollowUpLinkIssued(person.email(), person.language(), person.firstName(),
				programs.find(Actor.system(), followUp.program()).name(), followUp.months(),
				baseAddress.configuredOrLocal() + "/answers/follow-ups/" + token,
				clock.instant().plus(AnswerLinks.VALIDITY), reminder));
		return true;
	}

	/** The address and language to write to, unless the person withdrew consent or has no address. */
	private Optional<Contact> contact(ParticipantId id) {
		var person = participants.find(Actor.system(), id);
		var withdrawn = person.consents()
			.stream()
			.anyMatch(consent -> !consent.granted() && (consent.purpose() == ConsentPurpose.CONTACT_BY_EMAIL
					|| consent.purpose() == ConsentPurpose.SURVEYS));
		var email = person.details().email();
		if (withdrawn || email == null || email.isBlank()) {
			return Optional.empty();
		}
		var language = person.details().preferredLanguage() == null ? Language.FR : person.details().preferredLanguage();
		return Optional.of(new Contact(email.strip(), language, person.details().firstName()));
	}

	private record Contact(String email, Language language, String firstName) {
	}

	// Answering from the link, without signing in

	/**
	 * What a link opens, if it still works and the follow-up is not answered yet.
	 *
	 * @throws AnswerLinkRefusedException when it does not work: nothing is saved
	 */
	@Transactional(readOnly = true)
	public FollowUpLink open(String token) {
		var link = links.open(AnswerLinkKind.FOLLOW_UP, token);
		var followUp = row(link.subject());
		if (followUp.status() == FollowUpStatus.ANSWERED) {
			throw new AnswerLinkRefusedException(AnswerLinkRefusedException.Reason.USED);
		}
		var person = participants.find(Actor.system(), followUp.participant());
		return new FollowUpLink(person.details().firstName(), programs.find(Actor.system(), followUp.program()).name(),
				followUp.months());
	}

	/**
	 * Answers the follow-up of a link, which is then used up.
	 *
	 * @throws AnswerLinkRefusedException when the link does not work: nothing is saved
	 */
	public void answer(String token, EmploymentAnswer answer) {
		var checked = history.check(answer);
		var link = links.use(AnswerLinkKind.FOLLOW_UP, token);
		var followUp = row(link.subject());
		if (followUp.status() == FollowUpStatus.ANSWERED) {
			throw new AnswerLinkRefusedException(AnswerLinkRefusedException.Reason.USED);
		}
		record(followUp, checked, AnswerChannel.LINK, null);
	}

	/**
	 * Sends a new link to the address on file for the follow-up of an old one — expired, used, or
	 * replaced — if it is not answered yet, the person may be e-mailed, and fewer than
	 * {@value AnswerLinks#NEW_LINKS_A_DAY} new links were sent for it in the last 24 hours. Says
	 * nothing either way: whoever holds a link learns nothing from asking.
	 */
	public void requestNewLink(String token) {
		var link = token == null ? Optional.<AnswerLinks.AnswerLink>empty() : links.find(token);
		link.filter(found -> found.kind() == AnswerLinkKind.FOLLOW_UP)
			.map(found -> row(found.subject()))
			.filter(followUp -> followUp.status() == FollowUpStatus.SENT)
			.filter(followUp -> links.allowNewLink(AnswerLinkKind.FOLLOW_UP, followUp.id()))
			.ifPresent(followUp -> sendLink(followUp, false));
	}

	// Signed in: the person, or the coordinator by phone

	/** A follow-up, for the person it concerns and the program's coordinators; not found for anyone else. */
	@Transactional(readOnly = true)
	public EmploymentFollowUpView find(Actor actor, UUID id) {
		var followUp = visible(actor, id);
		return views(List.of(followUp)).getFirst();
	}

	/**
	 * Answers a follow-up signed in: the person answers their own; the coordinator records the
	 * answer the person gave by phone, marked as such. Once only.
	 */
	public EmploymentFollowUpView answer(Actor actor, UUID id, EmploymentAnswer answer) {
		var followUp = visible(actor, id);
		var own = participants.participantOf(actor.userId()).filter(followUp.participant()::equals).isPresent();
		var checked = history.check(answer);
		if (followUp.status() == FollowUpStatus.PLANNED && !own && followUp.dueOn().isAfter(LocalDate.now(clock))) {
			throw new RuleViolationException("employment.followUp.notDue");
		}
		record(followUp, checked, own ? AnswerChannel.SIGNED_IN : AnswerChannel.PHONE, actor);
		return find(actor, id);
	}

	/** The actor's own follow-ups due and not answered yet: what their home page asks of them. */
	@Transactional(readOnly = true)
	public List<EmploymentFollowUpView> toAnswer(Actor actor) {
		var me = participants.participantOf(actor.userId());
		if (me.isEmpty()) {
			return List.of();
		}
		return views(jdbc.sql("""
				select * from employment_follow_up
				where participant_id = ? and status <> 'ANSWERED' and due_on <= ? order by due_on""")
			.params(me.get().value(), Date.valueOf(LocalDate.now(clock)))
			.query(this::mapRow)
			.list());
	}

	/** A program's follow-ups, the latest due first, with their counts and the response rate, for its coordinators. */
	@Transactional(readOnly = true)
	public ProgramFollowUps ofProgram(Actor actor, ProgramId program) {
		if (!programs.coordinates(actor, program)) {
			throw new NotFoundException("program", program);
		}
		var today = LocalDate.now(clock);
		var rows = jdbc.sql("select * from employment_follow_up where program_id = ? order by due_on desc, months desc")
			.param(program.value())
			.query(this::mapRow)
			.list();
		var views = views(rows);
		long sent = views.stream().filter(view -> view.status() == FollowUpStatus.SENT).count();
		long answered = views.stream().filter(EmploymentFollowUpView::answered).count();
		long notReachable = views.stream().filter(view -> view.status() == FollowUpStatus.NOT_REACHABLE).count();
		long due = views.stream().filter(view -> view.status() != FollowUpStatus.PLANNED || !view.dueOn().isAfter(today)).count();
		return new ProgramFollowUps(program, programs.find(Actor.system(), program).name(), schedules.months(program), views,
				due, sent, answered, notReachable, rate(answered, due));
	}

	static BigDecimal rate(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	private void record(Row followUp, EmploymentAnswer answer, AnswerChannel channel, Actor by) {
		var changed = jdbc.sql("""
				update employment_follow_up set status = 'ANSWERED', answered_at = ?, answered_how = ?, answered_by = ?,
				       version = version + 1
				where id = ? and status <> 'ANSWERED'""")
			.params(Timestamp.from(clock.instant()), channel.name(), by == null ? null : by.userId().value(), followUp.id())
			.update();
		if (changed == 0) {
			throw new RuleViolationException("employment.followUp.alreadyAnswered");
		}
		history.add(followUp.participant(), LocalDate.now(clock), answer, EmploymentSource.FOLLOW_UP, followUp.program(),
				followUp.mentorship(), followUp.id(), by == null ? null : by.userId());
	}

	private Row visible(Actor actor, UUID id) {
		var followUp = jdbc.sql("select * from employment_follow_up where id = ?")
			.param(id)
			.query(this::mapRow)
			.optional()
			.orElseThrow(() -> new NotFoundException("followUp", id));
		var own = participants.participantOf(actor.userId()).filter(followUp.participant()::equals).isPresent();
		if (!own && !programs.coordinates(actor, followUp.program())) {
			throw new NotFoundException("followUp", id);
		}
		return followUp;
	}

	private List<EmploymentFollowUpView> views(List<Row> rows) {
		var names = participants.names(rows.stream().map(Row::participant).distinct().toList());
		var programNames = new java.util.HashMap<ProgramId, String>();
		var views = new ArrayList<EmploymentFollowUpView>();
		for (var row : rows) {
			var programName = programNames.computeIfAbsent(row.program(),
					id -> programs.find(Actor.system(), id).name());
			views.add(new EmploymentFollowUpView(row.id(), row.participant(), names.getOrDefault(row.participant(), ""),
					row.program(), programName, row.months(), row.closedOn(), row.dueOn(), row.status(), row.sentAt(),
					row.remindedAt(), row.answeredAt(), row.channel()));
		}
		return views;
	}

	private Row row(UUID id) {
		return jdbc.sql("select * from employment_follow_up where id = ?")
			.param(id)
			.query(this::mapRow)
			.optional()
			.orElseThrow(() -> new AnswerLinkRefusedException(AnswerLinkRefusedException.Reason.UNKNOWN));
	}

	private Row mapRow(ResultSet rs, int n) throws SQLException {
		var how = rs.getString("answered_how");
		return new Row(rs.getObject("id", UUID.class), new ParticipantId(rs.getObject("participant_id", UUID.class)),
				new ProgramId(rs.getObject("program_id", UUID.class)), rs.getObject("mentorship_id", UUID.class),
				rs.getDate("closed_on").toLocalDate(), rs.getInt("months"), rs.getDate("due_on").toLocalDate(),
				FollowUpStatus.valueOf(rs.getString("status")), instant(rs, "sent_at"), instant(rs, "reminded_at"),
				instant(rs, "answered_at"), how == null ? null : AnswerChannel.valueOf(how));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private record Row(UUID id, ParticipantId participant, ProgramId program, UUID mentorship, LocalDate closedOn,
			int months, LocalDate dueOn, FollowUpStatus status, Instant sentAt, Instant remindedAt, Instant answeredAt,
			AnswerChannel channel) {
	}
}
