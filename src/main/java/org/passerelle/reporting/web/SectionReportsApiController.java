package org.passerelle.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.passerelle.reporting.CountTable;
import org.passerelle.reporting.SectionReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The profile statistics and the evaluation of a program over REST, scoped as the pages: JSON
 * with each figure's value ({@code null} where withheld) and a {@code withheld} flag, or the CSV,
 * Excel or PDF file the page downloads.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports")
class SectionReportsApiController {

	private final SectionReportsController pages;

	private final TableTexts texts;

	private final SectionExports exports;

	private final Clock clock;

	SectionReportsApiController(SectionReportsController pages, TableTexts texts, SectionExports exports, Clock clock) {
		this.pages = pages;
		this.texts = texts;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/profile")
	@Operation(summary = "Profile statistics of a program over a period: mentees by origin, arrival, education, "
			+ "occupation; mentors by status, management, age, gender",
			description = "Scoped as the results: a program outside the caller's reach is 404. Funders read small counts "
					+ "withheld (value null, withheld true), and whatever would let one be recomputed.")
	ResponseEntity<?> profile(Actor actor,
			@Parameter(description = "The program's id") @RequestParam UUID program,
			@Parameter(description = "First day, ISO") @RequestParam(required = false) String from,
			@Parameter(description = "Last day, ISO, included") @RequestParam(required = false) String to,
			@Parameter(description = "json (the default), csv, xlsx or pdf") @RequestParam(defaultValue = "json") String format,
			Locale locale) throws IOException {
		return report(actor, "profile", program, from, to, format, locale);
	}

	@GetMapping("/evaluation")
	@Operation(summary = "The evaluation elements of a program over a period (seed 003): employment after the "
			+ "program, recruitment, orientation, activities, partnerships, employers, match relevance, questionnaires",
			description = "Scoped as the results: a program outside the caller's reach is 404. Funders read small counts "
					+ "withheld (value null, withheld true), and whatever would let one be recomputed.")
	ResponseEntity<?> evaluation(Actor actor,
			@Parameter(description = "The program's id") @RequestParam UUID program,
			@Parameter(description = "First day, ISO") @RequestParam(required = false) String from,
			@Parameter(description = "Last day, ISO, included") @RequestParam(required = false) String to,
			@Parameter(description = "json (the default), csv, xlsx or pdf") @RequestParam(defaultValue = "json") String format,
			Locale locale) throws IOException {
		return report(actor, "evaluation", program, from, to, format, locale);
	}

	private ResponseEntity<?> report(Actor actor, String kind, UUID program, String from, String to, String format,
			Locale locale) throws IOException {
		var type = switch (format.strip().toLowerCase(Locale.ROOT)) {
			case "json" -> null;
			case "csv" -> ResultsExports.Format.CSV;
			case "xlsx" -> ResultsExports.Format.XLSX;
			case "pdf" -> ResultsExports.Format.PDF;
			default -> throw new InvalidFieldException("format", "reports.format.unknown");
		};
		var report = pages.report(actor, kind, new ProgramId(program), Period.parse(from, to, LocalDate.now(clock)));
		if (type == null) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(report, locale));
		}
		var file = new ByteArrayOutputStream();
		exports.write(report, type, locale, file);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type.contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(SectionExports.fileName(report, type)).build().toString())
			.body(file.toByteArray());
	}

	private ReportJson json(SectionReport report, Locale locale) {
		return new ReportJson(report.kind(), report.from(), report.to(), report.program().id().value(),
				report.program().name(), report.suppressed(), report.sections().stream().map(section -> new SectionJson(
						section.key().substring(section.key().lastIndexOf('.') + 1), texts.message(section.key(), locale),
						section.pending() == null ? null : texts.message(section.pending(), locale),
						section.tables().stream().map(table -> {
							var text = texts.text(table, locale);
							var columns = new java.util.ArrayList<ColumnJson>();
							for (int c = 0; c < table.columns().size(); c++) {
								var column = table.columns().get(c);
								columns.add(new ColumnJson(column.key(), text.headers().get(c + 1), column.kind(), column.parent(),
										column.overlapping()));
							}
							var rows = new java.util.ArrayList<RowJson>();
							for (var line : text.rows()) {
								var figures = new java.util.ArrayList<FigureJson>();
								var source = line.total() ? table.total() : table.rows().get(rows.size());
								for (var figure : source.figures()) {
									figures.add(new FigureJson(figure.value(), figure.withheld()));
								}
								rows.add(new RowJson(line.key(), line.label(), line.total(), figures));
							}
							return new TableJson(table.key(), text.title(), columns, rows);
						}).toList())).toList());
	}

	record ReportJson(String kind, LocalDate from, LocalDate to, UUID program, String programName,
			boolean smallCountsSuppressed, List<SectionJson> sections) {
	}

	record SectionJson(String element, String title, String pending, List<TableJson> tables) {
	}

	record TableJson(String key, String title, List<ColumnJson> columns, List<RowJson> rows) {
	}

	record ColumnJson(String key, String header, CountTable.Kind kind, String partOf, boolean mayOverlap) {
	}

	record RowJson(String key, String label, boolean total, List<FigureJson> figures) {
	}

	record FigureJson(Number value, boolean withheld) {
	}
}
