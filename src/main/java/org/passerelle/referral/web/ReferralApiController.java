package org.passerelle.referral.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.passerelle.referral.IncompleteReferralException;
import org.passerelle.referral.ReferralCount;
import org.passerelle.referral.ReferralCounts;
import org.passerelle.referral.ReferralId;
import org.passerelle.referral.ReferralManagement;
import org.passerelle.referral.ReferralSummary;
import org.passerelle.referral.ReferralView;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Referrals over REST, for agencies' own systems (with an API token issued to the agency) and for
 * coordinators: refer, complete, submit, decide, attach documents, count per agency.
 */
@RestController
@RequestMapping("/api/referrals")
@Tag(name = "Referrals", description = "Clients referred by partner agencies, and the program's decisions")
class ReferralApiController {

	private final ReferralManagement referrals;

	private final ReferralCounts counts;

	private final MessageSource messages;

	private final java.time.Clock clock;

	ReferralApiController(ReferralManagement referrals, ReferralCounts counts, MessageSource messages,
			java.time.Clock clock) {
		this.clock = clock;
		this.referrals = referrals;
		this.counts = counts;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The referrals the caller may see: an agency its own, a coordinator those to their programs")
	List<ReferralSummary> list(Actor actor, Locale locale) {
		return referrals.list(actor, locale);
	}

	@PostMapping
	@Operation(summary = "Refer a client to a program (agencies); the referral starts as a draft")
	ResponseEntity<ReferralView> refer(Actor actor, @Valid @RequestBody ClientForm request, Locale locale) {
		var referral = referrals.refer(actor, new ProgramId(request.programId()), request.details(),
				request.readinessNotes(), request.consentToShare(), locale);
		return ResponseEntity.created(URI.create("/api/referrals/" + referral.id())).body(referral);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One referral with the eligibility of the person and what is missing; 404 outside one's scope")
	ReferralView find(Actor actor, @PathVariable ReferralId id, Locale locale) {
		return referrals.find(actor, id, locale);
	}

	@PutMapping("/{id}")
	@Operation(summary = "The agency's readiness notes and the client's consent to share")
	ReferralView describe(Actor actor, @PathVariable ReferralId id, @Valid @RequestBody Details request, Locale locale) {
		return referrals.describe(actor, id, request.version(), request.readinessNotes(),
				request.consentToShare(), locale);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit or resubmit; 422 with what is missing, the referral staying a draft")
	ReferralView submit(Actor actor, @PathVariable ReferralId id, Locale locale) {
		return referrals.submit(actor, id, locale);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw the referral (agencies)")
	ReferralView withdraw(Actor actor, @PathVariable ReferralId id, Locale locale) {
		return referrals.withdraw(actor, id, locale);
	}

	@PostMapping("/{id}/admit")
	@Operation(summary = "Admit the person (the program's coordinators); 409 when someone decided first")
	ReferralView admit(Actor actor, @PathVariable ReferralId id, @Valid @RequestBody Decision request, Locale locale) {
		return referrals.admit(actor, id, request.version(), request.note(), locale);
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Return to the agency with the failed criteria (their ids) and a message")
	ReferralView returnToAgency(Actor actor, @PathVariable ReferralId id, @Valid @RequestBody Return request, Locale locale) {
		return referrals.returnToAgency(actor, id, request.version(), request.criteria(),
				request.message(), locale);
	}

	@PostMapping("/{id}/not-selected")
	@Operation(summary = "Not selected: kept for the program's retention period, then destroyed")
	ReferralView notSelect(Actor actor, @PathVariable ReferralId id, @Valid @RequestBody Decision request, Locale locale) {
		return referrals.notSelect(actor, id, request.version(), request.note(), locale);
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a CV (PDF or Word, checked by content, at most 5 MB)")
	ReferralView attach(Actor actor, @PathVariable ReferralId id, @RequestPart("file") MultipartFile file, Locale locale)
			throws IOException {
		return referrals.attach(actor, id, file.getOriginalFilename(), file.getBytes(), locale);
	}

	@GetMapping("/{id}/documents/{documentId}")
	@Operation(summary = "A document of the referral")
	ResponseEntity<byte[]> document(Actor actor, @PathVariable ReferralId id, @PathVariable UUID documentId) {
		var document = referrals.document(actor, id, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(document.content());
	}

	@GetMapping("/statistics")
	@Operation(summary = "Referrals per agency for a period and program, with their outcomes",
			description = "The same figures as the results of a period: referrals first submitted in the period, "
					+ "admitted, returned at least once, pending, not selected, withdrawn. Dates are ISO (2026-01-31), "
					+ "both included, and default to the year to date (January 1 to today); a date that is not one, "
					+ "or an end before the start, is 400.")
	List<ReferralCount> statistics(Actor actor, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) ProgramId programId) {
		return counts.perAgency(actor, Period.parse(from, to, LocalDate.now(clock)),
				programId);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> incomplete(IncompleteReferralException ex, Locale locale) {
		var problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle(messages.getMessage("problem.rule.title", null, locale));
		problem.setDetail(messages.getMessage("referral.missing.intro", null, locale));
		problem.setProperty("missing", ex.missing());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	/** The agency's notes and the client's consent, as of a version. */
	record Details(@Size(max = 4000, message = "{field.tooLong}") String readinessNotes, boolean consentToShare,
			@NotNull(message = "{field.versionRequired}") Long version) {
	}

	/** A decision made on the referral as of a version. */
	record Decision(@NotNull(message = "{field.versionRequired}") Long version,
			@Size(max = 2000, message = "{field.tooLong}") String note) {
	}

	/** Returning a referral: the failed criteria, a message, as of a version. */
	record Return(@NotNull(message = "{field.versionRequired}") Long version, List<UUID> criteria,
			@Size(max = 2000, message = "{field.tooLong}") String message) {
	}
}
