package org.passerelle.participant.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.LinkLanguage;
import org.passerelle.identity.PasswordPolicy;
import org.passerelle.participant.InvitationNeedsSignInException;
import org.passerelle.participant.InvitationRefusedException;
import org.passerelle.participant.InvitationStatus;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantInvitations;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invitations to open an account (R-ACC-1): the coordinators' page of a program, and the pages
 * the invited person opens from the e-mail, without signing in, in the language the link names.
 */
@Controller
class InvitationController {

	private final ParticipantInvitations invitations;

	private final ProgramManagement programs;

	private final LinkLanguage language;

	InvitationController(ParticipantInvitations invitations, ProgramManagement programs, LinkLanguage language) {
		this.invitations = invitations;
		this.programs = programs;
		this.language = language;
	}

	@ModelAttribute
	void language(@RequestParam(required = false) String lang, HttpServletRequest request,
			HttpServletResponse response) {
		language.apply(lang, request, response);
	}

	/** Rows a page shows: a program of thousands reads in pages, by where each person stands. */
	static final int PAGE_SIZE = 50;

	@GetMapping("/programs/{id}/invitations")
	String list(Actor actor, @PathVariable ProgramId id, @RequestParam(required = false) InvitationStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var rows = invitations.list(actor, id);
		var counts = new java.util.EnumMap<InvitationStatus, Long>(InvitationStatus.class);
		rows.forEach(row -> counts.merge(row.status(), 1L, Long::sum));
		var shown = rows.stream().filter(row -> status == null || row.status() == status).toList();
		int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		model.addAttribute("program", programs.find(actor, id));
		model.addAttribute("rows", shown.subList(current * PAGE_SIZE, Math.min(shown.size(), (current + 1) * PAGE_SIZE)));
		model.addAttribute("total", rows.size());
		model.addAttribute("counts", counts);
		model.addAttribute("status", status);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("waiting",
				rows.stream().filter(row -> row.status() == InvitationStatus.NOT_INVITED && row.hasEmail()).count());
		return "invitations/list";
	}

	@PostMapping("/programs/{id}/invitations")
	String invite(Actor actor, @PathVariable ProgramId id, @RequestParam(required = false) List<UUID> participantIds,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		try {
			var sent = all ? invitations.inviteAll(actor, id)
					: invitations.invite(actor, id,
							participantIds == null ? List.of() : participantIds.stream().map(ParticipantId::new).toList());
			redirect.addFlashAttribute("saved", sent.isEmpty() ? "invitation.sent.none" : "invitation.sent");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("failed", ex.messageCode());
		}
		if ("participant".equals(back) && participantIds != null && participantIds.size() == 1) {
			return "redirect:/participants/" + participantIds.getFirst();
		}
		return "redirect:/programs/" + id + "/invitations";
	}

	@PostMapping("/invitations/{id}/resend")
	String resend(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		var invitation = invitations.find(actor, id);
		try {
			invitations.resend(actor, id);
			redirect.addFlashAttribute("saved", "invitation.sent");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("failed", ex.messageCode());
		}
		return "redirect:/programs/" + invitation.program() + "/invitations";
	}

	@PostMapping("/invitations/{id}/revoke")
	String revoke(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		var invitation = invitations.find(actor, id);
		try {
			invitations.revoke(actor, id);
			redirect.addFlashAttribute("saved", "invitation.revoked");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("failed", ex.messageCode());
		}
		return "redirect:/programs/" + invitation.program() + "/invitations";
	}

	@GetMapping("/invitations/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			var lookup = invitations.open(token);
			model.addAttribute("invitation", lookup);
			model.addAttribute("token", token);
			if (lookup.accountExists()) {
				return "invitations/sign-in-first";
			}
			if (!model.containsAttribute("accept")) {
				model.addAttribute("accept", new AcceptForm("", "", lookup.language()));
			}
			model.addAttribute("languages", Language.values());
			return "invitations/accept";
		}
		catch (InvitationRefusedException ex) {
			return refused(token, ex, model, response);
		}
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @Validated @ModelAttribute("accept") AcceptForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		if (!result.hasFieldErrors("repeated") && form.password() != null && !form.password().equals(form.repeated())) {
			result.rejectValue("repeated", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				var email = invitations.accept(token, form.password(), form.language());
				return "redirect:/login?joined&email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (InvitationRefusedException ex) {
				return refused(token, ex, model, response);
			}
			catch (InvitationNeedsSignInException ex) {
				return open(token, model, response);
			}
			catch (InvalidFieldException ex) {
				result.rejectValue("password", ex.messageCode(), ex.arguments(), ex.messageCode());
			}
		}
		Forms.keep(model, "accept", form, result);
		return open(token, model, response);
	}

	/** Reached after signing in (the page is not public): the person confirms linking their account. */
	@GetMapping("/invitations/{token}/link")
	String confirmLink(Actor actor, @PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("invitation", invitations.open(token));
			model.addAttribute("token", token);
			model.addAttribute("signedInAs", actor.email());
			return "invitations/link";
		}
		catch (InvitationRefusedException ex) {
			return refused(token, ex, model, response);
		}
	}

	@PostMapping("/invitations/{token}/link")
	String link(Actor actor, @PathVariable String token, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			invitations.acceptAsSignedIn(token, actor);
			redirect.addFlashAttribute("saved", "invitation.linked");
			return "redirect:/";
		}
		catch (InvitationRefusedException ex) {
			return refused(token, ex, model, response);
		}
	}

	@PostMapping("/invitations/{token}/renewal")
	String askForRenewal(@PathVariable String token, Model model, HttpServletResponse response) {
		var asked = invitations.askForRenewal(token);
		model.addAttribute("renewalAsked", asked);
		model.addAttribute("reason", "invitation.refused.title");
		model.addAttribute("renewable", false);
		return "invitations/refused";
	}

	/** The link does not work: why, and whom to ask for a new one; nothing changed. */
	private String refused(String token, InvitationRefusedException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.reason() == InvitationRefusedException.Reason.ALREADY_LINKED
				|| ex.reason() == InvitationRefusedException.Reason.OTHER_ACCOUNT ? HttpServletResponse.SC_CONFLICT
						: HttpServletResponse.SC_GONE);
		model.addAttribute("reason", ex.messageCode());
		model.addAttribute("renewable", ex.renewable());
		model.addAttribute("token", token);
		return "invitations/refused";
	}

	/** The password chosen, twice, and the language of the account. */
	record AcceptForm(@NotBlank(message = "{password.required}") @Size(max = PasswordPolicy.MAXIMUM_LENGTH,
			message = "{field.tooLong}") String password,
			@NotBlank(message = "{account.password.repeatRequired}") String repeated,
			@NotNull(message = "{user.language.required}") Language language) {
	}
}
