package org.passerelle.core;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page needs: the address of the page, so that switching language
 * comes back to it.
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return "/";
		}
		var query = request.getQueryString();
		return request.getRequestURI().substring(request.getContextPath().length())
				+ (query == null ? "" : "?" + query);
	}
}
