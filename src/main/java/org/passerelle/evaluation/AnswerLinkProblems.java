package org.passerelle.evaluation;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An answer link that does not work, over the API: 410 Gone whatever the reason (expired, used,
 * unknown), the reason given, so that a client cannot tell a link that never existed from one that
 * did by its status; ahead of the general problem details, which would answer 422. The pages show their own page with "send me a new link".
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnswerLinkProblems {

	private final MessageSource messages;

	AnswerLinkProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> linkRefused(AnswerLinkRefusedException ex, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, messages.getMessage(ex, locale));
		problem.setTitle(messages.getMessage("answer.link.refused.title", null, locale));
		problem.setProperty("reason", ex.reason());
		return ResponseEntity.status(HttpStatus.GONE).body(problem);
	}
}
