package org.passerelle.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.evaluation.AcademicAdmission;
import org.passerelle.evaluation.AcademicAdmissions;
import org.passerelle.evaluation.CareerStep;
import org.passerelle.evaluation.EmploymentAnswer;
import org.passerelle.evaluation.EmploymentFollowUpView;
import org.passerelle.evaluation.EmploymentFollowUps;
import org.passerelle.evaluation.EmploymentHistory;
import org.passerelle.evaluation.EmploymentHistoryView;
import org.passerelle.evaluation.FollowUpLink;
import org.passerelle.evaluation.FollowUpSchedules;
import org.passerelle.evaluation.ProgramFollowUps;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employment follow-ups, the employment history and academic admissions over REST (R-OUT-1,
 * R-OUT-2); the answer by link works without credentials.
 */
@RestController
@Tag(name = "Employment outcomes")
class EmploymentFollowUpApiController {

	private final FollowUpSchedules schedules;

	private final EmploymentFollowUps followUps;

	private final EmploymentHistory history;

	private final AcademicAdmissions admissions;

	EmploymentFollowUpApiController(FollowUpSchedules schedules, EmploymentFollowUps followUps,
			EmploymentHistory history, AcademicAdmissions admissions) {
		this.schedules = schedules;
		this.followUps = followUps;
		this.history = history;
		this.admissions = admissions;
	}

	/** A program's follow-up schedule: the months after closure. */
	record Schedule(List<Integer> months) {
	}

	/** An entry the coordinator adds to the history: where the person stands on a date (today when left out). */
	record HistoryEntry(LocalDate recordedOn, EmploymentStatus status, String employer, String occupationCode,
			LocalDate startedOn, Integer hoursPerWeek, Boolean throughMentorNetwork) {

		EmploymentAnswer answer() {
			return new EmploymentAnswer(status, employer, occupationCode, startedOn, hoursPerWeek, throughMentorNetwork);
		}
	}

	@GetMapping("/api/programs/{id}/follow-up-schedule")
	@Operation(summary = "The program's employment follow-up schedule, in months after closure (coordinators)")
	Schedule schedule(Actor actor, @PathVariable ProgramId id) {
		return new Schedule(schedules.of(actor, id));
	}

	@PutMapping("/api/programs/{id}/follow-up-schedule")
	@Operation(summary = "Set the program's follow-up schedule: 1 to 6 month counts from 1 to 36, none twice")
	Schedule changeSchedule(Actor actor, @PathVariable ProgramId id, @RequestBody Schedule schedule) {
		return new Schedule(schedules.change(actor, id, schedule.months()));
	}

	@GetMapping("/api/programs/{id}/follow-ups")
	@Operation(summary = "The program's employment follow-ups with their counts and response rate (coordinators)")
	ProgramFollowUps ofProgram(Actor actor, @PathVariable ProgramId id) {
		return followUps.ofProgram(actor, id);
	}

	@GetMapping("/api/follow-ups/mine")
	@Operation(summary = "The caller's own follow-ups due and not answered yet")
	List<EmploymentFollowUpView> mine(Actor actor) {
		return followUps.toAnswer(actor);
	}

	@GetMapping("/api/follow-ups/{id}")
	@Operation(summary = "A follow-up: the person's own, or one of a program the caller coordinates")
	EmploymentFollowUpView find(Actor actor, @PathVariable UUID id) {
		return followUps.find(actor, id);
	}

	@PostMapping("/api/follow-ups/{id}/answer")
	@Operation(summary = "Answer a follow-up: the person their own; a coordinator records an answer given by phone")
	EmploymentFollowUpView answer(Actor actor, @PathVariable UUID id, @RequestBody EmploymentAnswer answer) {
		return followUps.answer(actor, id, answer);
	}

	@GetMapping("/api/answers/follow-ups/{token}")
	@Operation(summary = "What a follow-up's e-mail link answers, without signing in")
	FollowUpLink open(@PathVariable String token) {
		return followUps.open(token);
	}

	@PostMapping("/api/answers/follow-ups/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Answer a follow-up from its e-mail link, without signing in; the link then stops working")
	void answer(@PathVariable String token, @RequestBody EmploymentAnswer answer) {
		followUps.answer(token, answer);
	}

	/** The token of a link, expired, used or not. */
	record LinkBody(String token) {
	}

	@PostMapping("/api/answers/follow-ups/new-link")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Ask for a new link to replace the one whose token is given, sent to the address on file if "
			+ "the old one was ours and the follow-up still waits; answers the same either way")
	void newLink(@RequestBody LinkBody body) {
		if (body.token() != null && !body.token().isBlank()) {
			followUps.requestNewLink(body.token().strip());
		}
	}

	@GetMapping("/api/participants/{id}/employment-history")
	@Operation(summary = "A person's employment history, interviews, training and academic admissions, newest first")
	EmploymentHistoryView history(Actor actor, @PathVariable ParticipantId id) {
		return history.of(actor, id);
	}

	@PostMapping("/api/participants/{id}/employment-history")
	@Operation(summary = "Record where a person stands with work on a date (coordinators)")
	EmploymentHistoryView record(Actor actor, @PathVariable ParticipantId id, @RequestBody HistoryEntry entry) {
		return history.record(actor, id, entry.recordedOn(), entry.answer());
	}

	@PostMapping("/api/participants/{id}/career-steps")
	@Operation(summary = "Record an interview obtained or a training followed (coordinators)")
	EmploymentHistoryView recordStep(Actor actor, @PathVariable ParticipantId id, @RequestBody CareerStep step) {
		return history.recordStep(actor, id, step);
	}

	@PostMapping("/api/participants/{id}/academic-admissions")
	@Operation(summary = "Record an admission to an academic program (coordinators)")
	EmploymentHistoryView recordAdmission(Actor actor, @PathVariable ParticipantId id,
			@RequestBody AcademicAdmission admission) {
		return admissions.record(actor, id, admission);
	}
}
