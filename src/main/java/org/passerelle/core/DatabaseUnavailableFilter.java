package org.passerelle.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers "service unavailable, nothing was saved" when the database cannot be reached before any
 * controller runs: the session (kept in PostgreSQL) or a sign-in could not be read. Controllers'
 * own failures are answered by {@link ApiProblems} and {@link PageProblems}; this filter, first of
 * all, catches what fails in the filters after it, where no advice reaches. The page is written
 * here, without the layout, because the layout itself reads the session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final FilterProblems problems;

	DatabaseUnavailableFilter(MessageSource messages, LocaleResolver locales, FilterProblems problems) {
		this.messages = messages;
		this.locales = locales;
		this.problems = problems;
	}

	/** Also when the error page itself cannot be shown for want of the database. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseUnavailable.explains(ex) || response.isCommitted()) {
				throw ex;
			}
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		var locale = locales.resolveLocale(request);
		response.reset();
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", locale);
			return;
		}
		var title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale), "UTF-8");
		var text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, locale), "UTF-8");
		var home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale), "UTF-8");
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "60");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="%s">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title></head>
				<body><main><h1>%s</h1><p>%s</p><p><a href="%s/">%s</a></p></main></body>
				</html>
				""".formatted(locale.getLanguage(), title, title, text, request.getContextPath(), home));
	}
}
