package org.passerelle.privacy.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.identity.Actor;
import org.passerelle.privacy.PersonalData;
import org.passerelle.privacy.PersonalDataExport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's own data over REST, as on their account page; each call written to the audit trail as an export. */
@RestController
@Tag(name = "Personal data", description = "A person's own data, to download (Law 25 s. 27, portability)")
class PersonalDataApiController {

	private final PersonalDataExport export;

	private final PersonalDataFiles files;

	PersonalDataApiController(PersonalDataExport export, PersonalDataFiles files) {
		this.export = export;
		this.files = files;
	}

	@GetMapping(value = "/api/account/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Everything Passerelle holds about the signed-in person, table by table (files in base 64); "
			+ "404 for an account that is no participant's")
	PersonalData json(Actor actor) {
		return export.own(actor, "json");
	}

	@GetMapping(value = "/api/account/personal-data.pdf", produces = "application/pdf")
	@Operation(summary = "The same, as a readable PDF in the person's language")
	void pdf(Actor actor, HttpServletResponse response) throws IOException {
		files.writePdf(export.own(actor, "pdf"), response);
	}
}
