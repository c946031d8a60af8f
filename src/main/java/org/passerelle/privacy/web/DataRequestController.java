package org.passerelle.privacy.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.participant.ParticipantId;
import org.passerelle.privacy.AuditTrail;
import org.passerelle.privacy.DataRequestId;
import org.passerelle.privacy.DataRequestKind;
import org.passerelle.privacy.DataRequests;
import org.passerelle.privacy.RequestChannel;
import org.passerelle.privacy.RequestOutcome;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of people's requests about their data: the list by deadline (late ones marked), a new
 * request received for a person, and one request with its answer and, for an access or portability
 * request, the person's export for the privacy officer to send them.
 */
@Controller
@RequestMapping("/privacy/requests")
class DataRequestController {

	private final DataRequests requests;

	private final AuditTrail trail;

	private final PersonalDataFiles files;

	private final AccessPolicy policy;

	private final MessageSource messages;

	private final Clock clock;

	DataRequestController(DataRequests requests, AuditTrail trail, PersonalDataFiles files, AccessPolicy policy,
			MessageSource messages, Clock clock) {
		this.messages = messages;
		this.requests = requests;
		this.trail = trail;
		this.files = files;
		this.policy = policy;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Actor actor, Model model) {
		model.addAttribute("kinds", DataRequestKind.values());
		model.addAttribute("channels", RequestChannel.values());
		model.addAttribute("outcomes", RequestOutcome.values());
		model.addAttribute("mayExport", actor.is(Role.PRIVACY_OFFICER));
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("requests", requests.list(actor));
		return "privacy/requests";
	}

	@GetMapping("/new")
	String newRequest(Actor actor, @RequestParam(required = false) String person, Model model) {
		policy.require(DataRequests.mayHandle(actor));
		model.addAttribute("request", DataRequestForm.forPerson(person, LocalDate.now(clock)));
		return "privacy/request-form";
	}

	@PostMapping
	String record(Actor actor, @Valid @ModelAttribute("request") DataRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		policy.require(DataRequests.mayHandle(actor));
		if (!result.hasErrors()) {
			try {
				// an unknown person and one out of the actor's reach read alike
				var person = trail.person(form.person())
					.map(ParticipantId::new)
					.orElseThrow(() -> new NotFoundException("participant", form.person()));
				var request = requests.record(actor, person, form.kind(), form.receivedOn(), form.receivedHow(),
						form.details());
				redirect.addFlashAttribute("saved", "privacy.request.recorded");
				return "redirect:/privacy/requests/" + request.id();
			}
			catch (NotFoundException ex) {
				result.rejectValue("person", "privacy.request.person.unknown");
			}
			catch (InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex);
			}
		}
		Forms.keep(model, "request", form, result);
		return "privacy/request-form";
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable DataRequestId id, Model model) {
		var request = requests.find(actor, id);
		model.addAttribute("shown", request);
		if (!model.containsAttribute("answer")) {
			model.addAttribute("answer", new AnswerForm(null, LocalDate.now(clock), "", "", request.version()));
		}
		return "privacy/request";
	}

	@PostMapping("/{id}/answer")
	String answer(Actor actor, @PathVariable DataRequestId id, @Valid @ModelAttribute("answer") AnswerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				requests.answer(actor, id, form.version(), form.outcome(), form.answeredOn(), form.response(),
						form.refusalReason());
				redirect.addFlashAttribute("saved", "privacy.request.answered");
				return "redirect:/privacy/requests/" + id;
			}
			catch (InvalidFieldException ex) {
				Forms.reject(result, ex);
			}
			catch (RuleViolationException ex) {
				// an answered request shows no form to put the refusal on: say it above the request
				redirect.addFlashAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
				return "redirect:/privacy/requests/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("form.concurrentEdit");
			}
		}
		Forms.keep(model, "answer", form, result);
		return show(actor, id, model);
	}

	@GetMapping("/{id}/export.json")
	String exportJson(Actor actor, @PathVariable DataRequestId id, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) throws IOException {
		try {
			files.writeJson(requests.export(actor, id, "json"), response);
			return null;
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, locale));
			return "redirect:/privacy/requests/" + id;
		}
	}

	@GetMapping("/{id}/export.pdf")
	String exportPdf(Actor actor, @PathVariable DataRequestId id, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) throws IOException {
		try {
			files.writePdf(requests.export(actor, id, "pdf"), response);
			return null;
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, locale));
			return "redirect:/privacy/requests/" + id;
		}
	}
}
