package org.passerelle.core;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * An encrypted value that cannot be read — its key is not configured, or it was altered — fails
 * loudly in the log (which key, why) and answers the reader, page or API, that this information cannot
 * be read now (503), never with the value, an exception or a bare 500. Found at any depth of the
 * causes: Hibernate and Spring wrap what a converter throws.
 */
final class UnreadableValueProblems {

	private static final Logger log = LoggerFactory.getLogger(UnreadableValueProblems.class);

	private UnreadableValueProblems() {
	}

	private static void logged(UnreadableValueException ex) {
		log.error("Encryption at rest: {} (docs/operations.md, \"Encryption at rest\")", ex.getMessage(), ex);
	}

	@RestControllerAdvice(annotations = RestController.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Api {

		private final MessageSource messages;

		Api(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler
		ResponseEntity<ProblemDetail> unreadable(UnreadableValueException ex) {
			logged(ex);
			Locale locale = LocaleContextHolder.getLocale();
			var problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
			problem.setTitle(messages.getMessage("privacy.encryption.unreadable.title", null, locale));
			problem.setDetail(messages.getMessage("privacy.encryption.unreadable.text", null, locale));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
		}
	}

	@ControllerAdvice
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	static class Pages {

		@ExceptionHandler
		ModelAndView unreadable(UnreadableValueException ex) {
			logged(ex);
			var page = new ModelAndView("error/unreadable");
			page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
			return page;
		}
	}
}
