package org.passerelle.privacy.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.identity.Actor;
import org.passerelle.privacy.PersonalDataExport;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A person downloads their own data from their account (Law 25 s. 27): the structured JSON file and
 * the readable PDF in their language, linked from the account page. Each download is written
 * to the audit trail as an export. An account that is no participant's has no file to download (404).
 */
@Controller
class PersonalDataController {

	private final PersonalDataExport export;

	private final PersonalDataFiles files;

	PersonalDataController(PersonalDataExport export, PersonalDataFiles files) {
		this.export = export;
		this.files = files;
	}

	@GetMapping("/account/personal-data.json")
	void json(Actor actor, HttpServletResponse response) throws IOException {
		files.writeJson(export.own(actor, "json"), response);
	}

	@GetMapping("/account/personal-data.pdf")
	void pdf(Actor actor, HttpServletResponse response) throws IOException {
		files.writePdf(export.own(actor, "pdf"), response);
	}
}
