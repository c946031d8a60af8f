package org.passerelle.reporting.web;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.reporting.CountTable;
import org.passerelle.reporting.ReportTable;
import org.passerelle.reporting.SectionReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A {@link ReportTable} in the reader's language — its title, headers, row names and figures as
 * text — the one rendering the page, the API and every export share, so that a withheld figure
 * reads "—" everywhere.
 */
@Component
class TableTexts {

	private final MessageSource messages;

	TableTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The table as text: title, headers (the row names' column first), rows, total last. */
	Text text(ReportTable table, Locale locale) {
		var headers = new ArrayList<String>();
		headers.add(message(table.key() + ".rows", locale));
		for (var column : table.columns()) {
			headers.add(header(table, column, locale));
		}
		var rows = new ArrayList<Line>();
		for (var row : table.rows()) {
			rows.add(line(table, row, false, locale));
		}
		if (table.total() != null) {
			rows.add(line(table, table.total(), true, locale));
		}
		return new Text(table.key(), message(table.key(), locale), headers, rows);
	}

	/**
	 * A column's header, the message {@code <table>.<column>}; a column of a follow-up stage, keyed
	 * {@code <name>.m<months>} (employed 3 months after closure: {@code employedRate.m3}), reads
	 * the message {@code <table>.<name>.months} with the months as its argument.
	 */
	String header(ReportTable table, CountTable.Column column, Locale locale) {
		var stage = MONTHS.matcher(column.key());
		if (stage.matches()) {
			return message(table.key() + "." + stage.group(1) + ".months", locale, Integer.valueOf(stage.group(2)));
		}
		return message(table.key() + "." + column.key(), locale);
	}

	private static final java.util.regex.Pattern MONTHS = java.util.regex.Pattern.compile("(.+)\\.m(\\d+)");

	private Line line(ReportTable table, ReportTable.Row row, boolean total, Locale locale) {
		var label = row.label().text() != null ? row.label().text()
				: message(row.label().code(), locale, row.label().arguments().toArray());
		var cells = new ArrayList<String>();
		var numbers = new ArrayList<Number>();
		for (int c = 0; c < table.columns().size(); c++) {
			var figure = row.figure(c);
			numbers.add(figure.value());
			cells.add(format(table.columns().get(c), figure, locale));
		}
		return new Line(row.label().key(), label, cells, numbers, total);
	}

	String format(CountTable.Column column, ReportTable.Figure figure, Locale locale) {
		if (figure.withheld()) {
			return message("reports.suppressed", locale);
		}
		if (figure.value() == null) {
			return "";
		}
		if (column.kind() == CountTable.Kind.AVERAGE) {
			var mean = NumberFormat.getNumberInstance(locale);
			mean.setMinimumFractionDigits(2);
			mean.setMaximumFractionDigits(2);
			return mean.format(figure.value().doubleValue());
		}
		if (column.kind() == CountTable.Kind.RATE) {
			var percent = NumberFormat.getPercentInstance(locale);
			percent.setMaximumFractionDigits(1);
			return percent.format(figure.value().doubleValue() / 100.0).replace('\u202F', '\u00A0');
		}
		return NumberFormat.getIntegerInstance(locale).format(figure.value()).replace('\u202F', '\u00A0');
	}

	/**
	 * The bar chart of a table: the first count column, row by row (the total left out). A table
	 * comparing cohorts (its key ends in {@code .cohorts}) charts its rates instead, rate by rate
	 * and cohort by cohort, so that the trend of each reads down its bars.
	 */
	BarChart chart(ReportTable table, Locale locale) {
		if (table.key().endsWith(".cohorts")) {
			return rates(table, locale);
		}
		int first = 0;
		while (first < table.columns().size() && table.columns().get(first).kind() != CountTable.Kind.COUNT) {
			first++;
		}
		int column = first;
		var text = text(table, locale);
		var items = new ArrayList<BarChart.Item>();
		for (int i = 0; i < table.rows().size(); i++) {
			var value = table.rows().get(i).figure(column).value();
			items.add(new BarChart.Item(text.rows().get(i).label(), value == null ? null : value.longValue()));
		}
		var title = message("report.chart", locale, text.title(), text.headers().get(column + 1));
		return BarChart.of(title, items, messages, locale);
	}

	private BarChart rates(ReportTable table, Locale locale) {
		var text = text(table, locale);
		var items = new ArrayList<BarChart.Item>();
		for (int c = 0; c < table.columns().size(); c++) {
			if (table.columns().get(c).kind() != CountTable.Kind.RATE) {
				continue;
			}
			for (int i = 0; i < table.rows().size(); i++) {
				var figure = table.rows().get(i).figure(c);
				if (figure.value() == null && !figure.withheld()) {
					continue;
				}
				items.add(new BarChart.Item(message("report.chart.rate", locale, text.headers().get(c + 1),
						text.rows().get(i).label()), figure.value() == null ? null : figure.value().doubleValue(),
						text.rows().get(i).cells().get(c)));
			}
		}
		return BarChart.ofRates(message("report.chart.rates", locale, text.title()), items, messages, locale);
	}

	String title(SectionReport report, Locale locale) {
		return message("report." + report.kind() + ".title", locale);
	}

	String period(SectionReport report, Locale locale) {
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		return message("reports.period", locale, dates.format(report.from()), dates.format(report.to()));
	}

	String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	/** A table as text. */
	record Text(String key, String title, List<String> headers, List<Line> rows) {
	}

	/** A row as text, with its figures as numbers ({@code null} where withheld or none). */
	record Line(String key, String label, List<String> cells, List<Number> numbers, boolean total) {
	}
}
