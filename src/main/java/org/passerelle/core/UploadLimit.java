package org.passerelle.core;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file larger than Passerelle accepts (5 MB, {@code spring.servlet.multipart.max-file-size}) is
 * refused before any controller reads it: the API answers 413 problem details naming the limit,
 * the pages a page that says so in the reader's language, with the way back. (A form's file is
 * often refused by the server while the security filters read the form, before any controller:
 * the server's error page {@code error/413} then says the same.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimit {

	private final MessageSource messages;

	private final JsonMapper json;

	private final DataSize limit;

	UploadLimit(MessageSource messages, JsonMapper json,
			@Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize limit) {
		this.messages = messages;
		this.json = json;
		this.limit = limit;
	}

	/**
	 * The limit in megabytes, for the error page that the server shows when a form's file is
	 * refused before Passerelle reads the request ({@code error/413}).
	 */
	public long megabytes() {
		return limit.toMegabytes();
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		var megabytes = limit.toMegabytes();
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			var problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
			problem.setTitle(messages.getMessage("problem.tooLarge.title", null, locale));
			problem.setDetail(messages.getMessage("problem.tooLarge.detail", new Object[] { megabytes }, locale));
			problem.setProperty("limitBytes", limit.toBytes());
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem);
			return null;
		}
		var page = new ModelAndView("error/413");
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("limit", megabytes);
		// back to the form, when it is one of Passerelle's own pages
		var referer = request.getHeader("Referer");
		var origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
		var sameSite = referer != null && (referer.startsWith(origin) || referer.startsWith(
				request.getScheme() + "://" + request.getServerName() + "/"));
		page.addObject("back", sameSite ? referer : null);
		return page;
	}
}
