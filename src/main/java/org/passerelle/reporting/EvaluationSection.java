package org.passerelle.reporting;

import java.util.List;

/**
 * Tables that count one element of the evaluation report (R-EVA-2). A Spring bean of the
 * reporting module implementing it adds its tables to the element's section; an element no bean
 * counts shows its "available when…" note ({@code <element key>.pending}). Beans are taken in
 * their {@link org.springframework.core.annotation.Order}.
 *
 * <p>To add a section from another module's counts (employment follow-ups, questionnaires): read
 * that module's public read model, declare each table with {@link CountTable#builder} — every
 * column that is part of another as {@code part} or {@code subset}, parts that make their whole
 * as {@code exhaustive}, a total row with {@code total()} only where the rows are disjoint — and
 * return {@code scope.show(table)}, which withholds what funders may not read.
 */
public interface EvaluationSection {

	/** The element these tables count. */
	EvaluationElement element();

	/** The tables of the program and period of the scope, shown through {@link ReportScope#show}. */
	List<ReportTable> tables(ReportScope scope);
}
