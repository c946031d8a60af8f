package org.passerelle.evaluation.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.Period;
import org.passerelle.evaluation.QuestionnaireAnswers;
import org.passerelle.evaluation.QuestionnaireAnswersRefusedException;
import org.passerelle.evaluation.QuestionnaireDraft;
import org.passerelle.evaluation.QuestionnaireId;
import org.passerelle.evaluation.QuestionnaireMoment;
import org.passerelle.evaluation.QuestionnaireRequestId;
import org.passerelle.evaluation.QuestionnaireRequestView;
import org.passerelle.evaluation.QuestionnaireResults;
import org.passerelle.evaluation.QuestionnaireSummary;
import org.passerelle.evaluation.QuestionnaireTemplate;
import org.passerelle.evaluation.QuestionnaireView;
import org.passerelle.evaluation.Questionnaires;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Questionnaires over REST: building them and their moments (coordinators), answering them (the
 * person asked, signed in or with the e-mailed link's token; a coordinator by phone), and their
 * results per program and period.
 */
@RestController
@Tag(name = "Questionnaires")
class QuestionnaireApiController {

	private final Questionnaires questionnaires;

	private final QuestionnaireAnswers answers;

	private final QuestionnaireResults results;

	private final MessageSource messages;

	private final Clock clock;

	QuestionnaireApiController(Questionnaires questionnaires, QuestionnaireAnswers answers,
			QuestionnaireResults results, MessageSource messages, Clock clock) {
		this.questionnaires = questionnaires;
		this.answers = answers;
		this.results = results;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Answers by question id, each a list of texts: {@code ["4"]} for a scale, {@code ["true"]} for
	 * yes, {@code ["1", "3"]} for choices by position, {@code ["12.5"]}, {@code ["2026-05-31"]}, or any text.
	 */
	record AnswersBody(Map<UUID, List<String>> answers) {
	}

	@GetMapping("/api/programs/{program}/questionnaires")
	@Operation(summary = "A program's questionnaires (its coordinators)")
	List<QuestionnaireSummary> list(Actor actor, @PathVariable ProgramId program) {
		return questionnaires.list(actor, program);
	}

	@PostMapping("/api/programs/{program}/questionnaires")
	@Operation(summary = "Create a questionnaire: titles and questions in French and English")
	ResponseEntity<QuestionnaireView> create(Actor actor, @PathVariable ProgramId program,
			@RequestBody QuestionnaireDraft draft) {
		var created = questionnaires.create(actor, program, draft);
		return ResponseEntity.created(URI.create("/api/questionnaires/" + created.id())).body(created);
	}

	@PostMapping("/api/programs/{program}/questionnaires/templates/{template}")
	@Operation(summary = "Create a questionnaire from a template, attached to the template's moments")
	ResponseEntity<QuestionnaireView> fromTemplate(Actor actor, @PathVariable ProgramId program,
			@PathVariable QuestionnaireTemplate template) {
		var created = questionnaires.createFromTemplate(actor, program, template);
		return ResponseEntity.created(URI.create("/api/questionnaires/" + created.id())).body(created);
	}

	@GetMapping("/api/questionnaires/{id}")
	@Operation(summary = "A questionnaire: its current version, moments and versions")
	QuestionnaireView find(Actor actor, @PathVariable QuestionnaireId id) {
		return questionnaires.find(actor, id);
	}

	@PutMapping("/api/questionnaires/{id}")
	@Operation(summary = "Change a questionnaire; once its current version has answers, this makes a new version")
	QuestionnaireView change(Actor actor, @PathVariable QuestionnaireId id, @RequestBody QuestionnaireDraft draft) {
		return questionnaires.change(actor, id, draft);
	}

	@PostMapping("/api/questionnaires/{id}/moments")
	@Operation(summary = "Attach the questionnaire to a moment of the mentorships, for mentees, mentors or both")
	QuestionnaireView attach(Actor actor, @PathVariable QuestionnaireId id,
			@RequestBody QuestionnaireMoment.Draft moment) {
		return questionnaires.attach(actor, id, moment);
	}

	@DeleteMapping("/api/questionnaires/{id}/moments/{moment}")
	@Operation(summary = "Detach a moment: no new request from it; those made stay")
	QuestionnaireView detach(Actor actor, @PathVariable QuestionnaireId id, @PathVariable UUID moment) {
		return questionnaires.detach(actor, id, moment);
	}

	@GetMapping("/api/questionnaires/{id}/requests")
	@Operation(summary = "The requests of a questionnaire, newest first (its program's coordinators)")
	List<QuestionnaireRequestView> requests(Actor actor, @PathVariable QuestionnaireId id) {
		return answers.requests(actor, id);
	}

	@GetMapping("/api/questionnaires/{id}/results")
	@Operation(summary = "A questionnaire's response rates and answers per question over a period (the year to date "
			+ "unless said)")
	QuestionnaireResults.QuestionnaireResult results(Actor actor, @PathVariable QuestionnaireId id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return results.of(actor, id, Period.parse(from, to, LocalDate.now(clock)));
	}

	@GetMapping("/api/programs/{program}/questionnaire-results")
	@Operation(summary = "A program's questionnaire results and match relevance over a period")
	QuestionnaireResults.ProgramResults programResults(Actor actor, @PathVariable ProgramId program,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return results.of(actor, program, Period.parse(from, to, LocalDate.now(clock)));
	}

	@GetMapping("/api/questionnaire-requests")
	@Operation(summary = "The questionnaires the caller was asked and has not answered yet")
	List<QuestionnaireRequestView> toAnswer(Actor actor) {
		return answers.toAnswer(actor);
	}

	@GetMapping("/api/questionnaire-requests/{id}")
	@Operation(summary = "One request: the caller's own, or one of their program's (coordinators)")
	QuestionnaireRequestView request(Actor actor, @PathVariable QuestionnaireRequestId id) {
		return answers.find(actor, id);
	}

	@PutMapping("/api/questionnaire-requests/{id}/answers")
	@Operation(summary = "Answer one's own request; a coordinator records the answers given by phone")
	QuestionnaireRequestView answer(Actor actor, @PathVariable QuestionnaireRequestId id,
			@RequestBody AnswersBody body) {
		return answers.answer(actor, id, body.answers());
	}

	@GetMapping("/api/answers/questionnaires/{token}")
	@Operation(summary = "The questionnaire an e-mailed link answers, without signing in; 410 when the link does not "
			+ "work (reason EXPIRED, USED or UNKNOWN)")
	QuestionnaireRequestView open(@PathVariable String token) {
		return answers.openLink(token);
	}

	@PutMapping("/api/answers/questionnaires/{token}")
	@Operation(summary = "Answer with an e-mailed link, without signing in; the link then stops working")
	QuestionnaireRequestView answerByLink(@PathVariable String token, @RequestBody AnswersBody body) {
		return answers.answerByLink(token, body.answers());
	}

	/** The token of a link, expired, used or not. */
	record LinkBody(String token) {
	}

	@PostMapping("/api/answers/questionnaires/new-link")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Ask for a new link to replace the one whose token is given, sent to the address on file if "
			+ "the questionnaire still waits; answers the same whatever it found")
	void newLink(@RequestBody LinkBody body) {
		if (body.token() != null && !body.token().isBlank()) {
			answers.askNewLink(body.token().strip());
		}
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(QuestionnaireAnswersRefusedException ex, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("problem.invalid.detail", null, locale));
		problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
		problem.setProperty("errors", ex.problems()
			.stream()
			.map(found -> Map.of("field", found.field(), "message", messages.getMessage(found, locale)))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}
}
