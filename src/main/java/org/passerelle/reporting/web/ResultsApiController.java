package org.passerelle.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.passerelle.reporting.ResultsReport;
import org.passerelle.reporting.ResultsReporting;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports over REST, scoped as the pages are: the results of a period as JSON, or as the CSV,
 * Excel or PDF file the page downloads.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Results of a period per program and referrals per agency")
class ResultsApiController {

	private final ResultsReporting reporting;

	private final ResultsExports exports;

	private final Clock clock;

	ResultsApiController(ResultsReporting reporting, ResultsExports exports, Clock clock) {
		this.reporting = reporting;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/results")
	@Operation(summary = "The results of a period: mentors and mentees registered, matches, mentees in employment per "
			+ "program, and referrals per agency, each with a total",
			description = "Administrators report on every program, coordinators on theirs, funders on every program "
					+ "with counts from 1 to 4 withheld (null). No program means all those the caller may report on; "
					+ "a program outside the caller's reach is 404. Dates are ISO (2026-01-31), both included, and "
					+ "default to the year to date (January 1 to today); a date that is not one, or an end before the start, is 400.")
	@ApiResponse(responseCode = "200", content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ResultsReport.class)),
			@Content(mediaType = "text/csv"),
			@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			@Content(mediaType = MediaType.APPLICATION_PDF_VALUE) })
	ResponseEntity<?> results(Actor actor,
			@Parameter(description = "A program's id; repeat for several") @RequestParam(name = "program",
					required = false) List<UUID> program,
			@Parameter(description = "First day, ISO") @RequestParam(required = false) String from,
			@Parameter(description = "Last day, ISO, included") @RequestParam(required = false) String to,
			@Parameter(description = "json (the default), csv, xlsx or pdf") @RequestParam(defaultValue = "json") String format,
			Locale locale) throws IOException {
		var kind = format(format);
		var ids = program == null ? List.<ProgramId>of()
				: program.stream().filter(Objects::nonNull).distinct().map(ProgramId::new).toList();
		var report = reporting.results(actor, ids, Period.parse(from, to, LocalDate.now(clock)));
		if (kind == null) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
		}
		var file = new ByteArrayOutputStream();
		exports.write(report, kind, locale, file);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(kind.contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ResultsExports.fileName(report, kind)).build().toString())
			.body(file.toByteArray());
	}

	/** The file format asked for; {@code null} for JSON. */
	private static ResultsExports.Format format(String format) {
		return switch (format.strip().toLowerCase(Locale.ROOT)) {
			case "json" -> null;
			case "csv" -> ResultsExports.Format.CSV;
			case "xlsx" -> ResultsExports.Format.XLSX;
			case "pdf" -> ResultsExports.Format.PDF;
			default -> throw new InvalidFieldException("format", "reports.format.unknown");
		};
	}
}
