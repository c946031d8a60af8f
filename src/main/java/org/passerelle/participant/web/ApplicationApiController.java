package org.passerelle.participant.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramFormat;
import org.passerelle.program.EligibilityQuestions;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public application form over REST, without credentials, for an organisation's own website:
 * the programs that recruit, and applications to them, under the same rate limit as the page.
 */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "Applications", description = "Public applications of mentors and mentees, without credentials")
class ApplicationApiController {

	private final ProgramManagement programs;

	private final ParticipantManagement participants;

	private final ApplicationThrottle throttle;

	private final MessageSource messages;

	ApplicationApiController(ProgramManagement programs, ParticipantManagement participants,
			ApplicationThrottle throttle, MessageSource messages) {
		this.programs = programs;
		this.participants = participants;
		this.throttle = throttle;
		this.messages = messages;
	}

	/** A program that recruits, as the public sees it. */
	record OpenProgram(ProgramId id, String name, String description, String leadOrganisationName,
			ProgramFormat format, Set<Language> languages, boolean menteesMayApply) {
	}

	/** What the applicant is told, whoever they are. */
	record Receipt(String message) {
	}

	@GetMapping("/programs")
	@Operation(summary = "The programs open to applications; mentees may apply only where menteesMayApply")
	List<OpenProgram> programs() {
		return programs.openForApplications()
			.stream()
			.map(program -> new OpenProgram(program.id(), program.name(), program.description(),
					program.leadOrganisationName(), program.format(), program.languages(),
					program.rules().menteesMayApply()))
			.toList();
	}

	@GetMapping("/programs/{programId}/questions")
	@Operation(summary = "What the program asks of an applicant in a role — facts, attestations and workshops — in "
			+ "the caller's language; the answers go in the application's body")
	EligibilityQuestions questions(@PathVariable ProgramId programId, @RequestParam(defaultValue = "MENTOR") Audience role,
			Locale locale) {
		return programs.openForApplication(programId, role)
			.orElseThrow(() -> new NotFoundException("program", programId))
			.questionsFor(role, locale);
	}

	@PostMapping("/{programId}")
	@Operation(summary = "Apply to a program as a mentor or a mentee; 202 whether or not the person was known, "
			+ "429 after too many applications from one address")
	ResponseEntity<?> apply(@PathVariable ProgramId programId, @Valid @RequestBody ApplicationForm application,
			HttpServletRequest request, Locale locale) {
		var program = programs.openForApplication(programId, application.role())
			.orElseThrow(() -> new NotFoundException("program", programId));
		if (!application.fromRobot()) {
			if (!throttle.tryAcquire(request.getRemoteAddr())) {
				var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
						messages.getMessage("application.throttled", null, locale));
				problem.setTitle(messages.getMessage("problem.throttled.title", null, locale));
				return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(problem);
			}
			participants.apply(programId, application.role(), application.details());
		}
		return ResponseEntity.accepted()
			.body(new Receipt(messages.getMessage("application.received", new Object[] { program.name() }, locale)));
	}
}
