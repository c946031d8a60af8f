package org.passerelle.participant.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ImportField;
import org.passerelle.participant.ImportFile;
import org.passerelle.participant.ImportPreview;
import org.passerelle.participant.ImportResult;
import org.passerelle.participant.ImportSettings;
import org.passerelle.participant.ParticipantImports;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Participant imports over REST: upload a file, preview it with a column mapping, then commit it
 * (all rows or none; 422 with every problem by row and column).
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Participants imported from CSV or Excel files, all or nothing")
class ImportApiController {

	private final ParticipantImports imports;

	ImportApiController(ParticipantImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV or Excel file; answers its columns and the field each one seems to hold")
	ImportFile upload(Actor actor, @RequestPart("file") MultipartFile file) throws IOException {
		if (file.getSize() > ImportController.MAXIMUM_FILE_BYTES) {
			throw new RuleViolationException("import.tooLargeParticipants");
		}
		return imports.upload(actor, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/{id}")
	@Operation(summary = "An uploaded file")
	ImportFile find(Actor actor, @PathVariable UUID id) {
		return imports.find(actor, id);
	}

	@PostMapping("/{id}/preview")
	@Operation(summary = "What importing with this mapping would do, every problem included")
	ImportPreview preview(Actor actor, @PathVariable UUID id, @RequestBody SettingsRequest request, Locale locale) {
		return imports.preview(actor, id, request.settings(), locale);
	}

	@PostMapping("/{id}/commit")
	@Operation(summary = "Import every row or none")
	ImportResult commit(Actor actor, @PathVariable UUID id, @RequestBody SettingsRequest request) {
		return imports.commit(actor, id, request.settings());
	}

	/** The column mapping (by position from 0), and the program, role and status of every row. */
	record SettingsRequest(Map<Integer, ImportField> columns, UUID programId, Audience role, ParticipationStatus status) {

		ImportSettings settings() {
			return new ImportSettings(columns, programId == null ? null : new ProgramId(programId), role, status);
		}
	}
}
