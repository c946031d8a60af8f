package org.passerelle.privacy.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Spreadsheets;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.privacy.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail's pages: the privacy officer's search by person, user and period, a page at a
 * time, with its CSV export; and, for each person, who reached their own file (Law 25 s. 27).
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final AuditSearches searches;

	private final AccessPolicy policy;

	AuditController(AuditTrail trail, AuditSearches searches, AccessPolicy policy) {
		this.trail = trail;
		this.searches = searches;
		this.policy = policy;
	}

	@GetMapping("/privacy/audit")
	String search(Actor actor, @Valid @ModelAttribute("search") AuditSearchForm form, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
		policy.require(policy.mayReadAuditTrail(actor));
		if (!result.hasErrors()) {
			try {
				model.addAttribute("results", trail.search(actor, searches.read(form), page, PAGE_SIZE));
				return "privacy/audit";
			}
			catch (InvalidFieldException ex) {
				Forms.reject(result, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		Forms.keep(model, "search", form, result);
		return "privacy/audit";
	}

	@GetMapping("/privacy/audit.csv")
	String export(Actor actor, @Valid @ModelAttribute("search") AuditSearchForm form, BindingResult result, Locale locale,
			Model model, HttpServletResponse response) throws IOException {
		policy.require(policy.mayReadAuditTrail(actor));
		if (result.hasErrors()) {
			return search(actor, form, result, 0, model, response);
		}
		try {
			var entries = trail.export(actor, searches.read(form));
			response.setContentType("text/csv; charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
			Spreadsheets.writeCsv(searches.headers(locale),
					entries.stream().map(entry -> searches.line(entry, locale)).toList(), response.getOutputStream());
			return null;
		}
		catch (InvalidFieldException ex) {
			Forms.reject(result, ex);
			return search(actor, form, result, 0, model, response);
		}
	}

	@GetMapping("/account/file-accesses")
	String ownFile(Actor actor, Model model) {
		model.addAttribute("accesses", trail.accessesToOwnFile(actor));
		return "privacy/own-file";
	}
}
