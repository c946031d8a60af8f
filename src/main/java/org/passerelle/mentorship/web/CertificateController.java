package org.passerelle.mentorship.web;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.passerelle.core.BaseAddress;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.CertificateLanguage;
import org.passerelle.mentorship.Certificates;
import org.passerelle.mentorship.MentorshipId;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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

	CertificateController(Certificates certificates, MessageSource messages, BaseAddress baseAddress) {
		this.certificates = certificates;
		this.messages = messages;
		this.baseAddress = baseAddress;
	}

	@GetMapping("/mentorships/{id}/certificate")
	String status(Actor actor, @PathVariable UUID id, Locale locale, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		var status = certificates.status(actor, new MentorshipId(id));
		model.addAttribute("certificate", status);
		model.addAttribute("certificateMissing",
				status.completion().explanation().stream().map(item -> messages.getMessage(item, locale)).toList());
		return htmx != null ? "certificates/fragments :: status" : "certificates/status";
	}

	@PostMapping("/mentorships/{id}/certificate")
	String issue(Actor actor, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "certificate.issued", "/mentorships/" + id + "#certificate",
				() -> certificates.issue(actor, new MentorshipId(id)));
	}

	@PostMapping("/mentorships/{id}/certificate/revoke")
	String revoke(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "certificate.revoked", "/mentorships/" + id + "#certificate",
				() -> certificates.revoke(actor, new MentorshipId(id), reason));
	}

	@GetMapping("/mentorships/{id}/certificate.pdf")
	ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String lang) {
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
	static ResponseEntity<byte[]> download(Certificates certificates, BaseAddress base, Actor actor, UUID id,
			String lang) {
		var address = base.get() + "/certificates/verify";
		var document = certificates.pdf(actor, new MentorshipId(id), CertificateLanguage.fromCode(lang).orElse(null),
				address);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.filename()).build().toString())
			.body(document.content());
	}

	private String act(RedirectAttributes redirect, Locale locale, String saved, String target, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("saved", saved);
		}
		catch (RuleViolationException | InvalidFieldException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, locale));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failed", "form.concurrentEdit");
		}
		return "redirect:" + target;
	}
}
