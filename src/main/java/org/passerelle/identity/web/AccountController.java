package org.passerelle.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.ApiTokens;
import org.passerelle.identity.PasswordPolicy;
import org.passerelle.identity.UserManagement;
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
 * One's own account: who one is, and a new password.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private final UserManagement users;

	private final ApiTokens tokens;

	AccountController(UserManagement users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@GetMapping
	String show(Actor actor, Model model) {
		model.addAttribute("password", new PasswordForm("", "", ""));
		return page(actor, model);
	}

	@PostMapping("/tokens")
	String issueToken(Actor actor, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			redirect.addFlashAttribute("failed", "account.tokens.nameRequired");
			return "redirect:/account#tokens";
		}
		redirect.addFlashAttribute("issuedToken", tokens.issue(actor, actor.userId(), name));
		return "redirect:/account#tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(Actor actor, @PathVariable java.util.UUID id, RedirectAttributes redirect) {
		tokens.revoke(actor, id);
		redirect.addFlashAttribute("saved", "account.tokens.revoked");
		return "redirect:/account#tokens";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("me", users.find(actor, actor.userId()));
		model.addAttribute("tokens", tokens.list(actor, actor.userId()));
		return "identity/account";
	}

	@PostMapping("/password")
	String changePassword(Actor actor, @Valid @ModelAttribute("password") PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("repeated") && !form.newPassword().equals(form.repeated())) {
			result.rejectValue("repeated", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				users.changeOwnPassword(actor, form.current(), form.newPassword());
				redirect.addFlashAttribute("saved", "account.password.changed");
				return "redirect:/account";
			}
			catch (RuleViolationException ex) {
				result.rejectValue("current", ex.messageCode());
			}
			catch (InvalidFieldException ex) {
				// the password policy names the field "password": here it is the new one
				result.rejectValue("newPassword", ex.messageCode(), ex.arguments(), ex.messageCode());
			}
		}
		Forms.keep(model, "password", form, result);
		return page(actor, model);
	}

	/** Changing one's password: the current one, and the new one twice. */
	record PasswordForm(@NotBlank(message = "{account.password.currentRequired}") String current,
			@NotBlank(message = "{password.required}") @Size(max = PasswordPolicy.MAXIMUM_LENGTH,
					message = "{field.tooLong}") String newPassword,
			@NotBlank(message = "{account.password.repeatRequired}") String repeated) {
	}
}
