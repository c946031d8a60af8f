package org.passerelle.reporting.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.passerelle.reporting.EvaluationReporting;
import org.passerelle.reporting.ProfileReporting;
import org.passerelle.reporting.ResultsReporting;
import org.passerelle.reporting.SectionReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of the profile statistics (R-RPT-3) and of the evaluation (R-EVA-2) of one program
 * over a period: each table beside its chart, and the same report as CSV, Excel or PDF (R-RPT-6).
 */
@Controller
class SectionReportsController {

	private final ResultsReporting results;

	private final ProfileReporting profiles;

	private final EvaluationReporting evaluations;

	private final TableTexts texts;

	private final SectionExports exports;

	private final Clock clock;

	SectionReportsController(ResultsReporting results, ProfileReporting profiles, EvaluationReporting evaluations,
			TableTexts texts, SectionExports exports, Clock clock) {
		this.results = results;
		this.profiles = profiles;
		this.evaluations = evaluations;
		this.texts = texts;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/reports/{kind:profile|evaluation}")
	String page(Actor actor, @PathVariable String kind, @RequestParam(required = false) UUID program,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model, HttpServletResponse response) {
		var choices = results.programs(actor);
		model.addAttribute("kind", kind);
		model.addAttribute("choices", choices);
		model.addAttribute("chosen", program);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		if (program == null) {
			return "reports/sections";
		}
		try {
			var period = Period.parse(from, to, LocalDate.now(clock));
			var report = report(actor, kind, new ProgramId(program), period);
			model.addAttribute("from", period.from().toString());
			model.addAttribute("to", period.to().toString());
			model.addAttribute("report", report);
			model.addAttribute("periodText", texts.period(report, locale));
			var sections = new ArrayList<ShownSection>();
			for (var section : report.sections()) {
				var tables = new ArrayList<ShownTable>();
				for (var table : section.tables()) {
					tables.add(new ShownTable(texts.text(table, locale), texts.chart(table, locale)));
				}
				sections.add(new ShownSection(section.key(), section.pending(), tables));
			}
			model.addAttribute("sections", sections);
		}
		catch (InvalidFieldException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("periodField", ex.field());
			model.addAttribute("periodError", texts.message(ex.messageCode(), locale, ex.arguments()));
		}
		return "reports/sections";
	}

	@GetMapping("/reports/{kind:profile|evaluation}.{format:csv|xlsx|pdf}")
	void download(Actor actor, @PathVariable String kind, @PathVariable String format,
			@RequestParam(required = false) UUID program, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws IOException {
		if (program == null) {
			throw new NotFoundException("program", null);
		}
		var report = report(actor, kind, new ProgramId(program), Period.parse(from, to, LocalDate.now(clock)));
		var type = ResultsExports.Format.valueOf(format.toUpperCase(Locale.ROOT));
		response.setContentType(type.contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(SectionExports.fileName(report, type)).build().toString());
		exports.write(report, type, locale, response.getOutputStream());
	}

	SectionReport report(Actor actor, String kind, ProgramId program, Period period) {
		return "profile".equals(kind) ? profiles.profile(actor, program, period)
				: evaluations.evaluation(actor, program, period);
	}

	/** A section as the page shows it. */
	record ShownSection(String key, String pending, List<ShownTable> tables) {
	}

	/** A table and its chart as the page shows them. */
	record ShownTable(TableTexts.Text text, BarChart chart) {
	}
}
