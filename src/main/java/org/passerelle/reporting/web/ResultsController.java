package org.passerelle.reporting.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.passerelle.reporting.ResultsReport;
import org.passerelle.reporting.ResultsReporting;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of the results of a period (R-RPT-1, R-RPT-2): the programs and the dates to choose,
 * the tables with their charts, and the same report to download as CSV, Excel or PDF (R-RPT-6).
 * Dates that are not dates, or an end before the start, are said in the reader's language.
 */
@Controller
class ResultsController {

	private final ResultsReporting reporting;

	private final ResultsExports exports;

	private final MessageSource messages;

	private final Clock clock;

	ResultsController(ResultsReporting reporting, ResultsExports exports, MessageSource messages, Clock clock) {
		this.reporting = reporting;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/reports/results")
	String results(Actor actor, @RequestParam(name = "program", required = false) List<UUID> program,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model, HttpServletResponse response) {
		var chosen = chosen(program);
		model.addAttribute("choices", reporting.programs(actor));
		model.addAttribute("chosen", chosen);
		try {
			var period = Period.parse(from, to, LocalDate.now(clock));
			var report = reporting.results(actor, ids(chosen), period);
			model.addAttribute("from", period.from().toString());
			model.addAttribute("to", period.to().toString());
			model.addAttribute("report", report);
			model.addAttribute("periodText", exports.period(report, locale));
			model.addAttribute("programsText", exports.programs(report, locale));
			model.addAttribute("resultsChart", resultsChart(report, locale));
			model.addAttribute("referralsChart", referralsChart(report, locale));
		}
		catch (InvalidFieldException ex) {
			refused(ex, from, to, locale, model, response);
		}
		return "reports/results";
	}

	@GetMapping("/reports/results.{format:csv|xlsx|pdf}")
	String download(Actor actor, @PathVariable String format,
			@RequestParam(name = "program", required = false) List<UUID> program,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model, HttpServletResponse response) throws IOException {
		var chosen = chosen(program);
		ResultsReport report;
		try {
			report = reporting.results(actor, ids(chosen), Period.parse(from, to, LocalDate.now(clock)));
		}
		catch (InvalidFieldException ex) {
			model.addAttribute("choices", reporting.programs(actor));
			model.addAttribute("chosen", chosen);
			refused(ex, from, to, locale, model, response);
			return "reports/results";
		}
		var kind = ResultsExports.Format.valueOf(format.toUpperCase(Locale.ROOT));
		response.setContentType(kind.contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(ResultsExports.fileName(report, kind)).build().toString());
		exports.write(report, kind, locale, response.getOutputStream());
		return null;
	}

	private void refused(InvalidFieldException ex, String from, String to, Locale locale, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("periodField", ex.field());
		model.addAttribute("periodError", messages.getMessage(ex.messageCode(), ex.arguments(), locale));
	}

	private static List<UUID> chosen(List<UUID> program) {
		return program == null ? List.of() : program.stream().filter(Objects::nonNull).distinct().toList();
	}

	private static List<ProgramId> ids(List<UUID> chosen) {
		return chosen.stream().map(ProgramId::new).toList();
	}

	private BarChart resultsChart(ResultsReport report, Locale locale) {
		var total = report.total();
		return BarChart.of(message("reports.chart.results", locale), List.of(
				new BarChart.Item(message("reports.results.mentors", locale), total.mentorsRegistered()),
				new BarChart.Item(message("reports.results.mentees", locale), total.menteesRegistered()),
				new BarChart.Item(message("reports.results.matches", locale), total.matches()),
				new BarChart.Item(message("reports.results.employed", locale), total.menteesEmployed()),
				new BarChart.Item(message("reports.results.inField", locale), total.menteesEmployedInField())),
				messages, locale);
	}

	private BarChart referralsChart(ResultsReport report, Locale locale) {
		return BarChart.of(message("reports.chart.referrals", locale),
				report.referrals().stream().map(row -> new BarChart.Item(row.name(), row.referred())).toList(),
				messages, locale);
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}
}
