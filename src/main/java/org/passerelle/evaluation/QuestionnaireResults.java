package org.passerelle.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.Period;
import org.passerelle.evaluation.QuestionnaireRequestView.Answer;
import org.passerelle.evaluation.QuestionnaireView.Question;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What questionnaires tell, per program and period (R-EVA-1, R-EVA-2): for each questionnaire, its
 * response rate — overall and per moment — and its answers aggregated per question, each version
 * apart (a question changed is another question); and the program's "match relevance", the mean of
 * every scale question tagged {@link QuestionTag#MATCH_FIT} whatever questionnaire asked it.
 *
 * <p><b>The period</b> holds the requests whose date falls in it (the day their moment fell), with
 * their answers, whenever these came.
 *
 * <p><b>Counts</b>: {@code sent} is the requests made to people who could be reached, answered or
 * not; {@code answered} those answered; {@code notReachable} those not sent because the person
 * withdrew their consent to surveys or has no address; the rate is answered over sent.
 *
 * <p><b>Aggregates</b>: a scale has its mean, median and the count of each value from 1 to 5; yes or
 * no the count of each (value 1 for yes, 0 for no); a choice question the count of each choice by
 * position; a number its mean and median; a date only how many answered; a free text the texts
 * themselves, for the program's coordinators only — {@link #of(ProgramId, Period)} leaves them out.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireResults {

	private final Questionnaires questionnaires;

	private final QuestionnaireAnswers answers;

	private final JdbcClient jdbc;

	QuestionnaireResults(Questionnaires questionnaires, QuestionnaireAnswers answers, JdbcClient jdbc) {
		this.questionnaires = questionnaires;
		this.answers = answers;
		this.jdbc = jdbc;
	}

	/**
	 * The results of a program's questionnaires over a period, without the free texts, for the
	 * reports: no scope — the caller decides who may read them (aggregates only, no person named).
	 */
	public ProgramResults of(ProgramId program, Period period) {
		return results(program, period, null, false);
	}

	/** The same with the free texts, for the program's coordinators; not found for anyone else. */
	public ProgramResults of(Actor actor, ProgramId program, Period period) {
		questionnaires.requireCoordinator(actor, program, "program", program);
		return results(program, period, null, true);
	}

	/** One questionnaire's results over a period, free texts included, for its program's coordinators. */
	public QuestionnaireResult of(Actor actor, QuestionnaireId questionnaire, Period period) {
		var program = questionnaires.programOf(questionnaire);
		questionnaires.requireCoordinator(actor, program, "questionnaire", questionnaire);
		return results(program, period, questionnaire, true).questionnaires()
			.stream()
			.findFirst()
			.orElseGet(() -> empty(questionnaire));
	}

	/**
	 * A program's results over a period.
	 *
	 * @param responses all its questionnaires' requests together
	 * @param matchRelevance the mean of the answers to scale questions tagged {@link QuestionTag#MATCH_FIT}
	 */
	public record ProgramResults(ProgramId program, Period period, Responses responses,
			MatchRelevance matchRelevance, List<QuestionnaireResult> questionnaires) {
	}

	/**
	 * How well the matches suit the people matched, as they said: the mean (1 to 5, two decimals) of
	 * the scale answers to questions tagged {@link QuestionTag#MATCH_FIT}, {@code null} when none,
	 * and how many answers it is the mean of.
	 */
	public record MatchRelevance(BigDecimal mean, long answers) {
	}

	/** Requests sent to people who could be reached, answered among them, and those not sent. */
	public record Responses(long sent, long answered, long notReachable) {

		/** Answered over sent, from 0 to 1 with three decimals; {@code null} when none was sent. */
		public BigDecimal rate() {
			return sent == 0 ? null : BigDecimal.valueOf(answered).divide(BigDecimal.valueOf(sent), 3, RoundingMode.HALF_UP);
		}

		Responses plus(Responses other) {
			return new Responses(sent + other.sent, answered + other.answered, notReachable + other.notReachable);
		}
	}

	/** One questionnaire's results: its responses, per moment too, and each version's questions. */
	public record QuestionnaireResult(QuestionnaireId questionnaire, String titleFr, String titleEn,
			Responses responses, List<MomentResponses> moments, List<VersionResult> versions) {

		public String title(Locale locale) {
			return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
		}
	}

	/** The responses to the requests of one moment. */
	public record MomentResponses(QuestionnaireMoment moment, Responses responses) {
	}

	/** The answers to one version of a questionnaire, question by question in order. */
	public record VersionResult(int version, List<QuestionResult> questions) {
	}

	/**
	 * The answers to one question.
	 *
	 * @param answers how many answered it
	 * @param mean for a scale or a number, two decimals; {@code null} otherwise or when none
	 * @param median for a scale or a number; {@code null} otherwise or when none
	 * @param counts for a scale each value from 1 to 5, for yes or no each of 1 (yes) and 0 (no), for
	 *        a choice question each choice by position; empty otherwise
	 * @param texts the free texts, oldest first, for the coordinators only; empty otherwise
	 */
	public record QuestionResult(UUID question, int position, QuestionType type, String textFr, String textEn,
			QuestionTag tag, long answers, BigDecimal mean, BigDecimal median, List<Count> counts,
			List<String> texts) {

		public String text(Locale locale) {
			return "fr".equals(locale.getLanguage()) ? textFr : textEn;
		}
	}

	/** How many gave one value or chose one choice; choices carry their labels. */
	public record Count(int value, String labelFr, String labelEn, long count) {

		public String label(Locale locale) {
			return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
		}
	}

	// Counting

	private ProgramResults results(ProgramId program, Period period, QuestionnaireId only, boolean texts) {
		var requests = jdbc.sql("""
				select id, questionnaire_id, moment_id, status, version_id from questionnaire_request
				where program_id = :program and due_on between :from and :to
				  and (cast(:only as uuid) is null or questionnaire_id = cast(:only as uuid))
				order by created_at""")
			.param("program", program.value())
			.param("from", Date.valueOf(period.from()))
			.param("to", Date.valueOf(period.to()))
			.param("only", only == null ? null : only.value())
			.query((rs, row) -> new Request(rs.getObject(1, UUID.class), new QuestionnaireId(rs.getObject(2, UUID.class)),
					rs.getObject(3, UUID.class), QuestionnaireRequestView.Status.valueOf(rs.getString(4)),
					rs.getObject(5, UUID.class)))
			.list();
		var given = answers.answersOf(requests.stream()
			.filter(request -> request.status() == QuestionnaireRequestView.Status.ANSWERED)
			.map(Request::id)
			.toList());
		var byQuestionnaire = new LinkedHashMap<QuestionnaireId, List<Request>>();
		requests.forEach(request -> byQuestionnaire.computeIfAbsent(request.questionnaire(), key -> new ArrayList<>())
			.add(request));
		var results = new ArrayList<QuestionnaireResult>();
		var total = new Responses(0, 0, 0);
		var fit = new ArrayList<BigDecimal>();
		for (var entry : byQuestionnaire.entrySet()) {
			var result = questionnaire(entry.getKey(), entry.getValue(), given, texts, fit);
			results.add(result);
			total = total.plus(result.responses());
		}
		results.sort(java.util.Comparator.comparing(QuestionnaireResult::titleFr));
		return new ProgramResults(program, period, total,
				new MatchRelevance(mean(fit), fit.size()), List.copyOf(results));
	}

	private QuestionnaireResult questionnaire(QuestionnaireId id, List<Request> requests,
			Map<UUID, Map<UUID, Answer>> given, boolean texts, List<BigDecimal> fit) {
		var current = questionnaires.current(id);
		var moments = new ArrayList<MomentResponses>();
		for (var moment : questionnaires.moments(id)) {
			var ofMoment = requests.stream().filter(request -> request.moment().equals(moment.id())).toList();
			if (!ofMoment.isEmpty() || moment.active()) {
				moments.add(new MomentResponses(moment, responses(ofMoment)));
			}
		}
		var byVersion = new LinkedHashMap<UUID, List<Map<UUID, Answer>>>();
		requests.stream()
			.filter(request -> request.version() != null)
			.forEach(request -> byVersion.computeIfAbsent(request.version(), key -> new ArrayList<>())
				.add(given.getOrDefault(request.id(), Map.of())));
		var versions = new ArrayList<VersionResult>();
		for (var entry : byVersion.entrySet()) {
			var version = questionnaires.version(entry.getKey());
			versions.add(new VersionResult(version.number(), version.questions()
				.stream()
				.map(question -> question(question, entry.getValue(), texts, fit))
				.toList()));
		}
		versions.sort(java.util.Comparator.comparing(VersionResult::version).reversed());
		return new QuestionnaireResult(id, current.titleFr(), current.titleEn(), responses(requests), moments, versions);
	}

	private static QuestionResult question(Question question, List<Map<UUID, Answer>> sheets, boolean texts,
			List<BigDecimal> fit) {
		var found = sheets.stream().map(sheet -> sheet.get(question.id())).filter(java.util.Objects::nonNull).toList();
		var numbers = found.stream().map(Answer::number).filter(java.util.Objects::nonNull).sorted().toList();
		var counts = new ArrayList<Count>();
		switch (question.type()) {
			case SCALE -> {
				for (int value = 1; value <= 5; value++) {
					var of = BigDecimal.valueOf(value);
					counts.add(new Count(value, String.valueOf(value), String.valueOf(value),
							numbers.stream().filter(number -> number.compareTo(of) == 0).count()));
				}
				if (question.tag() == QuestionTag.MATCH_FIT) {
					fit.addAll(numbers);
				}
			}
			case YES_NO -> {
				counts.add(new Count(1, "Oui", "Yes", numbers.stream().filter(n -> n.signum() > 0).count()));
				counts.add(new Count(0, "Non", "No", numbers.stream().filter(n -> n.signum() == 0).count()));
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				var choices = question.choices();
				for (int position = 1; position <= choices.size(); position++) {
					int chosen = position;
					counts.add(new Count(position, choices.get(position - 1).fr(), choices.get(position - 1).en(),
							found.stream().filter(answer -> answer.choices().contains(chosen)).count()));
				}
			}
			case NUMBER, DATE, TEXT -> {
				// a mean and a median, or only how many answered, or the texts
			}
		}
		var averaged = question.type() == QuestionType.SCALE || question.type() == QuestionType.NUMBER;
		return new QuestionResult(question.id(), question.position(), question.type(), question.textFr(),
				question.textEn(), question.tag(), found.size(), averaged ? mean(numbers) : null,
				averaged ? median(numbers) : null, List.copyOf(counts),
				texts && question.type() == QuestionType.TEXT
						? found.stream().map(Answer::text).filter(java.util.Objects::nonNull).toList() : List.of());
	}

	private static Responses responses(List<Request> requests) {
		long notReachable = requests.stream()
			.filter(request -> request.status() == QuestionnaireRequestView.Status.NOT_REACHABLE)
			.count();
		long answered = requests.stream()
			.filter(request -> request.status() == QuestionnaireRequestView.Status.ANSWERED)
			.count();
		return new Responses(requests.size() - notReachable, answered, notReachable);
	}

	static BigDecimal mean(List<BigDecimal> numbers) {
		if (numbers.isEmpty()) {
			return null;
		}
		return numbers.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(numbers.size()), 2, RoundingMode.HALF_UP);
	}

	/** The middle of numbers in order, or the mean of the two middle ones. */
	static BigDecimal median(List<BigDecimal> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int middle = sorted.size() / 2;
		var median = sorted.size() % 2 == 1 ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
		return median.stripTrailingZeros().scale() < 0 ? median.setScale(0) : median.stripTrailingZeros();
	}

	private QuestionnaireResult empty(QuestionnaireId id) {
		var current = questionnaires.current(id);
		return new QuestionnaireResult(id, current.titleFr(), current.titleEn(), new Responses(0, 0, 0),
				questionnaires.moments(id)
					.stream()
					.filter(QuestionnaireMoment::active)
					.map(moment -> new MomentResponses(moment, new Responses(0, 0, 0)))
					.toList(),
				List.of());
	}

	private record Request(UUID id, QuestionnaireId questionnaire, UUID moment, QuestionnaireRequestView.Status status,
			UUID version) {
	}
}
