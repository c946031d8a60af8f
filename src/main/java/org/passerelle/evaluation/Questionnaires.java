package org.passerelle.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.evaluation.QuestionnaireMoment.Kind;
import org.passerelle.evaluation.QuestionnaireView.Question;
import org.passerelle.evaluation.QuestionnaireView.Version;
import org.passerelle.evaluation.QuestionnaireView.VersionSummary;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's questionnaires (R-EVA-1), built by its coordinators and administrators: a title and
 * questions in French and English, attached to moments of the mentorships. A version that has
 * answers is never changed: changing the questionnaire then makes the next version, and the answers
 * already given keep theirs. Anyone who does not coordinate the program does not learn that its
 * questionnaires exist (not found).
 */
@Service
@Transactional
public class Questionnaires {

	static final int TITLE_MAX = 200;

	static final int TEXT_MAX = 500;

	static final int CHOICE_MAX = 200;

	static final int MOST_QUESTIONS = 100;

	private final ProgramManagement programs;

	private final JdbcClient jdbc;

	private final Clock clock;

	Questionnaires(ProgramManagement programs, JdbcClient jdbc, Clock clock) {
		this.programs = programs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The questionnaires of a program the actor coordinates, by title. */
	@Transactional(readOnly = true)
	public List<QuestionnaireSummary> list(Actor actor, ProgramId program) {
		requireCoordinator(actor, program, "program", program);
		return jdbc.sql("""
				select q.id, v.number, v.title_fr, v.title_en,
				  (select count(*) from questionnaire_question qq where qq.version_id = v.id) as questions,
				  (select count(*) from questionnaire_moment m where m.questionnaire_id = q.id and m.removed_on is null) as moments,
				  (select count(*) from questionnaire_request r where r.questionnaire_id = q.id and r.status = 'ANSWERED') as answers
				from questionnaire q join questionnaire_version v on v.questionnaire_id = q.id
				where q.program_id = :program
				  and v.number = (select max(number) from questionnaire_version x where x.questionnaire_id = q.id)
				order by v.title_fr, q.created_at""")
			.param("program", program.value())
			.query((rs, row) -> new QuestionnaireSummary(new QuestionnaireId(rs.getObject("id", UUID.class)), program,
					rs.getInt("number"), rs.getString("title_fr"), rs.getString("title_en"), rs.getInt("questions"),
					rs.getInt("moments"), rs.getLong("answers")))
			.list();
	}

	/** One questionnaire, for its program's coordinators. */
	@Transactional(readOnly = true)
	public QuestionnaireView find(Actor actor, QuestionnaireId id) {
		requireCoordinator(actor, programOf(id), "questionnaire", id);
		return view(id);
	}

	/** Creates a questionnaire for a program, as its first version. */
	public QuestionnaireView create(Actor actor, ProgramId program, QuestionnaireDraft draft) {
		requireCoordinator(actor, program, "program", program);
		check(draft);
		return view(insert(actor, program, null, draft));
	}

	/** Creates a template's questionnaire for a program, attached to the template's moments. */
	public QuestionnaireView createFromTemplate(Actor actor, ProgramId program, QuestionnaireTemplate template) {
		requireCoordinator(actor, program, "program", program);
		var id = insert(actor, program, template, template.draft());
		template.moments().forEach(moment -> insertMoment(id, moment));
		return view(id);
	}

	/**
	 * Changes a questionnaire's title and questions: in place while its current version has no
	 * answer, as a new version once it has.
	 */
	public QuestionnaireView change(Actor actor, QuestionnaireId id, QuestionnaireDraft draft) {
		requireCoordinator(actor, programOf(id), "questionnaire", id);
		check(draft);
		jdbc.sql("select id from questionnaire where id = ? for update").param(id.value()).query(UUID.class).single();
		var current = current(id);
		if (answers(current.id()) > 0) {
			insertVersion(id, current.number() + 1, draft);
		}
		else {
			jdbc.sql("delete from questionnaire_question where version_id = ?").param(current.id()).update();
			jdbc.sql("update questionnaire_version set title_fr = ?, title_en = ? where id = ?")
				.params(draft.titleFr().strip(), draft.titleEn().strip(), current.id())
				.update();
			insertQuestions(current.id(), draft);
		}
		return view(id);
	}

	/** Attaches a questionnaire to a moment: from today on, the daily job asks the people it names. */
	public QuestionnaireView attach(Actor actor, QuestionnaireId id, QuestionnaireMoment.Draft moment) {
		requireCoordinator(actor, programOf(id), "questionnaire", id);
		check(moment);
		insertMoment(id, moment);
		return view(id);
	}

	/** Detaches a moment: no new request from it; those made stay, and their answers too. */
	public QuestionnaireView detach(Actor actor, QuestionnaireId id, UUID moment) {
		requireCoordinator(actor, programOf(id), "questionnaire", id);
		int changed = jdbc.sql("""
				update questionnaire_moment set removed_on = ?
				where id = ? and questionnaire_id = ? and removed_on is null""")
			.params(Date.valueOf(LocalDate.now(clock)), moment, id.value())
			.update();
		if (changed == 0) {
			throw new NotFoundException("moment", moment);
		}
		return view(id);
	}

	// For the module's other services

	/** The questionnaire's program; not found when there is no such questionnaire. */
	ProgramId programOf(QuestionnaireId id) {
		return jdbc.sql("select program_id from questionnaire where id = ?")
			.param(id.value())
			.query((rs, row) -> new ProgramId(rs.getObject(1, UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("questionnaire", id));
	}

	/** Whether the actor coordinates the program (or administers everything). */
	boolean coordinates(Actor actor, ProgramId program) {
		return programs.coordinates(actor, program);
	}

	void requireCoordinator(Actor actor, ProgramId program, String what, Object id) {
		if (!programs.coordinates(actor, program)) {
			throw new NotFoundException(what, id);
		}
	}

	/** The questionnaire as it stands; no scope. */
	QuestionnaireView view(QuestionnaireId id) {
		var row = jdbc.sql("select program_id, template from questionnaire where id = ?")
			.param(id.value())
			.query((rs, n) -> new Object[] { new ProgramId(rs.getObject(1, UUID.class)), rs.getString(2) })
			.optional()
			.orElseThrow(() -> new NotFoundException("questionnaire", id));
		var program = (ProgramId) row[0];
		var current = current(id);
		var versions = jdbc.sql("""
				select v.number, v.title_fr, v.title_en, v.created_at,
				  (select count(*) from questionnaire_request r where r.version_id = v.id) as answers
				from questionnaire_version v where v.questionnaire_id = ? order by v.number desc""")
			.param(id.value())
			.query((rs, n) -> new VersionSummary(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getLong(5)))
			.list();
		return new QuestionnaireView(id, program, programs.find(Actor.system(), program).name(),
				row[1] == null ? null : QuestionnaireTemplate.valueOf((String) row[1]), current,
				answers(current.id()) > 0, moments(id), versions);
	}

	/** The latest version of a questionnaire, the one people answer now. */
	Version current(QuestionnaireId id) {
		var versionId = jdbc.sql("""
				select id from questionnaire_version where questionnaire_id = ? order by number desc limit 1""")
			.param(id.value())
			.query(UUID.class)
			.single();
		return version(versionId);
	}

	/** One version with its questions and their choices. */
	Version version(UUID versionId) {
		var choices = new HashMap<UUID, List<QuestionChoice>>();
		jdbc.sql("""
				select c.question_id, c.label_fr, c.label_en from questionnaire_choice c
				join questionnaire_question q on q.id = c.question_id
				where q.version_id = ? order by c.question_id, c.position""")
			.param(versionId)
			.query((rs, n) -> choices.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
				.add(new QuestionChoice(rs.getString(2), rs.getString(3))))
			.list();
		var questions = jdbc.sql("select * from questionnaire_question where version_id = ? order by position")
			.param(versionId)
			.query((rs, n) -> {
				var id = rs.getObject("id", UUID.class);
				return new Question(id, rs.getInt("position"), QuestionType.valueOf(rs.getString("type")),
						rs.getString("text_fr"), rs.getString("text_en"), rs.getBoolean("required"),
						rs.getString("tag") == null ? null : QuestionTag.valueOf(rs.getString("tag")),
						List.copyOf(choices.getOrDefault(id, List.of())));
			})
			.list();
		return jdbc.sql("select number, title_fr, title_en from questionnaire_version where id = ?")
			.param(versionId)
			.query((rs, n) -> new Version(versionId, rs.getInt(1), rs.getString(2), rs.getString(3), questions))
			.single();
	}

	/** The moments of a questionnaire, those detached included, in the order they were attached. */
	List<QuestionnaireMoment> moments(QuestionnaireId id) {
		return jdbc.sql("select * from questionnaire_moment where questionnaire_id = ? order by created_on, id")
			.param(id.value())
			.query((rs, n) -> new QuestionnaireMoment(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
					QuestionnaireAudience.valueOf(rs.getString("audience")), (Integer) rs.getObject("days"),
					(Integer) rs.getObject("every_days"), (Integer) rs.getObject("months"),
					(Integer) rs.getObject("yearly_month"), (Integer) rs.getObject("yearly_day"),
					rs.getObject("created_on", LocalDate.class), rs.getObject("removed_on", LocalDate.class)))
			.list();
	}

	// Writing

	private QuestionnaireId insert(Actor actor, ProgramId program, QuestionnaireTemplate template,
			QuestionnaireDraft draft) {
		var id = new QuestionnaireId(UUID.randomUUID());
		jdbc.sql("""
				insert into questionnaire (id, program_id, template, created_at, created_by) values (?, ?, ?, ?, ?)""")
			.params(id.value(), program.value(), template == null ? null : template.name(),
					Timestamp.from(clock.instant()), actor.userId().value())
			.update();
		insertVersion(id, 1, draft);
		return id;
	}

	private void insertVersion(QuestionnaireId id, int number, QuestionnaireDraft draft) {
		var version = UUID.randomUUID();
		jdbc.sql("""
				insert into questionnaire_version (id, questionnaire_id, number, title_fr, title_en, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(version, id.value(), number, draft.titleFr().strip(), draft.titleEn().strip(),
					Timestamp.from(clock.instant()))
			.update();
		insertQuestions(version, draft);
	}

	private void insertQuestions(UUID version, QuestionnaireDraft draft) {
		int position = 0;
		for (var question : draft.questions()) {
			var id = UUID.randomUUID();
			position++;
			jdbc.sql("""
					insert into questionnaire_question (id, version_id, position, type, text_fr, text_en, required, tag)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, version, position, question.type().name(), question.textFr().strip(),
						question.textEn().strip(), question.required(),
						question.tag() == null ? null : question.tag().name())
				.update();
			if (question.type().hasChoices()) {
				int choice = 0;
				for (var label : question.choices()) {
					jdbc.sql("""
							insert into questionnaire_choice (question_id, position, label_fr, label_en)
							values (?, ?, ?, ?)""")
						.params(id, ++choice, label.fr().strip(), label.en().strip())
						.update();
				}
			}
		}
	}

	private void insertMoment(QuestionnaireId id, QuestionnaireMoment.Draft moment) {
		var yearly = moment.kind() == Kind.YEARLY_FOR_MENTORS;
		jdbc.sql("""
				insert into questionnaire_moment (id, questionnaire_id, kind, audience, days, every_days, months,
				  yearly_month, yearly_day, created_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id.value(), moment.kind().name(),
					yearly ? QuestionnaireAudience.MENTORS.name() : moment.audience().name(),
					moment.kind() == Kind.AFTER_START || moment.kind() == Kind.DURING ? moment.days() : null,
					moment.kind() == Kind.DURING ? moment.everyDays() : null,
					moment.kind() == Kind.AFTER_CLOSURE ? moment.months() : null, yearly ? moment.yearlyMonth() : null,
					yearly ? moment.yearlyDay() : null, Date.valueOf(LocalDate.now(clock)))
			.update();
	}

	private long answers(UUID version) {
		return jdbc.sql("select count(*) from questionnaire_request where version_id = ?")
			.param(version)
			.query(Long.class)
			.single();
	}

	// Rules

	/** The draft's first mistake, on its field as the form names it. */
	static void check(QuestionnaireDraft draft) {
		text("titleFr", draft.titleFr(), TITLE_MAX);
		text("titleEn", draft.titleEn(), TITLE_MAX);
		if (draft.questions().isEmpty()) {
			throw new InvalidFieldException("questions", "questionnaire.questions.none");
		}
		if (draft.questions().size() > MOST_QUESTIONS) {
			throw new InvalidFieldException("questions", "questionnaire.questions.tooMany", MOST_QUESTIONS);
		}
		for (int i = 0; i < draft.questions().size(); i++) {
			var question = draft.questions().get(i);
			var field = "questions[" + i + "].";
			if (question.type() == null) {
				throw new InvalidFieldException(field + "type", "questionnaire.question.type.missing");
			}
			text(field + "textFr", question.textFr(), TEXT_MAX);
			text(field + "textEn", question.textEn(), TEXT_MAX);
			if (question.type().hasChoices()) {
				if (question.choices().size() < 2) {
					throw new InvalidFieldException(field + "choices", "questionnaire.question.choices.few");
				}
				for (var choice : question.choices()) {
					if (blank(choice.fr()) || blank(choice.en())) {
						throw new InvalidFieldException(field + "choices", "questionnaire.question.choices.bothLanguages");
					}
					if (choice.fr().strip().length() > CHOICE_MAX || choice.en().strip().length() > CHOICE_MAX) {
						throw new InvalidFieldException(field + "choices", "questionnaire.question.choices.tooLong",
								CHOICE_MAX);
					}
				}
			}
		}
	}

	static void check(QuestionnaireMoment.Draft moment) {
		if (moment.kind() == null) {
			throw new InvalidFieldException("kind", "questionnaire.moment.kind.missing");
		}
		if (moment.kind() != Kind.YEARLY_FOR_MENTORS && moment.audience() == null) {
			throw new InvalidFieldException("audience", "questionnaire.moment.audience.missing");
		}
		switch (moment.kind()) {
			case AFTER_START -> between("days", moment.days(), 1, 3650);
			case DURING -> {
				between("days", moment.days(), 1, 3650);
				between("everyDays", moment.everyDays(), 1, 3650);
			}
			case AFTER_CLOSURE -> between("months", moment.months(), 1, 120);
			case YEARLY_FOR_MENTORS -> {
				between("yearlyMonth", moment.yearlyMonth(), 1, 12);
				between("yearlyDay", moment.yearlyDay(), 1, 31);
			}
			case AT_CLOSURE -> {
				// the closure's day is the pair's own
			}
		}
	}

	private static void between(String field, Integer value, int least, int most) {
		if (value == null || value < least || value > most) {
			throw new InvalidFieldException(field, "questionnaire.moment.number", least, most);
		}
	}

	private static void text(String field, String value, int most) {
		if (blank(value)) {
			throw new InvalidFieldException(field, "questionnaire.text.missing");
		}
		if (value.strip().length() > most) {
			throw new InvalidFieldException(field, "questionnaire.text.tooLong", most);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The titles of questionnaires, current versions, for lists that name them. */
	Map<QuestionnaireId, Version> currents(List<QuestionnaireId> ids) {
		var found = new LinkedHashMap<QuestionnaireId, Version>();
		ids.stream().distinct().forEach(id -> found.put(id, current(id)));
		return found;
	}
}
