package org.passerelle.privacy.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.passerelle.identity.Actor;
import org.passerelle.privacy.RetentionDestruction;
import org.passerelle.privacy.RetentionJob;
import org.passerelle.privacy.RetentionLine;
import org.passerelle.privacy.RetentionSchedule;
import org.passerelle.program.ProgramId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The retention schedule over REST (administrators, the privacy officer). */
@RestController
@RequestMapping("/api/privacy/retention")
@Tag(name = "Retention schedule", description = "How long each kind of record is kept, and what was destroyed or anonymised")
class RetentionScheduleApiController {

	private final RetentionSchedule schedule;

	private final RetentionJob job;

	RetentionScheduleApiController(RetentionSchedule schedule, RetentionJob job) {
		this.schedule = schedule;
		this.job = job;
	}

	@GetMapping
	@Operation(summary = "The schedule: each kind of record per program (or for the installation) with its period and limits")
	List<RetentionLine> schedule(Actor actor) {
		return schedule.schedule(actor);
	}

	@PutMapping
	@Operation(summary = "Set a period; 400 on months naming the reason when below the kind's minimum, or above its maximum")
	RetentionLine set(Actor actor, @Valid @RequestBody RetentionForm form) {
		return schedule.set(actor, form.program() == null ? null : new ProgramId(form.program()), form.kind(),
				form.months());
	}

	@GetMapping("/destructions")
	@Operation(summary = "What the retention job destroyed or anonymised, newest first: counts per kind and program, never who")
	List<RetentionDestruction> destructions(Actor actor) {
		return schedule.destructions(actor);
	}

	@PostMapping("/run")
	@Operation(summary = "Destroy or anonymise now what is due, rather than tonight; the counts of this run")
	List<RetentionDestruction> run(Actor actor) {
		return job.retireNow(actor);
	}
}
