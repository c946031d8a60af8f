package org.passerelle.core;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details whose title and detail are messages in the caller's language, for the
 * exception handlers of one API controller (the refusals every controller shares are
 * {@link ApiProblems}'s).
 */
@Component
public class LocalizedProblems {

	private final MessageSource messages;

	LocalizedProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** The problem with the given status, its title and detail the messages of these codes. */
	public ProblemDetail of(HttpStatus status, String titleCode, String detailCode) {
		var locale = LocaleContextHolder.getLocale();
		var problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(titleCode, null, titleCode, locale));
		problem.setDetail(messages.getMessage(detailCode, null, detailCode, locale));
		return problem;
	}
}
