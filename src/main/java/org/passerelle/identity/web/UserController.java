package org.passerelle.identity.web;


import jakarta.validation.Valid;
import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.OrganisationDirectory;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
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
 * The pages where administrators open and change accounts, and where others see the accounts of
 * their organisation.
 */
@Controller
@RequestMapping("/users")
class UserController {

	private final UserManagement users;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisations;

	UserController(UserManagement users, AccessPolicy policy, OrganisationDirectory organisations) {
		this.users = users;
		this.policy = policy;
		this.organisations = organisations;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("languages", Language.values());
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("users", users.list(actor));
		model.addAttribute("mayManage", policy.mayManageUsers(actor));
		return "users/list";
	}

	@GetMapping("/new")
	String newUser(Actor actor, Model model) {
		policy.require(policy.mayManageUsers(actor));
		return form(model, UserForm.empty(), null);
	}

	@PostMapping
	String open(Actor actor, @Valid @ModelAttribute("user") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		policy.require(policy.mayManageUsers(actor));
		if (result.hasErrors()) {
			Forms.keep(model, "user", form, result);
			return form(model, form, null);
		}
		try {
			var user = users.open(actor, form.details());
			redirect.addFlashAttribute("saved", "user.saved");
			return "redirect:/users/" + user.id();
		}
		catch (DuplicateValueException | InvalidFieldException | RuleViolationException ex) {
			Forms.reject(result, ex);
		}
		Forms.keep(model, "user", form, result);
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable UserId id, Model model) {
		var user = users.find(actor, id);
		model.addAttribute("shown", user);
		if (!policy.mayManageUsers(actor)) {
			return "users/detail";
		}
		return form(model, UserForm.of(user), id);
	}

	@PostMapping("/{id}")
	String change(Actor actor, @PathVariable UserId id, @Valid @ModelAttribute("user") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		policy.require(policy.mayManageUsers(actor));
		var current = users.find(actor, id);
		model.addAttribute("shown", current);
		if (result.hasErrors()) {
			Forms.keep(model, "user", form, result);
			return form(model, form, id);
		}
		try {
			users.change(actor, id, form.version() == null ? -1 : form.version(), form.details());
			redirect.addFlashAttribute("saved", "user.saved");
			return "redirect:/users/" + id;
		}
		catch (DuplicateValueException | InvalidFieldException | RuleViolationException ex) {
			Forms.reject(result, ex);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.concurrentEdit");
		}
		Forms.keep(model, "user", form, result);
		return form(model, form, id);
	}

	@PostMapping("/{id}/active")
	String setActive(Actor actor, @PathVariable UserId id, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		try {
			users.setActive(actor, id, active);
			redirect.addFlashAttribute("saved", active ? "user.reactivated" : "user.deactivated");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("failed", ex.messageCode());
		}
		return "redirect:/users/" + id;
	}

	private String form(Model model, UserForm form, UserId id) {
		if (!model.containsAttribute("user")) {
			model.addAttribute("user", form);
		}
		model.addAttribute("userId", id);
		model.addAttribute("organisations", organisations.choices());
		return "users/form";
	}
}
