package org.passerelle.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.Forms;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.Province;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.organisation.OrganisationView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of organisations: the list, one organisation with its sites and contacts, and the
 * forms administrators use to register and change them.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

	private final OrganisationManagement organisations;

	private final AccessPolicy policy;

	OrganisationController(OrganisationManagement organisations, AccessPolicy policy) {
		this.organisations = organisations;
		this.policy = policy;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("provinces", Province.values());
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("organisations", organisations.list(actor));
		model.addAttribute("mayManage", policy.mayManageOrganisations(actor));
		return "organisations/list";
	}

	@GetMapping("/new")
	String newOrganisation(Actor actor, Model model) {
		policy.require(policy.mayManageOrganisations(actor));
		model.addAttribute("organisation", OrganisationForm.empty());
		return "organisations/form";
	}

	@PostMapping
	String register(Actor actor, @Valid @ModelAttribute("organisation") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		policy.require(policy.mayManageOrganisations(actor));
		if (!result.hasErrors()) {
			try {
				var organisation = organisations.register(actor, form.details());
				redirect.addFlashAttribute("saved", "organisation.saved");
				return "redirect:/organisations/" + organisation.id();
			}
			catch (DuplicateValueException ex) {
				Forms.reject(result, ex);
			}
		}
		Forms.keep(model, "organisation", form, result);
		return "organisations/form";
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable OrganisationId id, Model model) {
		return detail(actor, organisations.find(actor, id), model, SiteForm.empty(),
				ContactForm.empty());
	}

	@GetMapping("/{id}/edit")
	String edit(Actor actor, @PathVariable OrganisationId id, Model model) {
		policy.require(policy.mayManageOrganisations(actor));
		var organisation = organisations.find(actor, id);
		model.addAttribute("organisation", OrganisationForm.of(organisation));
		model.addAttribute("organisationId", id);
		return "organisations/form";
	}

	@PostMapping("/{id}")
	String describe(Actor actor, @PathVariable OrganisationId id, @Valid @ModelAttribute("organisation") OrganisationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		policy.require(policy.mayManageOrganisations(actor));
		model.addAttribute("organisationId", id);
		organisations.find(actor, id);
		if (!result.hasErrors()) {
			try {
				organisations.describe(actor, id, form.version() == null ? -1 : form.version(),
						form.details());
				redirect.addFlashAttribute("saved", "organisation.saved");
				return "redirect:/organisations/" + id;
			}
			catch (DuplicateValueException ex) {
				Forms.reject(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("form.concurrentEdit");
			}
		}
		Forms.keep(model, "organisation", form, result);
		return "organisations/form";
	}

	@PostMapping("/{id}/sites")
	String addSite(Actor actor, @PathVariable OrganisationId id, @Valid @ModelAttribute("site") SiteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("siteFormOpen", true);
			Forms.keep(model, "site", form, result);
			return detail(actor, organisations.find(actor, id), model, form, ContactForm.empty());
		}
		organisations.addSite(actor, id, form.details());
		redirect.addFlashAttribute("saved", "site.saved");
		return "redirect:/organisations/" + id + "#sites";
	}

	@PostMapping("/{id}/sites/{siteId}/remove")
	String removeSite(Actor actor, @PathVariable OrganisationId id, @PathVariable UUID siteId, RedirectAttributes redirect) {
		organisations.removeSite(actor, id, siteId);
		redirect.addFlashAttribute("saved", "site.removed");
		return "redirect:/organisations/" + id + "#sites";
	}

	@PostMapping("/{id}/contacts")
	String addContact(Actor actor, @PathVariable OrganisationId id, @Valid @ModelAttribute("contact") ContactForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("contactFormOpen", true);
			Forms.keep(model, "contact", form, result);
			return detail(actor, organisations.find(actor, id), model, SiteForm.empty(), form);
		}
		organisations.addContact(actor, id, form.details());
		redirect.addFlashAttribute("saved", "contact.saved");
		return "redirect:/organisations/" + id + "#contacts";
	}

	@PostMapping("/{id}/contacts/{contactId}/remove")
	String removeContact(Actor actor, @PathVariable OrganisationId id, @PathVariable UUID contactId,
			RedirectAttributes redirect) {
		organisations.removeContact(actor, id, contactId);
		redirect.addFlashAttribute("saved", "contact.removed");
		return "redirect:/organisations/" + id + "#contacts";
	}

	private String detail(Actor actor, OrganisationView organisation, Model model, SiteForm site,
			ContactForm contact) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("mayManage", policy.mayManageOrganisations(actor));
		if (model.getAttribute("site") == null) {
			model.addAttribute("site", site);
		}
		if (model.getAttribute("contact") == null) {
			model.addAttribute("contact", contact);
		}
		return "organisations/detail";
	}
}
