package org.passerelle.activity.web;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.activity.Activities;
import org.passerelle.activity.ActivityDetails;
import org.passerelle.activity.ActivityId;
import org.passerelle.activity.ActivityKind;
import org.passerelle.activity.ActivitySummary;
import org.passerelle.activity.ActivityView;
import org.passerelle.activity.Attendance;
import org.passerelle.activity.InvitationAnswer;
import org.passerelle.activity.MandatoryAttendance;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Group sessions and events over REST, scoped like the pages: the program's coordinators, and
 * the people invited.
 */
@RestController
@Tag(name = "Activities", description = "Group sessions and events: scheduling, invitations, answers, attendance")
class ActivityApiController {

	private final Activities activities;

	ActivityApiController(Activities activities) {
		this.activities = activities;
	}

	@GetMapping("/api/activities")
	@Operation(summary = "The events of the programs the caller coordinates and those they are invited to, the ones to come first")
	List<ActivitySummary> list(Actor actor) {
		return activities.list(actor);
	}

	@GetMapping("/api/activities/{id}")
	@Operation(summary = "An event with its invitations; 404 outside its program's coordinators and the people invited")
	ActivityView find(Actor actor, @PathVariable ActivityId id) {
		return activities.find(actor, id);
	}

	@PostMapping("/api/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Schedule an event of a program the caller coordinates")
	ActivityView create(Actor actor, @Valid @RequestBody ActivityRequest request) {
		return activities.schedule(actor, new ProgramId(request.program()), request.details());
	}

	@PostMapping("/api/activities/series")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Schedule a series of sessions (peer support unless another kind is given) every N weeks, by default the program's rhythm")
	List<ActivitySummary> series(Actor actor, @Valid @RequestBody SeriesRequest request) {
		return activities.scheduleSeries(actor, new ProgramId(request.program()), request.details(), request.everyWeeks(),
				request.occurrences());
	}

	@PostMapping("/api/activities/{id}/invitations")
	@Operation(summary = "Invite the program's mentees, mentors or both, and chosen people of the program")
	ActivityView invite(Actor actor, @PathVariable ActivityId id, @Valid @RequestBody InviteRequest request) {
		var people = request.participants() == null ? List.<ParticipantId>of()
				: request.participants().stream().map(ParticipantId::new).toList();
		return activities.invite(actor, id, request.version(), request.audiences(), people);
	}

	@PostMapping("/api/activities/{id}/answer")
	@Operation(summary = "The person invited says whether they attend")
	ActivityView answer(Actor actor, @PathVariable ActivityId id, @Valid @RequestBody AnswerRequest request) {
		return activities.answer(actor, id, request.answer());
	}

	@PostMapping("/api/activities/{id}/attendance")
	@Operation(summary = "Take attendance of an event that has started: present, absent or excused for each person invited")
	ActivityView attendance(Actor actor, @PathVariable ActivityId id, @Valid @RequestBody AttendanceRequest request) {
		var marks = new LinkedHashMap<ParticipantId, Attendance>();
		for (var mark : request.marks()) {
			if (mark.participant() == null || mark.attendance() == null) {
				throw new InvalidFieldException("marks", "activity.attendance.incomplete");
			}
			marks.put(new ParticipantId(mark.participant()), mark.attendance());
		}
		return activities.takeAttendance(actor, id, request.version(), marks);
	}

	@PostMapping("/api/activities/{id}/cancel")
	@Operation(summary = "Cancel an event with a reason; never one that was held")
	ActivityView cancel(Actor actor, @PathVariable ActivityId id, @Valid @RequestBody CancelRequest request) {
		return activities.cancel(actor, id, request.version(), request.reason());
	}

	@GetMapping("/api/activities/attendance")
	@Operation(summary = "How a person attended the mandatory sessions of a program held so far; for the person and the program's coordinators")
	MandatoryAttendance mandatoryAttendance(Actor actor, @RequestParam ParticipantId participant, @RequestParam ProgramId program) {
		return activities.mandatoryAttendance(actor, participant, program);
	}

	/** An event to schedule; either {@code durationMinutes} or {@code endsAt}. */
	record ActivityRequest(@NotNull(message = "{activity.program.required}") UUID program, ActivityKind kind,
			String title, String description, LocalDateTime startsAt, Integer durationMinutes, LocalDateTime endsAt,
			String place, Boolean mandatory, Integer capacity) {

		ActivityDetails details() {
			return new ActivityDetails(kind, title, description, startsAt, durationMinutes, endsAt, place, mandatory,
					capacity);
		}
	}

	/** A series of sessions; the kind is peer support when left out. */
	record SeriesRequest(@NotNull(message = "{activity.program.required}") UUID program, ActivityKind kind,
			String title, String description, LocalDateTime firstStartsAt, Integer durationMinutes, String place,
			Boolean mandatory, Integer capacity,
			@Min(value = 1, message = "{activity.series.everyWeeks.range}") @Max(value = 52, message = "{activity.series.everyWeeks.range}") Integer everyWeeks,
			@NotNull(message = "{activity.series.occurrences.range}") Integer occurrences) {

		ActivityDetails details() {
			return new ActivityDetails(kind, title, description, firstStartsAt, durationMinutes, null, place, mandatory,
					capacity);
		}
	}

	/** Who to invite, as of the event's version. */
	record InviteRequest(@NotNull(message = "{field.versionRequired}") Long version, Set<Audience> audiences,
			List<UUID> participants) {
	}

	/** An answer to an invitation. */
	record AnswerRequest(@NotNull(message = "{activity.answer.required}") InvitationAnswer answer) {
	}

	/** The attendance sheet, as of the event's version. */
	record AttendanceRequest(@NotNull(message = "{field.versionRequired}") Long version,
			@NotNull(message = "{activity.attendance.incomplete}") List<Mark> marks) {
	}

	/** One person's mark. */
	record Mark(UUID participant, Attendance attendance) {
	}

	/** A cancellation with its reason, as of the event's version. */
	record CancelRequest(@NotNull(message = "{field.versionRequired}") Long version,
			@Size(max = 2000, message = "{field.tooLong}") String reason) {
	}
}
