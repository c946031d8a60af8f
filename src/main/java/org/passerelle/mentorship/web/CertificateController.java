package org.passerelle.mentorship.web;

import java.util.Locale;

import org.passerelle.core.Actions;
import org.passerelle.core.BaseAddress;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.CertificateLanguage;
import org.passerelle.mentorship.Certificates;
import org.passerelle.mentorship.MentorshipId;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The completion certificate on the pages (R-MEN-8): its status on the mentorship page (an htmx
 * fragment, or a page of its own without JavaScript), issuing and revoking by the coordinators,
 * the PDF, and the public verification page.
 */
@Controller
class CertificateController {

	private final Certificates certificates;

	private final MessageSource messages;

	private final BaseAddress baseAddress;

	private final Actions actions;

	CertificateController(Certificates certificates, MessageSource messages, BaseAddress baseAddress, Actions actions) {
		this.actions = actions;
		this.certificates = certificates;
		this.messages = messages;
		this.baseAddress = baseAddress;
	}

	@GetMapping("/mentorships/{id}/certificate")
	String status(Actor actor, @PathVariable MentorshipId id, Locale locale, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		var status = certificates.status(actor, id);
		model.addAttribute("certificate", status);
		model.addAttribute("certificateMissing",
				status.completion().explanation().stream().map(item -> messages.getMessage(item, locale)).toList());
		return htmx != null ? "certificates/fragments :: status" : "certificates/status";
	}

	@PostMapping("/mentorships/{id}/certificate")
	String issue(Actor actor, @PathVariable MentorshipId id, RedirectAttributes redirect, Locale locale) {
		return actions.run(redirect, "certificate.issued", "/mentorships/" + id + "#certificate",
				() -> certificates.issue(actor, id));
	}

	@PostMapping("/mentorships/{id}/certificate/revoke")
	String revoke(Actor actor, @PathVariable MentorshipId id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return actions.run(redirect, "certificate.revoked", "/mentorships/" + id + "#certificate",
				() -> certificates.revoke(actor, id, reason));
	}

	@GetMapping("/mentorships/{id}/certificate.pdf")
	ResponseEntity<byte[]> pdf(Actor actor, @PathVariable MentorshipId id, @RequestParam(required = false) String lang) {
		return download(certificates, baseAddress, actor, id, lang);
	}

	@GetMapping("/certificates/verify")
	String verify(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("code", code == null ? "" : code.strip());
		if (code != null && !code.isBlank()) {
			model.addAttribute("checked", true);
			certificates.verify(code).ifPresent(found -> model.addAttribute("verification", found));
		}
		return "certificates/verify";
	}

	/** The certificate as a PDF to save, never kept in a shared cache. */
	static ResponseEntity<byte[]> download(Certificates certificates, BaseAddress base, Actor actor, MentorshipId id,
			String lang) {
		var address = base.get() + "/certificates/verify";
		var document = certificates.pdf(actor, id, CertificateLanguage.fromCode(lang).orElse(null),
				address);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.filename()).build().toString())
			.body(document.content());
	}

}
