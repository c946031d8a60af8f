package org.passerelle.referral.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.passerelle.core.Actions;
import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.Period;
import org.passerelle.core.Province;
import org.passerelle.core.RuleViolationException;
import org.passerelle.core.Spreadsheets;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.reference.ImmigrationStatus;
import org.passerelle.referral.IncompleteReferralException;
import org.passerelle.referral.ReferralCounts;
import org.passerelle.referral.ReferralId;
import org.passerelle.referral.ReferralManagement;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of referrals: an agency refers its clients and follows them; the program's
 * coordinator admits, returns or does not select; both see the history and the documents.
 */
@Controller
@RequestMapping("/referrals")
class ReferralController {

	private final ReferralManagement referrals;

	private final ReferralCounts counts;

	private final ProgramManagement programs;

	private final AccessPolicy policy;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final Actions actions;

	ReferralController(ReferralManagement referrals, ReferralCounts counts, ProgramManagement programs,
			AccessPolicy policy, MessageSource messages, java.time.Clock clock, Actions actions) {
		this.actions = actions;
		this.clock = clock;
		this.referrals = referrals;
		this.counts = counts;
		this.programs = programs;
		this.policy = policy;
		this.messages = messages;
	}

	@GetMapping
	String list(Actor actor, Locale locale, Model model) {
		model.addAttribute("referrals", referrals.list(actor, locale));
		model.addAttribute("mayRefer", policy.mayRefer(actor));
		return "referrals/list";
	}

	@GetMapping("/new")
	String newReferral(Actor actor, Model model, Locale locale) {
		policy.require(policy.mayRefer(actor));
		return form(actor, model, ClientForm.empty(), locale);
	}

	@PostMapping
	String refer(Actor actor, @Valid @ModelAttribute("client") ClientForm form, BindingResult result, Model model,
			Locale locale) {
		policy.require(policy.mayRefer(actor));
		if (!result.hasErrors()) {
			try {
				var referral = referrals.refer(actor, new ProgramId(form.programId()), form.details(),
						form.readinessNotes(), form.consentToShare(), locale);
				return "redirect:/referrals/" + referral.id();
			}
			catch (DuplicateValueException ex) {
				result.rejectValue(ex.field(), ex.messageCode());
			}
			catch (InvalidFieldException ex) {
				result.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
			}
		}
		Forms.keep(model, "client", form, result);
		return form(actor, model, form, locale);
	}

	/**
	 * The form again for the program chosen, with the questions its criteria ask and what was
	 * entered, without saving: "Continue" when JavaScript is off.
	 */
	@PostMapping(params = "continue")
	String chooseProgram(Actor actor, @ModelAttribute("client") ClientForm form, Model model, Locale locale) {
		policy.require(policy.mayRefer(actor));
		return form(actor, model, form, locale);
	}

	/** The questions of the program chosen, swapped into the form by htmx when the program changes. */
	@PostMapping("/questions")
	String questions(Actor actor, @ModelAttribute("client") ClientForm form, Model model, Locale locale) {
		policy.require(policy.mayRefer(actor));
		form(actor, model, form, locale);
		return "referrals/form :: questions";
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable ReferralId id, Locale locale, Model model) {
		var referral = referrals.find(actor, id, locale);
		model.addAttribute("referral", referral);
		model.addAttribute("mayDecide", referrals.mayDecide(actor, referral.id()));
		model.addAttribute("isAgency", policy.mayRefer(actor));
		return "referrals/detail";
	}

	@PostMapping("/{id}/details")
	String describe(Actor actor, @PathVariable ReferralId id, @RequestParam(defaultValue = "") String readinessNotes,
			@RequestParam(defaultValue = "false") boolean consentToShare, @RequestParam long version, Locale locale,
			RedirectAttributes redirect) {
		return actions.run(redirect, "referral.saved", "/referrals/" + id, "referral.concurrentDecision",
				() -> referrals.describe(actor, id, version, readinessNotes, consentToShare, locale));
	}

	@PostMapping("/{id}/submit")
	String submit(Actor actor, @PathVariable ReferralId id, Locale locale, RedirectAttributes redirect) {
		try {
			referrals.submit(actor, id, locale);
			redirect.addFlashAttribute("saved", "referral.submitted");
		}
		catch (IncompleteReferralException ex) {
			redirect.addFlashAttribute("missing", ex.missing());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("failed", ex.messageCode());
		}
		return "redirect:/referrals/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(Actor actor, @PathVariable ReferralId id, Locale locale, RedirectAttributes redirect) {
		return actions.run(redirect, "referral.withdrawn", "/referrals/" + id, "referral.concurrentDecision",
				() -> referrals.withdraw(actor, id, locale));
	}

	@PostMapping("/{id}/admit")
	String admit(Actor actor, @PathVariable ReferralId id, @RequestParam long version,
			@RequestParam(defaultValue = "") String note, Locale locale, RedirectAttributes redirect) {
		return actions.run(redirect, "referral.admitted", "/referrals/" + id, "referral.concurrentDecision",
				() -> referrals.admit(actor, id, version, note, locale));
	}

	@PostMapping("/{id}/return")
	String returnToAgency(Actor actor, @PathVariable ReferralId id, @RequestParam long version,
			@RequestParam(name = "criteria", required = false) List<UUID> criteria,
			@RequestParam(defaultValue = "") String message, Locale locale, RedirectAttributes redirect) {
		return actions.run(redirect, "referral.returned", "/referrals/" + id, "referral.concurrentDecision",
				() -> referrals.returnToAgency(actor, id, version, criteria, message, locale));
	}

	@PostMapping("/{id}/not-selected")
	String notSelect(Actor actor, @PathVariable ReferralId id, @RequestParam long version,
			@RequestParam(defaultValue = "") String note, Locale locale, RedirectAttributes redirect) {
		return actions.run(redirect, "referral.notSelected", "/referrals/" + id, "referral.concurrentDecision",
				() -> referrals.notSelect(actor, id, version, note, locale));
	}

	@PostMapping("/{id}/documents")
	String attach(Actor actor, @PathVariable ReferralId id, @RequestParam(required = false) MultipartFile file, Locale locale,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("failed", "import.fileRequired");
			return "redirect:/referrals/" + id;
		}
		var content = file.getBytes();
		return actions.run(redirect, "referral.document.saved", "/referrals/" + id, "referral.concurrentDecision",
				() -> referrals.attach(actor, id, file.getOriginalFilename(), content, locale));
	}

	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(Actor actor, @PathVariable ReferralId id, @PathVariable UUID documentId) {
		var document = referrals.document(actor, id, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}

	@GetMapping("/statistics")
	String statistics(Actor actor, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) ProgramId programId, Locale locale,
			Model model, HttpServletResponse response) {
		model.addAttribute("programId", programId);
		model.addAttribute("programChoices", programs.list(actor));
		try {
			var period = Period.parse(from, to, LocalDate.now(clock));
			model.addAttribute("from", period.from());
			model.addAttribute("to", period.to());
			model.addAttribute("counts", counts.perAgency(actor, period, programId));
		}
		catch (InvalidFieldException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("periodField", ex.field());
			model.addAttribute("periodError", messages.getMessage(ex.messageCode(), ex.arguments(), locale));
		}
		return "referrals/statistics";
	}

	@GetMapping("/statistics.csv")
	String statisticsCsv(Actor actor, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) ProgramId programId, Locale locale,
			Model model, HttpServletResponse response) throws IOException {
		Period period;
		try {
			period = Period.parse(from, to, LocalDate.now(clock));
		}
		catch (InvalidFieldException ex) {
			return statistics(actor, from, to, programId, locale, model, response);
		}
		var rows = counts.perAgency(actor, period, programId);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"referrals.csv\"");
		var headers = List.of("referrals.statistics.agency", "referrals.statistics.total", "ReferralStatus.ADMITTED",
				"referrals.statistics.returned", "referrals.statistics.pending", "ReferralStatus.NOT_SELECTED",
				"ReferralStatus.WITHDRAWN")
			.stream()
			.map(code -> messages.getMessage(code, null, locale))
			.toList();
		Spreadsheets.writeCsv(headers, rows.stream()
			.map(count -> List.of(count.agency(), String.valueOf(count.total()), String.valueOf(count.admitted()),
					String.valueOf(count.returned()), String.valueOf(count.pending()), String.valueOf(count.notSelected()),
					String.valueOf(count.withdrawn())))
			.toList(), response.getOutputStream());
		return null;
	}


	private String form(Actor actor, Model model, ClientForm form, Locale locale) {
		if (!model.containsAttribute("client")) {
			model.addAttribute("client", form);
		}
		var choices = programs.list(actor);
		model.addAttribute("programChoices", choices);
		model.addAttribute("languagesOfService", Language.values());
		model.addAttribute("immigrationStatuses", ImmigrationStatus.values());
		model.addAttribute("provinces", Province.values());
		model.addAttribute("alwaysAsked", ClientForm.ALWAYS_ASKED);
		var chosen = form.programId() == null ? null : new ProgramId(form.programId());
		model.addAttribute("questions", chosen != null && choices.stream().anyMatch(choice -> choice.id().equals(chosen))
				? programs.questions(chosen, Audience.MENTEE, locale) : null);
		return "referrals/form";
	}
}
