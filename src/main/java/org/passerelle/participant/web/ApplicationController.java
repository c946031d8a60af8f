package org.passerelle.participant.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.Province;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.RecruitmentSource;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramView;
import org.passerelle.reference.ImmigrationStatus;
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
 * The public application form, without signing in (R-REC-1): the programs that recruit, and for
 * each a form for mentors and, where the program allows it, for mentees.
 */
@Controller
@RequestMapping("/apply")
class ApplicationController {

	private final ProgramManagement programs;

	private final ParticipantManagement participants;

	private final ApplicationThrottle throttle;

	ApplicationController(ProgramManagement programs, ParticipantManagement participants,
			ApplicationThrottle throttle) {
		this.programs = programs;
		this.participants = participants;
		this.throttle = throttle;
	}

	@GetMapping
	String programs(Model model) {
		model.addAttribute("programs", programs.openForApplications());
		return "applications/programs";
	}

	@GetMapping("/{programId}")
	String form(@PathVariable UUID programId, @RequestParam(defaultValue = "MENTOR") Audience role, Locale locale,
			Model model) {
		var program = open(programId, role);
		var language = Language.of(locale).orElse(Language.FR);
		return form(model, program, ApplicationForm.empty(role, program.languages().contains(language) ? language
				: program.languages().stream().sorted().findFirst().orElse(language)), locale);
	}

	@PostMapping("/{programId}")
	String apply(@PathVariable UUID programId, @Valid @ModelAttribute("applicant") ApplicationForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		var program = open(programId, form.role() == null ? Audience.MENTOR : form.role());
		if (form.fromRobot()) {
			return thanks(redirect, program);
		}
		if (!result.hasErrors()) {
			if (!throttle.tryAcquire(request.getRemoteAddr())) {
				response.setStatus(429);
				result.reject("application.throttled");
			}
			else {
				try {
					participants.apply(program.id(), form.role(), form.details());
					return thanks(redirect, program);
				}
				catch (InvalidFieldException ex) {
					if (ex.field().equals("attestations")) {
						result.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
					}
					else {
						result.rejectValue(ex.field(), ex.messageCode(), ex.arguments(), ex.messageCode());
					}
				}
				catch (RuleViolationException ex) {
					Forms.reject(result, ex);
				}
			}
		}
		Forms.keep(model, "applicant", form, result);
		return form(model, program, form, locale);
	}

	@GetMapping("/thanks")
	String thanks() {
		return "applications/thanks";
	}

	private static String thanks(RedirectAttributes redirect, ProgramView program) {
		redirect.addFlashAttribute("programName", program.name());
		return "redirect:/apply/thanks";
	}

	private ProgramView open(UUID programId, Audience role) {
		var id = new ProgramId(programId);
		return programs.openForApplication(id, role).orElseThrow(() -> new NotFoundException("program", id));
	}

	private static String form(Model model, ProgramView program, ApplicationForm form, Locale locale) {
		model.addAttribute("program", program);
		// the wording the applicant agrees to, in its version of today (recorded with the consent)
		model.addAttribute("consentText", ConsentPurpose.SHARE_WITH_PROGRAM.textCode());
		// the person applying reads the questions in the language of the page they fill in
		var role = form.role() == null ? Audience.MENTOR : form.role();
		// decided here, once, for the title, the fields and the questions alike
		model.addAttribute("mentor", role == Audience.MENTOR);
		model.addAttribute("questions", program.questionsFor(role, locale));
		model.addAttribute("alwaysAsked", ApplicationForm.alwaysAsked(role));
		model.addAttribute("provinces", Province.values());
		model.addAttribute("immigrationStatuses", ImmigrationStatus.values());
		model.addAttribute("applicant", form);
		model.addAttribute("languagesOfService", program.languages().stream().sorted().toList());
		model.addAttribute("recruitmentSources", Arrays.asList(RecruitmentSource.values()));
		return "applications/form";
	}
}
