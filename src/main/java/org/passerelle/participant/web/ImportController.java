package org.passerelle.participant.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.passerelle.core.ImportRejectedException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ImportCommits;
import org.passerelle.participant.ImportField;
import org.passerelle.participant.ImportPreview;
import org.passerelle.participant.ImportSettings;
import org.passerelle.participant.ParticipantImports;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing participants in three steps: upload a CSV or Excel file, say what each column holds
 * and preview every row with its problems, then import all rows or none, in the background while the
 * page shows how far it is.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	static final long MAXIMUM_FILE_BYTES = 5L * 1024 * 1024;

	private final ParticipantImports imports;

	private final ImportCommits commits;

	private final ProgramManagement programs;

	private final AccessPolicy policy;

	private final MessageSource messages;

	ImportController(ParticipantImports imports, ImportCommits commits, ProgramManagement programs, AccessPolicy policy,
			MessageSource messages) {
		this.imports = imports;
		this.commits = commits;
		this.programs = programs;
		this.policy = policy;
		this.messages = messages;
	}

	@GetMapping
	String upload(Actor actor) {
		policy.require(policy.mayManageParticipants(actor));
		return "imports/upload";
	}

	@PostMapping
	String receive(Actor actor, @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		policy.require(policy.mayManageParticipants(actor));
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", List.of(messages.getMessage("import.fileRequired", null, locale)));
			return "imports/upload";
		}
		if (file.getSize() > MAXIMUM_FILE_BYTES) {
			model.addAttribute("problems", List.of(messages.getMessage("import.tooLargeParticipants", null, locale)));
			return "imports/upload";
		}
		try {
			var uploaded = imports.upload(actor, file.getOriginalFilename(), file.getBytes());
			return "redirect:/imports/" + uploaded.id();
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", describe(ex, locale));
			return "imports/upload";
		}
	}

	@GetMapping("/{id}")
	String mapping(Actor actor, @PathVariable UUID id, Model model) {
		var file = imports.find(actor, id);
		return page(actor, model, file, new HashMap<>(file.suggested()), null, Audience.MENTEE, ParticipationStatus.ENROLLED);
	}

	@PostMapping("/{id}/preview")
	String preview(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			Locale locale) {
		var file = imports.find(actor, id);
		var settings = settings(form);
		var preview = imports.preview(actor, id, settings, locale);
		model.addAttribute("preview", preview);
		model.addAttribute("previewProblems", preview.problems()
			.stream()
			.limit(500)
			.map(problem -> messages.getMessage("import.problem", new Object[] { problem.row(), problem.column(),
					messages.getMessage(problem.messageCode(), problem.arguments(), locale) }, locale))
			.toList());
		model.addAttribute("rowProblems", preview.rows()
			.stream()
			.collect(Collectors.toMap(ImportPreview.Row::row, row -> row.problems()
				.stream()
				.map(problem -> messages.getMessage("imports.row.problem", new Object[] { problem.column(),
						messages.getMessage(problem.messageCode(), problem.arguments(), locale) }, locale))
				.toList())));
		return page(actor, model, file, new HashMap<>(settings.columns()), settings.program(), settings.role(),
				settings.status());
	}

	/** Starts the import in the background and shows its progress (a second press changes nothing). */
	@PostMapping("/{id}/commit")
	String commit(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			Locale locale) {
		try {
			commits.start(actor, id, settings(form));
			return "redirect:/imports/" + id + "/progress";
		}
		catch (RuleViolationException ex) {
			return preview(actor, id, form, model, locale);
		}
	}

	/**
	 * How far the import is: htmx asks for the status every second while it runs, and a link
	 * refreshes the page without JavaScript.
	 */
	@GetMapping("/{id}/progress")
	String progress(Actor actor, @PathVariable UUID id, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		var progress = commits.progress(actor, id);
		if (progress.isEmpty()) {
			return "redirect:/imports/" + id;
		}
		model.addAttribute("progress", progress.get());
		return htmx != null ? "imports/progress :: status" : "imports/progress";
	}

	private String page(Actor actor, Model model, org.passerelle.participant.ImportFile file,
			Map<Integer, ImportField> columns, ProgramId program, Audience role, ParticipationStatus status) {
		model.addAttribute("file", file);
		model.addAttribute("columns", columns);
		model.addAttribute("fields", ImportField.values());
		model.addAttribute("programChoices", programs.list(actor));
		model.addAttribute("selectedProgram", program == null ? null : program.value());
		model.addAttribute("selectedRole", role);
		model.addAttribute("selectedStatus", status);
		model.addAttribute("roles", Audience.values());
		model.addAttribute("statuses", ParticipationStatus.values());
		return "imports/mapping";
	}

	/** The settings a mapping form sends: {@code column0=FIRST_NAME}, …, program, role, status. */
	static ImportSettings settings(Map<String, String> form) {
		var columns = new HashMap<Integer, ImportField>();
		form.forEach((name, value) -> {
			if (name.matches("column\\d{1,4}") && value != null && !value.isBlank()) {
				try {
					columns.put(Integer.parseInt(name.substring(6)), ImportField.valueOf(value));
				}
				catch (IllegalArgumentException ex) {
					// an unknown field is ignored: the column is not imported
				}
			}
		});
		var program = parse(form.get("programId"), text -> new ProgramId(UUID.fromString(text)));
		var role = parse(form.get("role"), Audience::valueOf);
		var status = parse(form.get("status"), ParticipationStatus::valueOf);
		return new ImportSettings(columns, program, role, status);
	}

	private static <T> T parse(String text, java.util.function.Function<String, T> parser) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private List<String> describe(ImportRejectedException ex, Locale locale) {
		return ex.problems()
			.stream()
			.map(problem -> messages.getMessage("import.problem", new Object[] { problem.row(), problem.column(),
					messages.getMessage(problem.messageCode(), problem.arguments(), locale) }, locale))
			.toList();
	}
}
