package org.passerelle.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Period;
import org.passerelle.evaluation.QuestionTag;
import org.passerelle.evaluation.QuestionType;
import org.passerelle.evaluation.QuestionnaireAnswers;
import org.passerelle.evaluation.QuestionnaireAudience;
import org.passerelle.evaluation.QuestionnaireId;
import org.passerelle.evaluation.QuestionnaireMoment;
import org.passerelle.evaluation.QuestionnaireResults;
import org.passerelle.evaluation.QuestionnaireTemplate;
import org.passerelle.evaluation.QuestionnaireView;
import org.passerelle.evaluation.Questionnaires;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' pages of questionnaires: a program's list and its templates, the builder, a
 * questionnaire with its moments and requests, and its results over a period.
 */
@Controller
class QuestionnaireController {

	private final Questionnaires questionnaires;

	private final QuestionnaireAnswers answers;

	private final QuestionnaireResults results;

	private final ProgramManagement programs;

	private final MessageSource messages;

	private final Clock clock;

	QuestionnaireController(Questionnaires questionnaires, QuestionnaireAnswers answers, QuestionnaireResults results,
			ProgramManagement programs, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.questionnaires = questionnaires;
		this.answers = answers;
		this.results = results;
		this.programs = programs;
		this.clock = clock;
	}

	@GetMapping("/programs/{program}/questionnaires")
	String list(Actor actor, @PathVariable ProgramId program, Model model) {
		model.addAttribute("questionnaires", questionnaires.list(actor, program));
		model.addAttribute("program", programs.find(actor, program));
		model.addAttribute("templates", QuestionnaireTemplate.values());
		return "questionnaires/list";
	}

	@PostMapping("/programs/{program}/questionnaires/templates")
	String fromTemplate(Actor actor, @PathVariable ProgramId program, @RequestParam QuestionnaireTemplate template,
			RedirectAttributes redirect) {
		var created = questionnaires.createFromTemplate(actor, program, template);
		redirect.addFlashAttribute("saved", "questionnaire.created");
		return "redirect:/questionnaires/" + created.id();
	}

	@GetMapping("/programs/{program}/questionnaires/new")
	String create(Actor actor, @PathVariable ProgramId program, Model model) {
		questionnaires.list(actor, program);
		return form(model, programs.find(actor, program).name(), "/programs/" + program + "/questionnaires", null,
				QuestionnaireForm.empty());
	}

	@PostMapping("/programs/{program}/questionnaires")
	String create(Actor actor, @PathVariable ProgramId program,
			@ModelAttribute("questionnaire") QuestionnaireForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var action = "/programs/" + program + "/questionnaires";
		if (!result.hasErrors()) {
			try {
				var created = questionnaires.create(actor, program, form.draft());
				redirect.addFlashAttribute("saved", "questionnaire.created");
				return "redirect:/questionnaires/" + created.id();
			}
			catch (InvalidFieldException ex) {
				Forms.reject(result, ex, form::field);
			}
		}
		Forms.keep(model, "questionnaire", form, result);
		return form(model, programs.find(actor, program).name(), action, null, null);
	}

	@GetMapping("/questionnaires/{id}/edit")
	String edit(Actor actor, @PathVariable QuestionnaireId id, Model model) {
		var view = questionnaires.find(actor, id);
		return form(model, view.programName(), "/questionnaires/" + id, view, QuestionnaireForm.of(view));
	}

	@PostMapping("/questionnaires/{id}")
	String change(Actor actor, @PathVariable QuestionnaireId id,
			@ModelAttribute("questionnaire") QuestionnaireForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = questionnaires.find(actor, id);
		if (!result.hasErrors()) {
			try {
				var changed = questionnaires.change(actor, id, form.draft());
				redirect.addFlashAttribute("saved", changed.current().number() > view.current().number()
						? "questionnaire.saved.newVersion" : "questionnaire.saved");
				return "redirect:/questionnaires/" + id;
			}
			catch (InvalidFieldException ex) {
				Forms.reject(result, ex, form::field);
			}
		}
		Forms.keep(model, "questionnaire", form, result);
		return form(model, view.programName(), "/questionnaires/" + id, view, null);
	}

	private String form(Model model, String programName, String action, QuestionnaireView view,
			QuestionnaireForm form) {
		if (form != null) {
			model.addAttribute("questionnaire", form);
		}
		model.addAttribute("programName", programName);
		model.addAttribute("action", action);
		model.addAttribute("existing", view);
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("tags", QuestionTag.values());
		return "questionnaires/form";
	}

	@GetMapping("/questionnaires/{id}")
	String show(Actor actor, @PathVariable QuestionnaireId id, Model model) {
		if (!model.containsAttribute("moment")) {
			model.addAttribute("moment", QuestionnaireMomentForm.empty());
		}
		return detail(actor, id, model);
	}

	private String detail(Actor actor, QuestionnaireId id, Model model) {
		model.addAttribute("q", questionnaires.find(actor, id));
		model.addAttribute("requests", answers.requests(actor, id));
		model.addAttribute("kinds", QuestionnaireMoment.Kind.values());
		model.addAttribute("audiences", QuestionnaireAudience.values());
		return "questionnaires/detail";
	}

	@PostMapping("/questionnaires/{id}/moments")
	String attach(Actor actor, @PathVariable QuestionnaireId id, @ModelAttribute("moment") QuestionnaireMomentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				questionnaires.attach(actor, id, form.draft());
				redirect.addFlashAttribute("saved", "questionnaire.moment.attached");
				return "redirect:/questionnaires/" + id + "#moments";
			}
			catch (InvalidFieldException ex) {
				Forms.reject(result, ex);
			}
		}
		Forms.keep(model, "moment", form, result);
		return detail(actor, id, model);
	}

	@PostMapping("/questionnaires/{id}/moments/{moment}/remove")
	String detach(Actor actor, @PathVariable QuestionnaireId id, @PathVariable UUID moment,
			RedirectAttributes redirect) {
		questionnaires.detach(actor, id, moment);
		redirect.addFlashAttribute("saved", "questionnaire.moment.detached");
		return "redirect:/questionnaires/" + id + "#moments";
	}

	@GetMapping("/questionnaires/{id}/results")
	String results(Actor actor, @PathVariable QuestionnaireId id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, Model model, HttpServletResponse response) {
		var view = questionnaires.find(actor, id);
		model.addAttribute("q", view);
		try {
			var period = Period.parse(from, to, LocalDate.now(clock));
			model.addAttribute("from", period.from());
			model.addAttribute("to", period.to());
			model.addAttribute("result", results.of(actor, id, period));
		}
		catch (InvalidFieldException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("periodField", ex.field());
			model.addAttribute("periodError", messages.getMessage(ex.messageCode(), ex.arguments(), locale));
		}
		return "questionnaires/results";
	}
}
