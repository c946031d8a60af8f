package org.passerelle.core;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What the API answers when no route takes a request — a method, a content type or an
 * {@code Accept} that no operation of the address serves, or an address that names none: problem
 * details, written by {@link ApiProblems} as for any other API error. ApiProblems only advises the
 * REST controllers, and none was chosen for these requests. Pages keep Spring's own answers
 * (rethrowing hands the error back to them).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class UnroutedApiProblems {

	private final ApiProblems problems;

	UnroutedApiProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<Object> unrouted(Exception ex, HttpServletRequest request, WebRequest webRequest) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
		return problems.handleException(ex, webRequest);
	}
}
