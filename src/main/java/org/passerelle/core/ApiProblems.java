package org.passerelle.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns what goes wrong in the REST API into RFC 9457 problem details, written in the caller's
 * language: which field is wrong and why, never an exception class or a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(Map.of(
				"field", error.getField(), "message", messages.getMessage(error, locale))));
		ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(Map.of(
				"field", error.getObjectName(), "message", messages.getMessage(error, locale))));
		var problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "problem.unreadable.title", "problem.unreadable.detail");
		var rule = findCause(ex, RuleViolationException.class);
		if (rule != null) {
			problem.setDetail(message(rule.messageCode(), rule.arguments()));
		}
		else if (ex.getCause() instanceof JacksonException jackson) {
			var field = jackson.getPathReference();
			var path = new StringBuilder();
			for (var reference : jackson.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			if (!path.isEmpty()) {
				var control = jackson instanceof TextJson.ControlCharacterException;
				problem.setDetail(message(control ? "problem.controlCharacter.field" : "problem.unreadable.field", path));
				problem.setProperty("errors", List.of(Map.of("field", path.toString(),
						"message", message(control ? "problem.controlCharacter.value" : "problem.unreadable.value"))));
			}
			log.debug("Unreadable request body at {}", field);
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, "problem.notFound.title", "problem.notFound.detail"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> duplicate(DuplicateValueException ex) {
		var problem = problem(HttpStatus.CONFLICT, "problem.duplicate.title", ex.messageCode());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", message(ex.messageCode()))));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex) {
		var problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail");
		problem.setProperty("errors",
				List.of(Map.of("field", ex.field(), "message", message(ex.messageCode(), ex.arguments()))));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> concurrentEdit(OptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, "problem.concurrentEdit.title", "problem.concurrentEdit.detail"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(RuleViolationException ex) {
		return ResponseEntity.unprocessableContent()
			.body(problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.rule.title", ex.messageCode(), ex.arguments()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> importRejected(ImportRejectedException ex) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.import.title", "problem.import.detail",
				ex.problems().size());
		problem.setProperty("errors", ex.problems()
			.stream()
			.limit(500)
			.map(found -> Map.of("row", found.row(), "column", found.column(), "message",
					message(found.messageCode(), found.arguments())))
			.toList());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(problem(HttpStatus.FORBIDDEN, "problem.forbidden.title", "problem.forbidden.detail"));
	}

	/** The database cannot be reached: nothing was saved, and trying again later will work. */
	@ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class,
			DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			JDBCConnectionException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		log.warn("An API request failed: the database cannot be reached ({})", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "60")
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable.title", "problem.unavailable.detail"));
	}

	/** A bug: logged in full for the maintainers, answered without internals. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DatabaseUnavailable.explains(ex)) {
			return unavailable(ex);
		}
		log.error("Unexpected failure of an API request", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal.title", "problem.internal.detail"));
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private ProblemDetail problem(HttpStatus status, String titleCode, String detailCode, Object... arguments) {
		var problem = ProblemDetail.forStatus(status);
		problem.setTitle(message(titleCode));
		problem.setDetail(message(detailCode, arguments));
		return problem;
	}

	private String message(String code, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(code, arguments, code, locale);
	}
}
