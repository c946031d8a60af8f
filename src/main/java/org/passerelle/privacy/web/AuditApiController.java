package org.passerelle.privacy.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.core.PersonalDataAccessed.FieldChange;
import org.passerelle.core.PersonalDataAccessed.Kind;
import org.passerelle.core.Spreadsheets;
import org.passerelle.identity.Actor;
import org.passerelle.privacy.AuditEntry;
import org.passerelle.privacy.AuditPage;
import org.passerelle.privacy.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over REST: the privacy officer's search and export, and each person's own file. */
@RestController
@Tag(name = "Audit trail", description = "Who viewed, downloaded, exported or changed whose personal data")
class AuditApiController {

	private final AuditTrail trail;

	private final AuditSearches searches;

	AuditApiController(AuditTrail trail, AuditSearches searches) {
		this.trail = trail;
		this.searches = searches;
	}

	@GetMapping("/api/privacy/audit")
	@Operation(summary = "The entries matching a person (e-mail or id), a user (e-mail or id) and a period, "
			+ "the most recent first (privacy officer); 400 naming the field for someone unknown or reversed dates")
	AuditPage search(Actor actor, @RequestParam(required = false) String person,
			@RequestParam(required = false) String user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return trail.search(actor, searches.read(new AuditSearchForm(person, user, from, to)), page, size);
	}

	@GetMapping("/api/privacy/audit/export")
	@Operation(summary = "The same entries, all of them, as CSV (privacy officer)")
	void export(Actor actor, @RequestParam(required = false) String person, @RequestParam(required = false) String user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		var entries = trail.export(actor, searches.read(new AuditSearchForm(person, user, from, to)));
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
		Spreadsheets.writeCsv(searches.headers(locale), entries.stream().map(entry -> searches.line(entry, locale)).toList(),
				response.getOutputStream());
	}

	@GetMapping("/api/account/file-accesses")
	@Operation(summary = "Who reached the caller's own file: views, downloads, exports and changes by others (Law 25 s. 27)")
	List<OwnFileAccess> ownFile(Actor actor) {
		return trail.accessesToOwnFile(actor).stream().map(OwnFileAccess::of).toList();
	}

	/** An access to the caller's file: when, by whom, what, and the fields changed (without their values). */
	record OwnFileAccess(Instant at, String by, Kind action, String subject, List<String> fieldsChanged) {

		static OwnFileAccess of(AuditEntry entry) {
			return new OwnFileAccess(entry.at(), entry.userName(), entry.action(), entry.subject(),
					entry.changes().stream().map(FieldChange::field).toList());
		}
	}
}
