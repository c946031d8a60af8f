package org.passerelle.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.privacy.PrivacyNotice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The privacy notice, for anyone, signed in or not: the page in the reader's language, and the
 * same facts through the API.
 */
@Controller
@Tag(name = "Privacy notice", description = "The purposes, retention rules and privacy officers, as configured")
class NoticeController {

	private final PrivacyNotice notice;

	NoticeController(PrivacyNotice notice) {
		this.notice = notice;
	}

	@GetMapping("/privacy/notice")
	String page(Model model) {
		model.addAttribute("notice", notice.notice());
		return "privacy/notice";
	}

	@GetMapping("/api/privacy/notice")
	@ResponseBody
	@Operation(summary = "The privacy notice's facts: purposes, retention of applications not selected, privacy officers")
	PrivacyNotice.Notice api() {
		return notice.notice();
	}
}
