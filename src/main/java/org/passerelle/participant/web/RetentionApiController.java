package org.passerelle.participant.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ApplicationRetention;
import org.passerelle.participant.DestructionRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The retention of applications not selected over REST: the record of destructions, and running
 * the destruction of what is due without waiting for the night (administrators).
 */
@RestController
@RequestMapping("/api/retention")
@Tag(name = "Retention", description = "Destruction of applications not selected at the end of their retention")
class RetentionApiController {

	private final ApplicationRetention retention;

	RetentionApiController(ApplicationRetention retention) {
		this.retention = retention;
	}

	@GetMapping("/destructions")
	@Operation(summary = "Destructions the caller may read, newest first: counts only")
	List<DestructionRecord> destructions(Actor actor) {
		return retention.records(actor);
	}

	@PostMapping("/run")
	@Operation(summary = "Destroy now the applications whose retention is over (administrators)")
	List<DestructionRecord> run(Actor actor) {
		return retention.destroyNow(actor);
	}
}
