package org.passerelle.mentorship.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.Meetings;
import org.passerelle.mentorship.MentorshipId;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.MentorshipSummary;
import org.passerelle.mentorship.MentorshipView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mentorships over REST, scoped like the pages: the pair and the program's coordinators.
 */
@RestController
@Tag(name = "Mentorships", description = "Meetings, hours, cadence, pauses, extensions and closure")
class MentorshipApiController {

	private final MentorshipManagement mentorships;

	private final Meetings meetings;

	MentorshipApiController(MentorshipManagement mentorships, Meetings meetings) {
		this.mentorships = mentorships;
		this.meetings = meetings;
	}

	@GetMapping("/api/mentorships")
	@Operation(summary = "The caller's own mentorships, as mentee or mentor")
	List<MentorshipSummary> mine(Actor actor) {
		return mentorships.mine(actor);
	}

	@GetMapping("/api/mentorships/dashboard")
	@Operation(summary = "The mentorships of the programs the caller coordinates, those needing attention first")
	List<MentorshipSummary> dashboard(Actor actor) {
		return mentorships.dashboard(actor);
	}

	@GetMapping("/api/mentorships/{id}")
	@Operation(summary = "A mentorship with its cadence, meetings, hours and history; 404 outside the pair and its coordinators")
	MentorshipView find(Actor actor, @PathVariable MentorshipId id) {
		return mentorships.find(actor, id);
	}

	@PostMapping("/api/mentorships/{id}/meetings")
	@Operation(summary = "Log a meeting; the other party confirms or corrects it")
	MentorshipView log(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody MeetingForm meeting) {
		return meetings.log(actor, id, meeting.details());
	}

	@PostMapping("/api/meetings/{meeting}/confirm")
	@Operation(summary = "Confirm a meeting the other party logged")
	MentorshipView confirm(Actor actor, @PathVariable UUID meeting, @Valid @RequestBody Versioned request) {
		return meetings.confirm(actor, meeting, request.version());
	}

	@PutMapping("/api/meetings/{meeting}")
	@Operation(summary = "Correct a meeting the other party logged, as of its version; 409 when it changed since")
	MentorshipView correct(Actor actor, @PathVariable UUID meeting, @Valid @RequestBody MeetingForm correction) {
		if (correction.version() == null) {
			throw new org.passerelle.core.InvalidFieldException("version", "field.versionRequired");
		}
		return meetings.correct(actor, meeting, correction.version(), correction.details());
	}

	@PostMapping("/api/mentorships/{id}/placement-weeks")
	@Operation(summary = "Log a week of placement hours (the Monday of the week), with the hours agreed")
	MentorshipView placement(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody PlacementRequest request) {
		return mentorships.logPlacementWeek(actor, id, request.weekStart(), request.hours(),
				request.agreedHours());
	}

	@PostMapping("/api/mentorships/{id}/pause")
	@Operation(summary = "Pause from a date: the clock stops and the end moves back")
	MentorshipView pause(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody StateRequest request) {
		return mentorships.pause(actor, id, request.version(), request.on(), request.note());
	}

	@PostMapping("/api/mentorships/{id}/resume")
	@Operation(summary = "Resume a paused mentorship")
	MentorshipView resume(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody StateRequest request) {
		return mentorships.resume(actor, id, request.version(), request.on());
	}

	@PostMapping("/api/mentorships/{id}/extension")
	@Operation(summary = "Ask for an extension (one of the pair)")
	MentorshipView extension(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody ExtensionRequest request) {
		return mentorships.requestExtension(actor, id, request.version(),
				request.weeks() == null ? 0 : request.weeks(), request.note());
	}

	@PostMapping("/api/mentorships/{id}/extension/agree")
	@Operation(summary = "Agree to the extension the other asked")
	MentorshipView agree(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody StateRequest request) {
		return mentorships.agreeToExtension(actor, id, request.version());
	}

	@PostMapping("/api/mentorships/{id}/close")
	@Operation(summary = "Close with a reason and the mentee's employment")
	MentorshipView close(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody ClosureRequest request) {
		return mentorships.close(actor, id, request.version(), request.reason(), request.employment(),
				Boolean.TRUE.equals(request.endedBadly()), request.on(), request.note());
	}

	/** The version an action was decided on. */
	record Versioned(@NotNull(message = "{field.versionRequired}") Long version) {
	}

	/** A week of placement. */
	record PlacementRequest(@NotNull(message = "{placement.week.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart,
			@NotNull(message = "{placement.hours.range}") BigDecimal hours, BigDecimal agreedHours) {
	}

	/** A change of state as of a version, from a date, with a note. */
	record StateRequest(@NotNull(message = "{field.versionRequired}") Long version,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@Size(max = 2000, message = "{field.tooLong}") String note) {
	}

	/** An extension asked. */
	record ExtensionRequest(@NotNull(message = "{field.versionRequired}") Long version, Integer weeks,
			@Size(max = 2000, message = "{field.tooLong}") String note) {
	}

	/** A closure. */
	record ClosureRequest(@NotNull(message = "{field.versionRequired}") Long version,
			@NotNull(message = "{mentorship.close.reason.required}") ClosureReason reason, EmploymentStatus employment,
			Boolean endedBadly, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@Size(max = 2000, message = "{field.tooLong}") String note) {
	}
}
