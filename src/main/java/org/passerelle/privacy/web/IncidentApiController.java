package org.passerelle.privacy.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.passerelle.identity.Actor;
import org.passerelle.privacy.IncidentId;
import org.passerelle.privacy.IncidentRegister;
import org.passerelle.privacy.IncidentView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The incident register over REST: the privacy officer records and follows; administrators read. */
@RestController
@RequestMapping("/api/privacy/incidents")
@Tag(name = "Privacy incidents", description = "The register of confidentiality incidents (Law 25 s. 3.5–3.8)")
class IncidentApiController {

	private final IncidentRegister register;

	IncidentApiController(IncidentRegister register) {
		this.register = register;
	}

	@GetMapping
	@Operation(summary = "Every incident, the open ones first (privacy officer, administrators)")
	List<IncidentView> list(Actor actor) {
		return register.list(actor);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One incident; 404 when it does not exist")
	IncidentView find(Actor actor, @PathVariable IncidentId id) {
		return register.find(actor, id);
	}

	@PostMapping
	@Operation(summary = "Record an incident with the assessment of its risk (privacy officer); "
			+ "400 naming the field for a date to come, known before it happened, or a serious risk without its notices planned")
	ResponseEntity<IncidentView> record(Actor actor, @Valid @RequestBody IncidentForm form) {
		var incident = register.record(actor, form.details());
		return ResponseEntity.created(URI.create("/api/privacy/incidents/" + incident.id())).body(incident);
	}

	@PostMapping("/{id}/notices")
	@Operation(summary = "Record a notice sent to the Commission or to the persons concerned; 409 when the incident changed since the version given")
	IncidentView noticeSent(Actor actor, @PathVariable IncidentId id, @Valid @RequestBody NoticeForm form) {
		return register.noticeSent(actor, id, form.version(), form.recipient(), form.sentOn(), form.means());
	}

	@PostMapping("/{id}/measures")
	@Operation(summary = "Record a measure taken")
	IncidentView measureTaken(Actor actor, @PathVariable IncidentId id, @Valid @RequestBody MeasureForm form) {
		return register.measureTaken(actor, id, form.version(), form.takenOn(), form.description());
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close an incident; 422 while a serious one waits for a notice")
	IncidentView close(Actor actor, @PathVariable IncidentId id, @RequestParam long version) {
		return register.close(actor, id, version);
	}
}
