package org.passerelle.privacy.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.privacy.AuditTrail;
import org.passerelle.privacy.DataRequestId;
import org.passerelle.privacy.DataRequestView;
import org.passerelle.privacy.DataRequests;
import org.passerelle.privacy.PersonalData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * People's requests about their data over REST: recorded on their behalf by a coordinator (for the
 * people of their programs) or the privacy officer, listed by deadline, answered once; an access or
 * portability request answered with the person's export, which the privacy officer downloads.
 */
@RestController
@RequestMapping("/api/privacy/requests")
@Tag(name = "Data requests", description = "Access, rectification, portability, withdrawal and deletion requests (Law 25 ss. 27–32)")
class DataRequestApiController {

	private final DataRequests requests;

	private final AuditTrail trail;

	private final PersonalDataFiles files;

	DataRequestApiController(DataRequests requests, AuditTrail trail, PersonalDataFiles files) {
		this.requests = requests;
		this.trail = trail;
		this.files = files;
	}

	@GetMapping
	@Operation(summary = "The requests one may handle: open ones first by deadline (late ones say so), then those answered")
	List<DataRequestView> list(Actor actor) {
		return requests.list(actor);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One request; 404 when it does not exist or concerns someone out of reach")
	DataRequestView find(Actor actor, @PathVariable DataRequestId id) {
		return requests.find(actor, id);
	}

	@PostMapping
	@Operation(summary = "Record a request received for a person (their id or e-mail address); the deadline is "
			+ "computed, 30 days after the day received; 404 for a person out of reach; 400 naming the field for a day to come "
			+ "or a rectification that does not say what to correct")
	ResponseEntity<DataRequestView> record(Actor actor, @Valid @RequestBody DataRequestForm form) {
		var person = trail.person(form.person())
			.map(ParticipantId::new)
			.orElseThrow(() -> new NotFoundException("participant", form.person()));
		var request = requests.record(actor, person, form.kind(), form.receivedOn(), form.receivedHow(), form.details());
		return ResponseEntity.created(URI.create("/api/privacy/requests/" + request.id())).body(request);
	}

	@PostMapping("/{id}/answer")
	@Operation(summary = "Answer a request: granted (saying what was changed or given), partly granted or refused "
			+ "(saying why); 422 when it is already answered; 409 when it changed since the version given")
	DataRequestView answer(Actor actor, @PathVariable DataRequestId id, @Valid @RequestBody AnswerForm form) {
		return requests.answer(actor, id, form.version(), form.outcome(), form.answeredOn(), form.response(),
				form.refusalReason());
	}

	@GetMapping("/{id}/export")
	@Operation(summary = "The person's data answering an open access or portability request (privacy officer); "
			+ "written to the audit trail as an export; 422 for a request answered or of another kind")
	PersonalData export(Actor actor, @PathVariable DataRequestId id) {
		return requests.export(actor, id, "json");
	}

	@GetMapping(value = "/{id}/export.pdf", produces = "application/pdf")
	@Operation(summary = "The same, as the readable PDF in the person's language")
	void exportPdf(Actor actor, @PathVariable DataRequestId id, HttpServletResponse response) throws IOException {
		files.writePdf(requests.export(actor, id, "pdf"), response);
	}
}
