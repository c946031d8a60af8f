package org.passerelle.participant.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.passerelle.core.Actions;
import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.Province;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.OrganisationDirectory;
import org.passerelle.participant.AvailabilitySlot;
import org.passerelle.participant.ConsentMeans;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.CredentialStatus;
import org.passerelle.participant.EducationLevel;
import org.passerelle.participant.Gender;
import org.passerelle.participant.DuplicateCandidate;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantView;
import org.passerelle.participant.DuplicateDetection;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.participant.ParticipantSearch;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.participant.PositionLevel;
import org.passerelle.participant.PossibleDuplicateException;
import org.passerelle.participant.RecruitmentSource;
import org.passerelle.program.IntakeStep;
import org.passerelle.participant.ScreeningOutcome;
import org.passerelle.participant.WorkStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.EligibilityQuestions;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.reference.ImmigrationStatus;
import org.passerelle.reference.ReferenceData;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The pages of participants: the list with its filters and exports, a new profile (with
 * duplicate detection), one person's page with participations, screening, consent, accommodation
 * needs, eligibility and merge, and the profile form.
 */
@Controller
@RequestMapping("/participants")
class ParticipantController {

	private final ParticipantManagement participants;

	private final ParticipantDirectory directory;

	private final DuplicateDetection duplicates;

	private final IntakeChecklist intake;

	private final ProgramManagement programs;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisations;

	private final ReferenceData reference;

	private final ParticipantExports exports;

	private final java.time.Clock clock;

	private final org.passerelle.participant.ActionPlans plans;

	private final Actions actions;

	private final UserManagement users;

	ParticipantController(ParticipantManagement participants, ParticipantDirectory directory,
			DuplicateDetection duplicates, IntakeChecklist intake, ProgramManagement programs, AccessPolicy policy,
			OrganisationDirectory organisations, ReferenceData reference, ParticipantExports exports,
			java.time.Clock clock, org.passerelle.participant.ActionPlans plans, Actions actions, UserManagement users) {
		this.actions = actions;
		this.users = users;
		this.clock = clock;
		this.plans = plans;
		this.participants = participants;
		this.directory = directory;
		this.duplicates = duplicates;
		this.intake = intake;
		this.programs = programs;
		this.policy = policy;
		this.organisations = organisations;
		this.reference = reference;
		this.exports = exports;
	}

	@ModelAttribute
	void choices(Actor actor, Model model) {
		model.addAttribute("programChoices", programs.list(actor));
		model.addAttribute("roles", Audience.values());
		model.addAttribute("statuses", ParticipationStatus.values());
		model.addAttribute("spokenLanguages", reference.languages());
		model.addAttribute("mayManage", policy.mayManageParticipants(actor));
	}

	@GetMapping
	String list(Actor actor, SearchForm search, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("search", search);
		model.addAttribute("results", directory.search(actor, search.criteria(), page, 25));
		model.addAttribute("query", search.query());
		return "participants/list";
	}

	@GetMapping("/export.csv")
	void exportCsv(Actor actor, SearchForm search, Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"participants.csv\"");
		exports.csv(directory.exportFile(actor, search.criteria(), "csv"), locale, response.getOutputStream());
	}

	@GetMapping("/export.xlsx")
	void exportExcel(Actor actor, SearchForm search, Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"participants.xlsx\"");
		exports.xlsx(directory.exportFile(actor, search.criteria(), "xlsx"), locale, response.getOutputStream());
	}

	@GetMapping("/new")
	String newParticipant(Actor actor, Model model, Locale locale) {
		policy.require(policy.mayManageParticipants(actor));
		return form(model, ParticipantForm.empty(), null, null);
	}

	/**
	 * What the program chosen for a new person asks of them, swapped into the form by htmx when
	 * the program changes; without JavaScript the form shows them when it comes back.
	 */
	@PostMapping("/new/questions")
	String newParticipantQuestions(Actor actor, @ModelAttribute("participant") ParticipantForm form, Model model,
			Locale locale) {
		policy.require(policy.mayManageParticipants(actor));
		form(model, form, null, questions(form, locale));
		return "participants/form :: questions";
	}

	@PostMapping
	String register(Actor actor, @Valid @ModelAttribute("participant") ParticipantForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		policy.require(policy.mayManageParticipants(actor));
		if (!result.hasErrors()) {
			try {
				var enrolment = form.programId() == null ? null
						: new Enrolment(new ProgramId(form.programId()), form.role() == null ? Audience.MENTEE : form.role(),
								form.status() == null ? ParticipationStatus.ENROLLED : form.status());
				if (form.knownParticipantId() != null) {
					var known = participants.enrolKnown(actor, new ParticipantId(form.knownParticipantId()),
							form.details(), enrolment);
					redirect.addFlashAttribute("saved", "participant.known.enrolled");
					return "redirect:/participants/" + known.id();
				}
				var participant = participants.register(actor, form.details(), enrolment, form.confirmedDistinct());
				redirect.addFlashAttribute("saved", "participant.saved");
				return "redirect:/participants/" + participant.id();
			}
			catch (PossibleDuplicateException ex) {
				model.addAttribute("duplicates", shown(ex.candidates(), form));
				result.reject("participant.duplicate.possible");
			}
			catch (DuplicateValueException ex) {
				result.rejectValue(ex.field(), ex.messageCode());
				if ("email".equals(ex.field())) {
					// the person is known: offer to enrol them rather than enter them again
					model.addAttribute("duplicates", shown(duplicates.possibleDuplicates(form.details(), null), form));
					model.addAttribute("sameEmail", true);
				}
			}
			catch (InvalidFieldException ex) {
				reject(result, ex);
			}
			catch (RuleViolationException ex) {
				Forms.reject(result, ex);
			}
			catch (NotFoundException ex) {
				result.rejectValue("programId", "participant.program.unknown");
			}
		}
		Forms.keep(model, "participant", form, result);
		return form(model, form, null, questions(form, locale));
	}

	private static List<DuplicateCandidate> shown(List<DuplicateCandidate> candidates, ParticipantForm form) {
		var details = form.details();
		return candidates.stream().map(candidate -> candidate.shownFor(details)).toList();
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable ParticipantId id, Model model, Locale locale) {
		var participant = directory.open(actor, id);
		model.addAttribute("person", participant);
		// a person may also take part in programs the reader does not run: those stay closed to them
		var readable = programs.list(actor).stream().map(program -> program.id().value()).collect(Collectors.toSet());
		model.addAttribute("eligibility", participant.participations()
			.stream()
			.filter(participation -> readable.contains(participation.participation().programId()))
			.map(participation -> intake.evaluate(actor, participant.id(),
					new ProgramId(participation.participation().programId()), participation.participation().role(), locale))
			.toList());
		model.addAttribute("duplicates", duplicates.possibleDuplicates(participant.details(), participant.id()));
		model.addAttribute("intake", participant.participations()
			.stream()
			.filter(entry -> entry.participation().status() == ParticipationStatus.ENROLLED)
			.filter(entry -> readable.contains(entry.participation().programId()))
			.map(entry -> intake.intake(actor, participant.id(), new ProgramId(entry.participation().programId()),
					entry.participation().role()))
			.toList());
		model.addAttribute("programNames", participant.participations()
			.stream()
			.collect(java.util.stream.Collectors.toMap(entry -> entry.participation().programId(),
					entry -> entry.programName(), (a, b) -> a)));
		model.addAttribute("occupation", reference.find(org.passerelle.reference.Classification.NOC_2021,
				participant.details().occupationCode()).orElse(null));
		model.addAttribute("targetOccupation", reference.find(org.passerelle.reference.Classification.NOC_2021,
				participant.details().targetOccupationCode()).orElse(null));
		model.addAttribute("industry", reference.find(org.passerelle.reference.Classification.NAICS_2022,
				participant.details().industryCode()).orElse(null));
		model.addAttribute("screeningKinds", IntakeStep.values());
		model.addAttribute("screeningOutcomes", ScreeningOutcome.values());
		model.addAttribute("consentPurposes", ConsentPurpose.values());
		model.addAttribute("consentMeans", ParticipantManagement.ConsentAnswer.TAKEN_BY_STAFF);
		model.addAttribute("consentRecorders", ConsentController.recorders(users, participant));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("plan", plans.plan(actor, participant.id()));
		model.addAttribute("languageNames", reference.languages()
			.stream()
			.collect(java.util.stream.Collectors.toMap(spoken -> spoken.code(), spoken -> spoken.name(locale))));
		return "participants/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(Actor actor, @PathVariable ParticipantId id, Model model, Locale locale) {
		policy.require(mayEdit(actor));
		var participant = directory.open(actor, id);
		var questions = questions(participant, locale);
		return form(model, ParticipantForm.of(participant.details(), participant.version(),
				questions == null ? Set.of() : questions.workshopKeys()), id, questions);
	}

	@PostMapping("/{id}")
	String change(Actor actor, @PathVariable ParticipantId id, @Valid @ModelAttribute("participant") ParticipantForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		policy.require(mayEdit(actor));
		var participant = directory.find(actor, id);
		if (!result.hasErrors()) {
			try {
				participants.change(actor, id, form.version() == null ? -1 : form.version(),
						form.details());
				redirect.addFlashAttribute("saved", "participant.saved");
				return "redirect:/participants/" + id;
			}
			catch (DuplicateValueException ex) {
				Forms.reject(result, ex);
			}
			catch (InvalidFieldException ex) {
				reject(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("form.concurrentEdit");
			}
		}
		Forms.keep(model, "participant", form, result);
		return form(model, form, id, questions(participant, locale));
	}

	@PostMapping("/{id}/participations")
	String enrol(Actor actor, @PathVariable ParticipantId id, @RequestParam(required = false) ProgramId programId,
			@RequestParam(defaultValue = "MENTEE") Audience role,
			@RequestParam(defaultValue = "ENROLLED") ParticipationStatus status, RedirectAttributes redirect) {
		return actions.run(redirect, "participant.enrolled", "/participants/" + id, () -> {
			if (programId == null) {
				throw new RuleViolationException("participant.program.required");
			}
			participants.enrol(actor, id, new Enrolment(programId, role, status));
		});
	}

	@PostMapping("/{id}/participations/status")
	String changeParticipation(Actor actor, @PathVariable ParticipantId id, @RequestParam ProgramId programId,
			@RequestParam Audience role, @RequestParam ParticipationStatus status, RedirectAttributes redirect) {
		return actions.run(redirect, "participant.participation.changed", "/participants/" + id,
				() -> participants.changeParticipation(actor, id, programId, role, status));
	}

	@PostMapping("/{id}/screenings")
	String recordScreening(Actor actor, @PathVariable ParticipantId id, @RequestParam IntakeStep kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam ScreeningOutcome outcome, @RequestParam(defaultValue = "") String notes,
			@RequestParam(required = false) ProgramId programId, RedirectAttributes redirect) {
		return actions.run(redirect, "participant.screening.saved", "/participants/" + id,
				() -> participants.recordScreening(actor, id, kind, date, outcome, notes, programId));
	}

	@PostMapping("/{id}/consents")
	String recordConsent(Actor actor, @PathVariable ParticipantId id, @RequestParam ConsentPurpose purpose,
			@RequestParam(defaultValue = "false") boolean granted,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
			@RequestParam(defaultValue = "FORM") ConsentMeans means, RedirectAttributes redirect) {
		return actions.run(redirect, "participant.consent.saved", "/participants/" + id + "#consent",
				() -> participants.recordConsent(actor, id,
						new ParticipantManagement.ConsentAnswer(purpose, granted, givenOn, means)));
	}

	@PostMapping("/{id}/accommodation")
	String describeAccommodation(Actor actor, @PathVariable ParticipantId id, @RequestParam(defaultValue = "") String needs,
			RedirectAttributes redirect) {
		if (needs.length() > 4000) {
			redirect.addFlashAttribute("failed", "field.tooLong");
			return "redirect:/participants/" + id;
		}
		participants.describeAccommodationNeeds(actor, id, needs);
		redirect.addFlashAttribute("saved", "participant.accommodation.saved");
		return "redirect:/participants/" + id + "#accommodation";
	}

	@PostMapping("/{id}/merge")
	String merge(Actor actor, @PathVariable ParticipantId id, @RequestParam(required = false) ParticipantId duplicateId,
			RedirectAttributes redirect) {
		return actions.run(redirect, "participant.merged", "/participants/" + id, () -> {
			if (duplicateId == null) {
				throw new RuleViolationException("participant.merge.choose");
			}
			duplicates.merge(actor, id, duplicateId);
		});
	}


	/**
	 * What the criteria of the person's programs ask of them, each question once; null when they
	 * take part in none.
	 */
	private EligibilityQuestions questions(ParticipantView person, Locale locale) {
		return person.participations()
			.stream()
			.map(entry -> programs.questions(new ProgramId(entry.participation().programId()), entry.participation().role(),
					locale))
			.reduce(EligibilityQuestions::and)
			.orElse(null);
	}

	/** What the program chosen on a new person's form asks of them, for the role chosen; null before a program is. */
	private EligibilityQuestions questions(ParticipantForm form, Locale locale) {
		if (form.programId() == null) {
			return null;
		}
		try {
			return programs.questions(new ProgramId(form.programId()), form.role() == null ? Audience.MENTEE : form.role(),
					locale);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private static void reject(BindingResult result, InvalidFieldException ex) {
		var field = ex.field().equals("employerOrganisation") ? "employerOrganisationId" : ex.field();
		if (field.equals("languages") || field.equals("attestations")) {
			result.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
		}
		else {
			result.rejectValue(field, ex.messageCode(), ex.arguments(), ex.messageCode());
		}
	}

	private String form(Model model, ParticipantForm form, ParticipantId id, EligibilityQuestions questions) {
		if (!model.containsAttribute("participant")) {
			model.addAttribute("participant", form);
		}
		model.addAttribute("participantId", id);
		model.addAttribute("questions", questions);
		// the profile asks every fact itself; the programs add their attestations and workshops
		model.addAttribute("alwaysAsked", Arrays.stream(EligibilityQuestions.Fact.values()).map(Enum::name).toList());
		model.addAttribute("languagesOfService", Language.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("provinces", Province.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("credentialStatuses", CredentialStatus.values());
		model.addAttribute("immigrationStatuses", ImmigrationStatus.values());
		model.addAttribute("slots", AvailabilitySlot.values());
		model.addAttribute("positionLevels", PositionLevel.values());
		model.addAttribute("workStatuses", WorkStatus.values());
		model.addAttribute("recruitmentSources", RecruitmentSource.values());
		model.addAttribute("organisations", organisations.choices());
		model.addAttribute("languageRows", List.of(0, 1, 2, 3));
		return "participants/form";
	}

	/** The filters of the list, as the query string carries them. */
	record SearchForm(String text, UUID programId, Audience role, ParticipationStatus status, String occupation,
			String language, String city) {

		ParticipantSearch criteria() {
			return new ParticipantSearch(text, programId, role, status, occupation, language, city);
		}

		/** The filters as a query string, for paging and export links. */
		String query() {
			var parts = new java.util.ArrayList<String>();
			add(parts, "text", text);
			add(parts, "programId", programId == null ? null : programId.toString());
			add(parts, "role", role == null ? null : role.name());
			add(parts, "status", status == null ? null : status.name());
			add(parts, "occupation", occupation);
			add(parts, "language", language);
			add(parts, "city", city);
			return String.join("&", parts);
		}

		private static void add(List<String> parts, String name, String value) {
			if (value != null && !value.isBlank()) {
				parts.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
			}
		}
	}

	/** Coordinators edit profiles, and an agency the profiles of the clients it referred, to complete a referral. */
	private boolean mayEdit(Actor actor) {
		return policy.mayManageParticipants(actor) || policy.mayRefer(actor);
	}
}
