package org.passerelle.mentorship.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.passerelle.core.BaseAddress;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.CertificateStatus;
import org.passerelle.mentorship.CertificateView;
import org.passerelle.mentorship.Certificates;
import org.passerelle.mentorship.CompletionBasis;
import org.passerelle.mentorship.MentorshipId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Completion certificates over REST (R-MEN-8): the status, issuing and revoking, and the PDF,
 * scoped like the pages; and the public verification of a code, without credentials.
 */
@RestController
@Tag(name = "Certificates", description = "Completion certificates: status, issue, revoke, PDF, public verification")
class CertificateApiController {

	private final Certificates certificates;

	private final MessageSource messages;

	private final BaseAddress baseAddress;

	CertificateApiController(Certificates certificates, MessageSource messages, BaseAddress baseAddress) {
		this.certificates = certificates;
		this.messages = messages;
		this.baseAddress = baseAddress;
	}

	@GetMapping("/api/mentorships/{id}/certificate")
	@Operation(summary = "Whether the program's completion rule holds, what is missing, and the certificate in force")
	StatusResponse status(Actor actor, @PathVariable MentorshipId id, Locale locale) {
		var status = certificates.status(actor, id);
		return new StatusResponse(status,
				status.completion().explanation().stream().map(item -> messages.getMessage(item, locale)).toList());
	}

	@PostMapping("/api/mentorships/{id}/certificate")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue the certificate by hand (coordinators), when the rule holds; 422 saying what is missing")
	CertificateView issue(Actor actor, @PathVariable MentorshipId id) {
		return certificates.issue(actor, id);
	}

	@PostMapping("/api/mentorships/{id}/certificate/revoke")
	@Operation(summary = "Revoke the certificate in force (coordinators), with a reason")
	CertificateView revoke(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody RevokeRequest request) {
		return certificates.revoke(actor, id, request.reason());
	}

	@GetMapping("/api/mentorships/{id}/certificate.pdf")
	@Operation(summary = "The certificate as a PDF (the mentee and the coordinators), lang=fr|en|both, "
			+ "by default the mentee's language; 404 for the mentor and everyone else")
	ResponseEntity<byte[]> pdf(Actor actor, @PathVariable MentorshipId id, @RequestParam(required = false) String lang) {
		return CertificateController.download(certificates, baseAddress, actor, id, lang);
	}

	@GetMapping("/api/certificates/{code}")
	@Operation(summary = "Verify a certificate's code, without credentials: valid or revoked, whose, which program; 404 when unknown")
	CertificateCheck verify(@PathVariable String code) {
		return certificates.verify(code)
			.map(found -> new CertificateCheck(found.code(), found.valid(), found.revoked(), found.name(),
					found.program(), found.organisation(), found.issuedOn(), found.basis(), found.revokedOn()))
			.orElseThrow(() -> new NotFoundException("certificate", code));
	}

	/** The status, with what is missing written in the caller's language. */
	record StatusResponse(CertificateStatus certificate, List<String> missing) {
	}

	/** Why a certificate is revoked. */
	record RevokeRequest(@Size(max = 2000, message = "{field.tooLong}") String reason) {
	}

	/** What a verification code says. */
	record CertificateCheck(String code, boolean valid, boolean revoked, String name, String program,
			String organisation, LocalDate issuedOn, CompletionBasis basis, LocalDate revokedOn) {
	}
}
