package org.passerelle.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A horizontal bar chart drawn on the server as inline SVG, one bar per figure with its label
 * above it and its value after it, so that long names never overlap. It carries its description
 * for screen readers; the page shows the same figures in a table beside it.
 *
 * @param title what the chart shows, its caption
 * @param description the title and every figure, as the SVG's accessible name
 * @param height the SVG's height in pixels
 * @param bars the bars, top to bottom
 */
record BarChart(String title, String description, int height, List<Bar> bars) {

	/** Pixels from one bar to the next: a line of label, then the bar. */
	static final int STEP = 48;

	/** The share of the width the longest bar takes, leaving room for its value after it. */
	static final double LONGEST = 85.0;

	/**
	 * A bar.
	 *
	 * @param label what the bar counts
	 * @param value the count as the reader's language writes it, or "< 5" where it is withheld
	 * @param labelY where the label's baseline is
	 * @param barY where the bar's top is
	 * @param width the bar's width, in percent of the chart's (0 for nothing, or withheld)
	 * @param valueX where the value starts, in percent of the chart's width
	 */
	record Bar(String label, String value, int labelY, int barY, String width, String valueX) {
	}

	/**
	 * What a bar shows: a label and its count, {@code null} where withheld; for a rate, the rate
	 * in percent and how the table writes it.
	 */
	record Item(String label, Number count, String written) {

		Item(String label, Long count) {
			this(label, count, null);
		}
	}

	/**
	 * The chart of these counts, in their order; a withheld count has no bar.
	 */
	static BarChart of(String title, List<Item> counts, MessageSource messages, Locale locale) {
		var numbers = java.text.NumberFormat.getIntegerInstance(locale);
		double largest = counts.stream().map(Item::count).filter(count -> count != null).mapToDouble(Number::doubleValue)
			.max()
			.orElse(0);
		return draw(title, counts, largest, messages, locale, count -> numbers.format(count));
	}

	/** The chart of rates in percent, their bars out of 100 %; a withheld rate has no bar. */
	static BarChart ofRates(String title, List<Item> rates, MessageSource messages, Locale locale) {
		return draw(title, rates, 100, messages, locale, rate -> "");
	}

	private static BarChart draw(String title, List<Item> counts, double largest, MessageSource messages,
			Locale locale, java.util.function.Function<Number, String> format) {
		var bars = new ArrayList<Bar>();
		var description = new StringBuilder(title);
		for (int i = 0; i < counts.size(); i++) {
			var label = counts.get(i).label();
			var count = counts.get(i).count();
			var value = count == null ? messages.getMessage("reports.suppressed", null, locale)
					: counts.get(i).written() != null ? counts.get(i).written() : format.apply(count);
			double width = count == null || largest == 0 ? 0 : LONGEST * count.doubleValue() / largest;
			int labelY = 16 + i * STEP;
			bars.add(new Bar(label, value, labelY, labelY + 8, percent(width), percent(width + (width > 0 ? 1 : 0))));
			description.append(i == 0 ? ". " : "; ")
				.append(messages.getMessage("reports.chart.item", new Object[] { label, value }, locale));
		}
		return new BarChart(title, description.append('.').toString(), Math.max(STEP, counts.size() * STEP), bars);
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.2f%%", value);
	}
}
