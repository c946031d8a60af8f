package org.passerelle.evaluation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.evaluation.QuestionnaireRequestView.Answer;
import org.passerelle.evaluation.QuestionnaireRequestView.Status;
import org.passerelle.evaluation.QuestionnaireRequestView.Via;
import org.passerelle.evaluation.QuestionnaireView.Question;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering questionnaires: a person answers what they were asked, signed in or from the e-mailed
 * single-use link; a coordinator records the answers a person gave by phone, marked as such. A
 * request is answered once, with the questionnaire's current version, which the answers keep. Each
 * person sees only their own requests; the program's coordinators see all of theirs; anyone else
 * does not learn a request exists.
 *
 * <p>Answers come as texts by question id, as forms send them: a scale {@code 1} to {@code 5}; yes or
 * no as {@code true} or {@code false}; choices by their position from {@code 1}; a number (a comma
 * or a point before the decimals); a date as {@code 2026-05-31}; any text.
 */
@Service
@Transactional
public class QuestionnaireAnswers {

	static final int TEXT_MAX = 4000;

	static final BigDecimal NUMBER_LIMIT = new BigDecimal("1000000000");

	private final Questionnaires questionnaires;

	private final QuestionnaireSchedule schedule;

	private final AnswerLinks links;

	private final ParticipantDirectory participants;

	private final ProgramManagement programs;

	private final UserManagement users;

	private final JdbcClient jdbc;

	private final Clock clock;

	QuestionnaireAnswers(Questionnaires questionnaires, QuestionnaireSchedule schedule, AnswerLinks links,
			ParticipantDirectory participants, ProgramManagement programs, UserManagement users, JdbcClient jdbc,
			Clock clock) {
		this.questionnaires = questionnaires;
		this.schedule = schedule;
		this.links = links;
		this.participants = participants;
		this.programs = programs;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The questionnaires the actor was asked and has not answered yet, the oldest first. */
	@Transactional(readOnly = true)
	public List<QuestionnaireRequestView> toAnswer(Actor actor) {
		var me = participants.participantOf(actor.userId());
		if (me.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id from questionnaire_request where participant_id = ? and status = 'SENT'
				order by due_on, created_at""")
			.param(me.get().value())
			.query((rs, row) -> new QuestionnaireRequestId(rs.getObject(1, UUID.class)))
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	/** The requests of a questionnaire, newest first, for its program's coordinators. */
	@Transactional(readOnly = true)
	public List<QuestionnaireRequestView> requests(Actor actor, QuestionnaireId questionnaire) {
		questionnaires.requireCoordinator(actor, questionnaires.programOf(questionnaire), "questionnaire", questionnaire);
		return jdbc.sql("""
				select id from questionnaire_request where questionnaire_id = ?
				order by due_on desc, created_at desc limit 500""")
			.param(questionnaire.value())
			.query((rs, row) -> new QuestionnaireRequestId(rs.getObject(1, UUID.class)))
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	/** One request, for the person asked and the program's coordinators. */
	@Transactional(readOnly = true)
	public QuestionnaireRequestView find(Actor actor, QuestionnaireRequestId id) {
		var view = view(id);
		if (!mine(actor, view) && !questionnaires.coordinates(actor, view.program())) {
			throw new NotFoundException("questionnaire request", id);
		}
		return view;
	}

	/**
	 * Answers a request: the person asked answers their own; a coordinator of the program records
	 * what the person said by phone, marked as such.
	 *
	 * @throws QuestionnaireAnswersRefusedException with each answer refused; nothing is saved
	 * @throws RuleViolationException {@code questionnaire.answer.closed} when it was answered already
	 *         or the person could not be reached
	 */
	public QuestionnaireRequestView answer(Actor actor, QuestionnaireRequestId id, Map<UUID, List<String>> answers) {
		var view = find(actor, id);
		var via = mine(actor, view) ? Via.SELF : Via.PHONE;
		save(view, answers, via, actor.userId());
		return view(id);
	}

	/**
	 * The request a link answers, without signing in.
	 *
	 * @throws AnswerLinkRefusedException when the link is unknown, used or expired
	 */
	@Transactional(readOnly = true)
	public QuestionnaireRequestView openLink(String token) {
		var link = links.open(AnswerLinkKind.QUESTIONNAIRE, token);
		return view(new QuestionnaireRequestId(link.subject()));
	}

	/**
	 * Answers the request a link answers, and uses the link up; when the answers are refused, the
	 * link still works.
	 *
	 * @throws AnswerLinkRefusedException when the link is unknown, used or expired; nothing is saved
	 * @throws QuestionnaireAnswersRefusedException with each answer refused; nothing is saved
	 */
	public QuestionnaireRequestView answerByLink(String token, Map<UUID, List<String>> answers) {
		var link = links.open(AnswerLinkKind.QUESTIONNAIRE, token);
		var view = view(new QuestionnaireRequestId(link.subject()));
		var parsed = parse(view.version().questions(), answers);
		links.use(AnswerLinkKind.QUESTIONNAIRE, token);
		store(view, parsed, Via.LINK, null);
		return view(view.id());
	}

	/**
	 * Sends a new link to the address on file of the person a link — expired, used or not — was for,
	 * if their request still waits for an answer and fewer than {@value AnswerLinks#NEW_LINKS_A_DAY}
	 * new links were sent for it in the last 24 hours. Says nothing of what it found, whatever the token.
	 */
	public void askNewLink(String token) {
		links.find(token)
			.filter(link -> link.kind() == AnswerLinkKind.QUESTIONNAIRE)
			.map(link -> view(new QuestionnaireRequestId(link.subject())))
			.filter(QuestionnaireRequestView::open)
			.filter(view -> links.allowNewLink(AnswerLinkKind.QUESTIONNAIRE, view.id().value()))
			.ifPresent(view -> schedule.publish(view.id(), view.questionnaire(), view.program(), view.participant(),
					true, false));
	}

	/**
	 * A new single-use link for the person asked to answer a request without signing in; earlier
	 * links to it stop working. For the e-mail that carries it: the token is never stored.
	 *
	 * @return the token, to put after {@code /answers/questionnaires/}
	 */
	public String link(QuestionnaireRequestId id) {
		var participant = jdbc.sql("select participant_id from questionnaire_request where id = ?")
			.param(id.value())
			.query((rs, row) -> new ParticipantId(rs.getObject(1, UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("questionnaire request", id));
		return links.issue(AnswerLinkKind.QUESTIONNAIRE, id.value(), participant);
	}

	// Saving

	private void save(QuestionnaireRequestView view, Map<UUID, List<String>> answers, Via via, UserId by) {
		if (!view.open()) {
			throw new RuleViolationException("questionnaire.answer.closed");
		}
		store(view, parse(view.version().questions(), answers), via, by);
	}

	private void store(QuestionnaireRequestView view, Map<UUID, Answer> answers, Via via, UserId by) {
		int changed = jdbc.sql("""
				update questionnaire_request set status = 'ANSWERED', answered_at = ?, answered_via = ?, recorded_by = ?,
				  version_id = ?
				where id = ? and status = 'SENT'""")
			.params(Timestamp.from(clock.instant()), via.name(), by == null ? null : by.value(), view.version().id(),
					view.id().value())
			.update();
		if (changed == 0) {
			throw new RuleViolationException("questionnaire.answer.closed");
		}
		answers.forEach((question, answer) -> jdbc.sql("""
				insert into questionnaire_answer (request_id, question_id, number_value, text_value, date_value, choices)
				values (?, ?, ?, ?, ?, cast(? as integer[]))""")
			.params(view.id().value(), question, answer.number(), answer.text(),
					answer.date() == null ? null : Date.valueOf(answer.date()),
					answer.choices().isEmpty() ? null
							: "{" + String.join(",", answer.choices().stream().map(String::valueOf).toList()) + "}")
			.update());
	}

	/**
	 * Reads the answers to a version's questions; questions not in the version are left out.
	 *
	 * @throws QuestionnaireAnswersRefusedException with every answer refused
	 */
	static Map<UUID, Answer> parse(List<Question> questions, Map<UUID, List<String>> given) {
		var answers = new HashMap<UUID, Answer>();
		var problems = new ArrayList<InvalidFieldException>();
		for (var question : questions) {
			var values = given == null ? List.<String>of()
					: given.getOrDefault(question.id(), List.of())
						.stream()
						.filter(Objects::nonNull)
						.map(String::strip)
						.filter(value -> !value.isEmpty())
						.toList();
			if (values.isEmpty()) {
				if (question.required()) {
					problems.add(new InvalidFieldException(question.field(), "questionnaire.answer.required"));
				}
				continue;
			}
			try {
				answers.put(question.id(), answer(question, values));
			}
			catch (InvalidFieldException ex) {
				problems.add(ex);
			}
		}
		if (!problems.isEmpty()) {
			throw new QuestionnaireAnswersRefusedException(problems);
		}
		return answers;
	}

	private static Answer answer(Question question, List<String> values) {
		var field = question.field();
		var single = values.getFirst();
		return switch (question.type()) {
			case SCALE -> {
				var scale = integer(single);
				if (values.size() > 1 || scale == null || scale < 1 || scale > 5) {
					throw new InvalidFieldException(field, "questionnaire.answer.scale");
				}
				yield new Answer(BigDecimal.valueOf(scale), null, null, null);
			}
			case YES_NO -> {
				if (values.size() > 1 || !single.equals("true") && !single.equals("false")) {
					throw new InvalidFieldException(field, "questionnaire.answer.yesNo");
				}
				yield new Answer(single.equals("true") ? BigDecimal.ONE : BigDecimal.ZERO, null, null, null);
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				if (question.type() == QuestionType.SINGLE_CHOICE && values.size() > 1) {
					throw new InvalidFieldException(field, "questionnaire.answer.choice");
				}
				var chosen = new LinkedHashSet<Integer>();
				for (var value : values) {
					var position = integer(value);
					if (position == null || position < 1 || position > question.choices().size()) {
						throw new InvalidFieldException(field, "questionnaire.answer.choice");
					}
					chosen.add(position);
				}
				yield new Answer(null, null, null, chosen.stream().sorted().toList());
			}
			case NUMBER -> {
				try {
					var number = new BigDecimal(single.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
					if (values.size() > 1 || number.abs().compareTo(NUMBER_LIMIT) >= 0) {
						throw new InvalidFieldException(field, "questionnaire.answer.number");
					}
					yield new Answer(number, null, null, null);
				}
				catch (NumberFormatException ex) {
					throw new InvalidFieldException(field, "questionnaire.answer.number");
				}
			}
			case DATE -> {
				try {
					var date = LocalDate.parse(single);
					if (values.size() > 1 || date.getYear() < 1900 || date.getYear() > 2999) {
						throw new InvalidFieldException(field, "questionnaire.answer.date");
					}
					yield new Answer(null, null, date, null);
				}
				catch (DateTimeParseException ex) {
					throw new InvalidFieldException(field, "questionnaire.answer.date");
				}
			}
			case TEXT -> {
				var text = String.join("\n", values);
				if (text.length() > TEXT_MAX) {
					throw new InvalidFieldException(field, "questionnaire.answer.tooLong", TEXT_MAX);
				}
				yield new Answer(null, text, null, null);
			}
		};
	}

	private static Integer integer(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	// Reading

	/** Whether the request asks the actor themself — otherwise a coordinator records answers for them. */
	public boolean mine(Actor actor, QuestionnaireRequestView view) {
		return participants.participantOf(actor.userId()).map(view.participant()::equals).orElse(false);
	}

	/** A request as it stands; no scope. */
	QuestionnaireRequestView view(QuestionnaireRequestId id) {
		var row = jdbc.sql("select * from questionnaire_request where id = ?")
			.param(id.value())
			.query((rs, n) -> {
				var values = new HashMap<String, Object>();
				for (var column : List.of("questionnaire_id", "program_id", "participant_id", "role", "due_on", "status",
						"by_link", "created_at", "reminded_at", "answered_at", "answered_via", "recorded_by",
						"version_id")) {
					values.put(column, rs.getObject(column));
				}
				return values;
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("questionnaire request", id));
		var questionnaire = new QuestionnaireId((UUID) row.get("questionnaire_id"));
		var program = new ProgramId((UUID) row.get("program_id"));
		var participant = new ParticipantId((UUID) row.get("participant_id"));
		var version = row.get("version_id") == null ? questionnaires.current(questionnaire)
				: questionnaires.version((UUID) row.get("version_id"));
		var recordedBy = row.get("recorded_by") == null ? null
				: users.names(List.of(new UserId((UUID) row.get("recorded_by"))))
					.getOrDefault(new UserId((UUID) row.get("recorded_by")), "");
		return new QuestionnaireRequestView(id, questionnaire, program, programs.find(Actor.system(), program).name(),
				participant, participants.names(List.of(participant)).getOrDefault(participant, ""),
				Audience.valueOf((String) row.get("role")), ((java.sql.Date) row.get("due_on")).toLocalDate(),
				Status.valueOf((String) row.get("status")), (Boolean) row.get("by_link"), instant(row.get("created_at")),
				instant(row.get("reminded_at")), instant(row.get("answered_at")),
				row.get("answered_via") == null ? null : Via.valueOf((String) row.get("answered_via")), recordedBy,
				version, answersOf(List.of(id.value())).getOrDefault(id.value(), Map.of()));
	}

	/** The answers of requests, by request and question. */
	Map<UUID, Map<UUID, Answer>> answersOf(Collection<UUID> requests) {
		var found = new HashMap<UUID, Map<UUID, Answer>>();
		if (requests.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				select request_id, question_id, number_value, text_value, date_value, choices
				from questionnaire_answer where request_id in (:requests)""")
			.param("requests", requests)
			.query((rs, n) -> {
				var choices = rs.getArray("choices");
				return found.computeIfAbsent(rs.getObject(1, UUID.class), key -> new HashMap<>())
					.put(rs.getObject(2, UUID.class), new Answer(rs.getBigDecimal(3), rs.getString(4),
							rs.getObject(5, LocalDate.class),
							choices == null ? List.of() : List.of((Integer[]) choices.getArray())));
			})
			.list();
		return found;
	}

	private static java.time.Instant instant(Object value) {
		return value == null ? null : ((Timestamp) value).toInstant();
	}
}
