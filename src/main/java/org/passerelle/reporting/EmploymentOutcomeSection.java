package org.passerelle.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.passerelle.evaluation.EmploymentOutcomes;
import org.passerelle.evaluation.OutcomeStage;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Employment after the program (R-RPT-4, R-EVA-2), read from the employment history's outcomes
 * ({@link EmploymentOutcomes}, the one truth: the closure's employment, then each follow-up's
 * answer). Two tables:
 * <ul>
 * <li><b>Stage by stage</b>, the mentees whose mentorship closed in the period: at closure, then
 * each follow-up (3, 6, 12 months… as the program plans them) — closed, due, reached, not
 * reachable, employed, in their field, with the response rate beside the rates of employment
 * (over those reached). No total row: every stage counts the same people.</li>
 * <li><b>Cohorts compared</b>: the mentees closed in each of the last five calendar years up to
 * the period's last day (the last year up to that day), each year's rates of employment in any job
 * and in the field at each stage, with those reached beside each rate.</li>
 * </ul>
 * <p><b>Withheld as one table.</b> A cohort's stages are the same people: those closed are the same
 * at every stage, the follow-ups due at closure are those closed. Both tables are therefore read
 * from one wide row per cohort — closed once, then each stage's counts as parts and subsets of it —
 * suppressed row by row (rows of different years share no one and no total), and shown reshaped:
 * the stage table is the period's row turned on its side, the cohort table some columns of the
 * years' rows. Where the period is a calendar year (or its start to the day shown) the two rows are
 * the same counts and are withheld alike.
 */
@Component
@Order(10)
class EmploymentOutcomeSection implements EvaluationSection {

	/** How many closure years the cohort table compares. */
	static final int YEARS = 5;

	static final String STAGES = "report.outcome";

	static final String COHORTS = "report.outcome.cohorts";

	private final EmploymentOutcomes outcomes;

	EmploymentOutcomeSection(EmploymentOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public EvaluationElement element() {
		return EvaluationElement.POST_PROGRAM_EMPLOYMENT;
	}

	@Override
	public List<ReportTable> tables(ReportScope scope) {
		var period = scope.period();
		var cohorts = new TreeMap<Integer, List<OutcomeStage>>();
		int last = period.to().getYear();
		for (int year = last - YEARS + 1; year <= last; year++) {
			var end = year == last ? period.to() : LocalDate.of(year, 12, 31);
			cohorts.put(year, outcomes.stages(scope.program(), LocalDate.of(year, 1, 1), end));
		}
		var stages = outcomes.stages(scope.program(), period.from(), period.to());
		var months = new TreeSet<Integer>();
		stages.stream().filter(stage -> !stage.atClosure()).forEach(stage -> months.add(stage.monthsAfterClosure()));
		cohorts.values().forEach(list -> list.stream()
			.filter(stage -> !stage.atClosure())
			.forEach(stage -> months.add(stage.monthsAfterClosure())));
		var periodRow = wide(scope, months, Label.code("PERIOD", "report.outcome.period"), stages);
		var years = new ArrayList<ReportTable.Row>();
		ReportTable shape = periodRow;
		for (Map.Entry<Integer, List<OutcomeStage>> cohort : cohorts.entrySet()) {
			var year = Integer.toString(cohort.getKey());
			var row = wide(scope, months, Label.text(year, year), cohort.getValue());
			years.add(row.rows().getFirst());
			shape = row;
		}
		return List.of(stageTable(periodRow, months, scope.suppressed()), cohortTable(shape, years, months, scope.suppressed()));
	}

	/** One cohort's stages as one row: closed, then each stage's counts and rates; suppressed alone. */
	private static ReportTable wide(ReportScope scope, TreeSet<Integer> months, Label label, List<OutcomeStage> stages) {
		var table = CountTable.builder(COHORTS)
			.count("completed")
			.subset("reached.closure", "completed")
			.part("employed.closure", "reached.closure")
			.part("inField.closure", "employed.closure")
			.rate("responseRate.closure", "reached.closure", "completed")
			.rate("employedRate.closure", "employed.closure", "reached.closure")
			.rate("inFieldRate.closure", "inField.closure", "reached.closure");
		for (int month : months) {
			var m = ".m" + month;
			table.subset("due" + m, "completed")
				.part("reached" + m, "due" + m)
				.part("notReachable" + m, "due" + m)
				.part("employed" + m, "reached" + m)
				.part("inField" + m, "employed" + m)
				.rate("responseRate" + m, "reached" + m, "due" + m)
				.rate("employedRate" + m, "employed" + m, "reached" + m)
				.rate("inFieldRate" + m, "inField" + m, "reached" + m);
		}
		var closure = stages.stream().filter(OutcomeStage::atClosure).findFirst().orElseThrow();
		var figures = new ArrayList<Long>(List.of(closure.completed(), closure.reached(), closure.employed(),
				closure.employedInField()));
		for (int month : months) {
			var stage = stages.stream()
				.filter(found -> Integer.valueOf(month).equals(found.monthsAfterClosure()))
				.findFirst()
				.orElse(new OutcomeStage(month, closure.completed(), 0, 0, 0, 0, 0));
			figures.addAll(List.of(stage.due(), stage.reached(), stage.notReachable(), stage.employed(),
					stage.employedInField()));
		}
		table.row(label, figures.stream().mapToLong(Long::longValue).toArray());
		return scope.show(table.build());
	}

	/** The period's row turned on its side: a row per stage, its relations declared for the API. */
	private static ReportTable stageTable(ReportTable wide, TreeSet<Integer> months, boolean suppressed) {
		var row = wide.rows().getFirst();
		var columns = List.of(count("completed", null, false), count("due", "completed", true),
				count("reached", "due", false), count("notReachable", "due", false), count("employed", "reached", false),
				count("inField", "employed", false), rate("responseRate", "reached", "due"),
				rate("employedRate", "employed", "reached"), rate("inFieldRate", "inField", "reached"));
		var rows = new ArrayList<ReportTable.Row>();
		var completed = row.figure(wide.column("completed"));
		rows.add(new ReportTable.Row(Label.code("CLOSURE", "report.outcome.atClosure"), List.of(completed, completed,
				row.figure(wide.column("reached.closure")), new ReportTable.Figure(null, false),
				row.figure(wide.column("employed.closure")), row.figure(wide.column("inField.closure")),
				row.figure(wide.column("responseRate.closure")), row.figure(wide.column("employedRate.closure")),
				row.figure(wide.column("inFieldRate.closure")))));
		for (int month : months) {
			var figures = new ArrayList<ReportTable.Figure>();
			figures.add(completed);
			for (var column : List.of("due", "reached", "notReachable", "employed", "inField", "responseRate",
					"employedRate", "inFieldRate")) {
				figures.add(row.figure(wide.column(column + ".m" + month)));
			}
			rows.add(new ReportTable.Row(Label.code(Integer.toString(month), "report.outcome.months", month), figures));
		}
		return new ReportTable(STAGES, columns, rows, null, suppressed);
	}

	/** The years' rows, each stage's rates of employment with those reached beside them. */
	private static ReportTable cohortTable(ReportTable shape, List<ReportTable.Row> years, TreeSet<Integer> months,
			boolean suppressed) {
		var keys = new ArrayList<>(List.of("completed", "reached.closure", "employedRate.closure", "inFieldRate.closure"));
		for (int month : months) {
			keys.addAll(List.of("reached.m" + month, "employedRate.m" + month, "inFieldRate.m" + month));
		}
		var all = new ReportTable(COHORTS, shape.columns(), years, null, suppressed);
		return CellSuppression.project(all, COHORTS, keys.toArray(String[]::new));
	}

	private static CountTable.Column count(String key, String parent, boolean overlapping) {
		return new CountTable.Column(key, CountTable.Kind.COUNT, parent, overlapping, null, null);
	}

	private static CountTable.Column rate(String key, String numerator, String base) {
		return new CountTable.Column(key, CountTable.Kind.RATE, null, false, numerator, base);
	}
}
