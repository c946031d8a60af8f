package org.passerelle.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.identity.LinkLanguage;
import org.passerelle.identity.PasswordLinkException;
import org.passerelle.identity.PasswordLinks;
import org.passerelle.identity.PasswordPolicy;
import org.passerelle.identity.TooManyAttemptsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?" and the page an e-mailed link opens to choose a new one, without
 * signing in (R-ACC-2). A link that does not work gets a page saying why, with the form to ask
 * for a new one.
 */
@Controller
@RequestMapping("/password")
class PasswordController {

	private final PasswordLinks links;

	private final LinkLanguage language;

	PasswordController(PasswordLinks links, LinkLanguage language) {
		this.links = links;
		this.language = language;
	}

	@ModelAttribute
	void language(@RequestParam(required = false) String lang, HttpServletRequest request,
			HttpServletResponse response) {
		language.apply(lang, request, response);
	}

	@GetMapping("/forgot")
	String forgot(Model model) {
		if (!model.containsAttribute("forgot")) {
			model.addAttribute("forgot", new ForgotForm(""));
		}
		return "identity/password-forgot";
	}

	@PostMapping("/forgot")
	String requestLink(@Validated @ModelAttribute("forgot") ForgotForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				links.requestReset(form.email());
				redirect.addFlashAttribute("sent", true);
				return "redirect:/password/forgot";
			}
			catch (TooManyAttemptsException ex) {
				result.reject(ex.messageCode());
			}
		}
		Forms.keep(model, "forgot", form, result);
		return forgot(model);
	}

	@GetMapping("/reset/{token}")
	String chooseForm(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("purpose", links.check(token));
		}
		catch (PasswordLinkException ex) {
			return refused(ex, model, response);
		}
		if (!model.containsAttribute("reset")) {
			model.addAttribute("reset", new ChooseForm("", ""));
		}
		model.addAttribute("token", token);
		return "identity/password-reset";
	}

	@PostMapping("/reset/{token}")
	String choose(@PathVariable String token, @Validated @ModelAttribute("reset") ChooseForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasFieldErrors("repeated") && !form.password().equals(form.repeated())) {
			result.rejectValue("repeated", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				links.choosePassword(token, form.password(), request.getRemoteAddr());
				return "redirect:/login?passwordChosen";
			}
			catch (PasswordLinkException ex) {
				return refused(ex, model, response);
			}
			catch (InvalidFieldException ex) {
				result.rejectValue("password", ex.messageCode(), ex.arguments(), ex.messageCode());
			}
			catch (TooManyAttemptsException ex) {
				result.reject(ex.messageCode());
			}
		}
		Forms.keep(model, "reset", form, result);
		return chooseForm(token, model, response);
	}

	/** The link does not work: why, and the form to ask for a new one; nothing changed. */
	private String refused(PasswordLinkException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		model.addAttribute("reason", ex.messageCode());
		model.addAttribute("forgot", new ForgotForm(""));
		return "identity/password-link-refused";
	}

	/** The address of the account whose password is forgotten. */
	record ForgotForm(@NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(
			max = 254, message = "{field.tooLong}") String email) {
	}

	/** The new password, twice. */
	record ChooseForm(@NotBlank(message = "{password.required}") @Size(max = PasswordPolicy.MAXIMUM_LENGTH,
			message = "{field.tooLong}") String password,
			@NotBlank(message = "{account.password.repeatRequired}") String repeated) {
	}
}
