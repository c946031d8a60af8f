package org.passerelle.privacy.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.privacy.PersonalData;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a person's data as the file they download: the structured JSON file or the readable PDF. */
@Component
class PersonalDataFiles {

	private final JsonMapper json;

	private final PersonalDataPdf pdf;

	PersonalDataFiles(JsonMapper json, PersonalDataPdf pdf) {
		this.json = json;
		this.pdf = pdf;
	}

	void writeJson(PersonalData data, HttpServletResponse response) throws IOException {
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name(data) + ".json\"");
		json.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), data);
	}

	void writePdf(PersonalData data, HttpServletResponse response) throws IOException {
		var bytes = pdf.print(data);
		response.setContentType("application/pdf");
		response.setContentLength(bytes.length);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name(data) + ".pdf\"");
		response.getOutputStream().write(bytes);
	}

	private static String name(PersonalData data) {
		return "personal-data-" + LocalDate.ofInstant(data.generatedAt(), java.time.ZoneOffset.UTC);
	}
}
