package org.passerelle.participant.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.passerelle.core.DuplicateValueException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ConsentMeans;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ConsentRecord;
import org.passerelle.participant.DuplicateCandidate;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.DuplicateDetection;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.participant.ParticipantPage;
import org.passerelle.participant.ParticipantView;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.participant.PossibleDuplicateException;
import org.passerelle.program.IntakeStep;
import org.passerelle.participant.ScreeningOutcome;
import org.passerelle.program.Audience;
import org.passerelle.program.Eligibility;
import org.passerelle.program.ProgramId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants over REST, scoped like the pages: search and export, profiles, enrolments,
 * screening, consent, accommodation needs, duplicates and merge, eligibility.
 */
@RestController
@RequestMapping("/api/participants")
@Tag(name = "Participants", description = "Mentees and mentors: profiles, participations, screening, consent")
class ParticipantApiController {

	private final ParticipantManagement participants;

	private final ParticipantDirectory directory;

	private final DuplicateDetection duplicates;

	private final IntakeChecklist intake;

	private final ParticipantExports exports;

	private final MessageSource messages;

	ParticipantApiController(ParticipantManagement participants, ParticipantDirectory directory,
			DuplicateDetection duplicates, IntakeChecklist intake, ParticipantExports exports, MessageSource messages) {
		this.participants = participants;
		this.directory = directory;
		this.duplicates = duplicates;
		this.intake = intake;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "A page of the participants the caller may see, filtered")
	ParticipantPage search(Actor actor, ParticipantController.SearchForm search,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return directory.search(actor, search.criteria(), page, size);
	}

	@GetMapping("/export")
	@Operation(summary = "The filtered list as CSV or Excel (format=csv|xlsx)")
	void export(Actor actor, ParticipantController.SearchForm search, @RequestParam(defaultValue = "csv") String format,
			Locale locale, HttpServletResponse response) throws IOException {
		var list = directory.exportFile(actor, search.criteria(), "xlsx".equals(format) ? "xlsx" : "csv");
		if ("xlsx".equals(format)) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			response.setHeader("Content-Disposition", "attachment; filename=\"participants.xlsx\"");
			exports.xlsx(list, locale, response.getOutputStream());
		}
		else {
			response.setContentType("text/csv; charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"participants.csv\"");
			exports.csv(list, locale, response.getOutputStream());
		}
	}

	@PostMapping
	@Operation(summary = "Record a person, enrolled at once in a program when programId is given; "
			+ "409 with the candidates when the same e-mail, or the same name and birth date, are known, unless "
			+ "confirmedDistinct (name and birth date only). With knownParticipantId, one of those candidates, the "
			+ "person already known is enrolled in programId instead (200), even from another program")
	ResponseEntity<ParticipantView> register(Actor actor, @Valid @RequestBody ParticipantForm request) {
		var enrolment = request.programId() == null ? null
				: new Enrolment(new ProgramId(request.programId()), request.role() == null ? Audience.MENTEE : request.role(),
						request.status() == null ? ParticipationStatus.ENROLLED : request.status());
		if (request.knownParticipantId() != null) {
			var known = participants.enrolKnown(actor, new ParticipantId(request.knownParticipantId()), request.details(),
					enrolment);
			return ResponseEntity.ok().location(URI.create("/api/participants/" + known.id())).body(known);
		}
		try {
			var participant = participants.register(actor, request.details(), enrolment, request.confirmedDistinct());
			return ResponseEntity.created(URI.create("/api/participants/" + participant.id())).body(participant);
		}
		catch (DuplicateValueException ex) {
			if (!"email".equals(ex.field())) {
				throw ex;
			}
			// the person is known: say who, so that the caller can enrol them rather than enter them again
			throw new KnownEmailException(ex, duplicates.possibleDuplicates(request.details(), null)
				.stream()
				.map(candidate -> candidate.shownFor(request.details()))
				.toList());
		}
	}

	@GetMapping("/{id}")
	@Operation(summary = "One participant; 404 when absent or outside the caller's scope")
	ParticipantView find(Actor actor, @PathVariable ParticipantId id) {
		return directory.open(actor, id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a profile; 409 when it changed since the given version")
	ParticipantView change(Actor actor, @PathVariable ParticipantId id,
			@Validated({ Default.class, ParticipantForm.Change.class }) @RequestBody ParticipantForm request) {
		return participants.change(actor, id, request.version(), request.details());
	}

	@PostMapping("/{id}/participations")
	@Operation(summary = "Enrol the person in another program")
	ParticipantView enrol(Actor actor, @PathVariable ParticipantId id, @Valid @RequestBody EnrolmentRequest request) {
		return participants.enrol(actor, id, new Enrolment(new ProgramId(request.programId()),
				request.role(), request.status() == null ? ParticipationStatus.ENROLLED : request.status()));
	}

	@PutMapping("/{id}/participations/{programId}")
	@Operation(summary = "Change where the person stands in one of the caller's programs for a role: admit an "
			+ "applicant (ENROLLED), not select them, record a withdrawal or a completion; 404 outside the caller's "
			+ "programs or without such a participation")
	ParticipantView changeParticipation(Actor actor, @PathVariable ParticipantId id, @PathVariable ProgramId programId,
			@Valid @RequestBody ParticipationChange request) {
		return participants.changeParticipation(actor, id, programId, request.role(),
				request.status());
	}

	@PostMapping("/{id}/screenings")
	@Operation(summary = "Record an intake check")
	ParticipantView recordScreening(Actor actor, @PathVariable ParticipantId id, @Valid @RequestBody ScreeningRequest request) {
		return participants.recordScreening(actor, id, request.kind(), request.date(),
				request.outcome(), request.notes(), request.programId() == null ? null : new ProgramId(request.programId()));
	}

	@PostMapping("/{id}/consents")
	@Operation(summary = "Record consent or its withdrawal for a purpose, after the earlier answers",
			description = "givenOn defaults to today and cannot be in the future; means is FORM (default), PAPER "
					+ "or PHONE. The answer holds at once; consentHistory keeps every answer.")
	ParticipantView recordConsent(Actor actor, @PathVariable ParticipantId id, @Valid @RequestBody ConsentRequest request) {
		return participants.recordConsent(actor, id, new ParticipantManagement.ConsentAnswer(request.purpose(),
				request.granted(), request.givenOn(), request.means() == null ? ConsentMeans.FORM : request.means()));
	}

	@GetMapping("/{id}/consents")
	@Operation(summary = "Every consent answer recorded for the person, oldest first")
	List<ConsentRecord> consentHistory(Actor actor, @PathVariable ParticipantId id) {
		return directory.open(actor, id).consentHistory();
	}

	@PutMapping("/{id}/accommodation")
	@Operation(summary = "Accommodation needs; only the coordinators of the person's programs and the person")
	ParticipantView describeAccommodation(Actor actor, @PathVariable ParticipantId id,
			@Valid @RequestBody AccommodationRequest request) {
		return participants.describeAccommodationNeeds(actor, id, request.needs());
	}

	@GetMapping("/{id}/duplicates")
	@Operation(summary = "Known records with the same e-mail, or the same name and birth date")
	List<DuplicateCandidate> duplicates(Actor actor, @PathVariable ParticipantId id) {
		var participant = directory.find(actor, id);
		return duplicates.possibleDuplicates(participant.details(), participant.id());
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Merge a duplicate record into this one")
	ParticipantView merge(Actor actor, @PathVariable ParticipantId id, @Valid @RequestBody MergeRequest request) {
		return duplicates.merge(actor, id, new ParticipantId(request.duplicateId()));
	}

	@GetMapping("/{id}/eligibility")
	@Operation(summary = "The person against a program's criteria for a role")
	Eligibility eligibility(Actor actor, @PathVariable ParticipantId id, @RequestParam ProgramId programId,
			@RequestParam(defaultValue = "MENTEE") Audience role, Locale locale) {
		return intake.evaluate(actor, id, programId, role, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> knownEmail(KnownEmailException ex, Locale locale) {
		var problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle(messages.getMessage("problem.duplicate.title", null, locale));
		problem.setDetail(messages.getMessage("participant.email.taken", null, locale));
		problem.setProperty("errors", List.of(Map.of("field", "email",
				"message", messages.getMessage("participant.email.taken", null, locale))));
		problem.setProperty("candidates", ex.candidates);
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/** An e-mail address already known, with the person who has it. */
	static final class KnownEmailException extends RuntimeException {

		private final transient List<DuplicateCandidate> candidates;

		KnownEmailException(DuplicateValueException cause, List<DuplicateCandidate> candidates) {
			super(cause.getMessage(), cause);
			this.candidates = List.copyOf(candidates);
		}
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> possibleDuplicate(PossibleDuplicateException ex, Locale locale) {
		var problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle(messages.getMessage("problem.duplicate.title", null, locale));
		problem.setDetail(messages.getMessage("participant.duplicate.possible", null, locale));
		problem.setProperty("candidates", ex.candidates());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/** Enrolling in a program. */
	record EnrolmentRequest(@NotNull(message = "{participant.program.required}") UUID programId,
			@NotNull(message = "{field.required}") Audience role, ParticipationStatus status) {
	}

	/** Where the person now stands in a program, for one role. */
	record ParticipationChange(@NotNull(message = "{field.required}") Audience role,
			@NotNull(message = "{field.required}") ParticipationStatus status) {
	}

	/** An intake check. */
	record ScreeningRequest(@NotNull(message = "{field.required}") IntakeStep kind,
			@NotNull(message = "{field.required}") LocalDate date,
			@NotNull(message = "{field.required}") ScreeningOutcome outcome,
			@Size(max = 2000, message = "{field.tooLong}") String notes, UUID programId) {
	}

	/** Consent or its withdrawal for a purpose: on which day, how. */
	record ConsentRequest(@NotNull(message = "{field.required}") ConsentPurpose purpose, boolean granted,
			LocalDate givenOn, ConsentMeans means) {
	}

	/** Accommodation needs, or empty to clear them. */
	record AccommodationRequest(@Size(max = 4000, message = "{field.tooLong}") String needs) {
	}

	/** The record to merge into this one. */
	record MergeRequest(@NotNull(message = "{field.required}") UUID duplicateId) {
	}
}
