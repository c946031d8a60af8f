package org.passerelle.reporting;

import java.util.ArrayList;
import java.util.List;

import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of a program over a period (R-EVA-2, R-RPT-4): a section per element of seed
 * 003, each the tables its {@link EvaluationSection}s count, or a note saying when it will be
 * counted. Scoped as the results are ({@link ResultsReporting}).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationReporting {

	private final ResultsReporting results;

	private final List<EvaluationSection> sections;

	EvaluationReporting(ResultsReporting results, List<EvaluationSection> sections) {
		this.results = results;
		this.sections = List.copyOf(sections);
	}

	/**
	 * The evaluation of a program over a period.
	 *
	 * @throws org.passerelle.core.NotFoundException for a program outside the actor's reach
	 * @throws org.springframework.security.access.AccessDeniedException for an actor who does not
	 *         read reports
	 */
	public SectionReport evaluation(Actor actor, ProgramId program, Period period) {
		var scope = results.scope(actor, program, period);
		var shown = new ArrayList<ReportSection>();
		for (var element : EvaluationElement.values()) {
			var tables = new ArrayList<ReportTable>();
			for (var section : sections) {
				if (section.element() == element) {
					tables.addAll(section.tables(scope));
				}
			}
			shown.add(tables.isEmpty() ? ReportSection.pending(element.key(), element.key() + ".pending")
					: ReportSection.of(element.key(), tables));
		}
		return new SectionReport("evaluation", period.from(), period.to(), results.ref(actor, program),
				scope.suppressed(), shown);
	}
}
