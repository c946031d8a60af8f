package org.passerelle.evaluation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.evaluation.AnswerLinkRefusedException;
import org.passerelle.evaluation.QuestionType;
import org.passerelle.evaluation.QuestionnaireAnswers;
import org.passerelle.evaluation.QuestionnaireAnswersRefusedException;
import org.passerelle.evaluation.QuestionnaireRequestId;
import org.passerelle.evaluation.QuestionnaireRequestView;
import org.passerelle.evaluation.QuestionnaireView;
import org.passerelle.identity.Actor;
import org.passerelle.identity.LinkLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Answering a questionnaire: the person signed in, from their home page; a coordinator recording
 * answers given by phone; or the person without signing in, from the e-mailed link — which, expired,
 * used or unknown, gives a clear page and a button that sends a new link to the address on file.
 */
@Controller
class QuestionnaireAnswerController {

	private final QuestionnaireAnswers answers;

	private final MessageSource messages;

	private final LinkLanguage language;

	QuestionnaireAnswerController(QuestionnaireAnswers answers, MessageSource messages, LinkLanguage language) {
		this.answers = answers;
		this.messages = messages;
		this.language = language;
	}

	@ModelAttribute
	void language(@RequestParam(required = false) String lang, HttpServletRequest request,
			HttpServletResponse response) {
		language.apply(lang, request, response);
	}

	@GetMapping("/questionnaires/mine")
	String mine(Actor actor, Model model) {
		model.addAttribute("requests", answers.toAnswer(actor));
		return "questionnaires/mine";
	}

	@GetMapping("/questionnaires/requests/{id}")
	String show(Actor actor, @PathVariable QuestionnaireRequestId id, Model model) {
		var request = answers.find(actor, id);
		return page(model, request, "/questionnaires/requests/" + id, onBehalf(actor, request), values(request),
				Map.of());
	}

	@PostMapping("/questionnaires/requests/{id}")
	String answer(Actor actor, @PathVariable QuestionnaireRequestId id, @RequestParam MultiValueMap<String, String> form,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var request = answers.find(actor, id);
		var given = given(form);
		try {
			answers.answer(actor, id, given);
		}
		catch (QuestionnaireAnswersRefusedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, request, "/questionnaires/requests/" + id, onBehalf(actor, request), typed(given),
					problems(ex, locale));
		}
		redirect.addFlashAttribute("saved", onBehalf(actor, request) ? "questionnaire.answer.recorded"
				: "questionnaire.answer.thanks");
		return "redirect:/questionnaires/requests/" + id;
	}

	@GetMapping("/answers/questionnaires/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			var request = answers.openLink(token);
			return page(model, request, "/answers/questionnaires/" + token, false, Map.of(), Map.of());
		}
		catch (AnswerLinkRefusedException ex) {
			return refused(model, token, ex, response);
		}
	}

	@PostMapping("/answers/questionnaires/{token}")
	String answerByLink(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Locale locale,
			Model model, HttpServletResponse response) {
		var given = given(form);
		try {
			answers.answerByLink(token, given);
			return "questionnaires/thanks";
		}
		catch (AnswerLinkRefusedException ex) {
			return refused(model, token, ex, response);
		}
		catch (QuestionnaireAnswersRefusedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, answers.openLink(token), "/answers/questionnaires/" + token, false, typed(given),
					problems(ex, locale));
		}
	}

	@PostMapping("/answers/questionnaires/{token}/new-link")
	String newLink(@PathVariable String token, Model model) {
		answers.askNewLink(token);
		model.addAttribute("newLinkSent", true);
		return "questionnaires/link-refused";
	}

	private static String refused(Model model, String token, AnswerLinkRefusedException ex,
			HttpServletResponse response) {
		response.setStatus(ex.reason() == AnswerLinkRefusedException.Reason.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
				: HttpServletResponse.SC_GONE);
		model.addAttribute("reason", ex.messageCode());
		model.addAttribute("token", token);
		return "questionnaires/link-refused";
	}

	private static String page(Model model, QuestionnaireRequestView request, String action, boolean onBehalf,
			Map<String, List<String>> values, Map<String, String> problems) {
		model.addAttribute("request", request);
		model.addAttribute("action", action);
		model.addAttribute("onBehalf", onBehalf);
		model.addAttribute("values", values);
		model.addAttribute("problems", problems);
		return "questionnaires/answer";
	}

	/** Whether the actor answers for someone else: a coordinator recording answers given by phone. */
	private boolean onBehalf(Actor actor, QuestionnaireRequestView request) {
		return !answers.mine(actor, request);
	}

	/** The answers as the form sent them, by question: fields named {@code q-} and the question's id. */
	static Map<UUID, List<String>> given(MultiValueMap<String, String> form) {
		var given = new HashMap<UUID, List<String>>();
		form.forEach((name, values) -> {
			if (name.startsWith("q-")) {
				try {
					given.put(UUID.fromString(name.substring(2)), values);
				}
				catch (IllegalArgumentException ex) {
					// not a question's field: nothing to read
				}
			}
		});
		return given;
	}

	private static Map<String, List<String>> typed(Map<UUID, List<String>> given) {
		var typed = new HashMap<String, List<String>>();
		given.forEach((question, values) -> typed.put("q-" + question, values));
		return typed;
	}

	/** The answers given before, as the form shows them again. */
	private static Map<String, List<String>> values(QuestionnaireRequestView request) {
		var values = new HashMap<String, List<String>>();
		var yesNo = request.version()
			.questions()
			.stream()
			.filter(question -> question.type() == QuestionType.YES_NO)
			.map(QuestionnaireView.Question::id)
			.toList();
		request.answers().forEach((question, answer) -> {
			var shown = new ArrayList<String>();
			if (yesNo.contains(question)) {
				shown.add(String.valueOf(answer.number().signum() > 0));
			}
			else if (answer.number() != null) {
				shown.add(answer.number().stripTrailingZeros().toPlainString());
			}
			if (answer.text() != null) {
				shown.add(answer.text());
			}
			if (answer.date() != null) {
				shown.add(answer.date().toString());
			}
			answer.choices().forEach(choice -> shown.add(String.valueOf(choice)));
			values.put("q-" + question, shown);
		});
		return values;
	}

	private Map<String, String> problems(QuestionnaireAnswersRefusedException ex, Locale locale) {
		var problems = new LinkedHashMap<String, String>();
		ex.problems().forEach(problem -> problems.put(problem.field(), messages.getMessage(problem, locale)));
		return problems;
	}
}
