package org.passerelle.reference.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.passerelle.core.ImportRejectedException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.reference.Classification;
import org.passerelle.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reference data page: find an occupation or an industry by code or title in either
 * language; administrators see what is loaded and import the official files.
 */
@Controller
@RequestMapping("/reference")
class ReferenceController {

	static final long MAXIMUM_FILE_BYTES = 20L * 1024 * 1024;

	private final ReferenceData reference;

	private final AccessPolicy policy;

	private final MessageSource messages;

	ReferenceController(ReferenceData reference, AccessPolicy policy, MessageSource messages) {
		this.reference = reference;
		this.policy = policy;
		this.messages = messages;
	}

	@GetMapping
	String show(Actor actor, @RequestParam(defaultValue = "NOC_2021") Classification classification,
			@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer level, Model model) {
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("classification", classification);
		model.addAttribute("q", q);
		model.addAttribute("level", level);
		model.addAttribute("results", reference.search(classification, q, level, 100));
		model.addAttribute("mayImport", policy.mayManageReferenceData(actor));
		model.addAttribute("occupations", reference.count(Classification.NOC_2021));
		model.addAttribute("industries", reference.count(Classification.NAICS_2022));
		model.addAttribute("postalAreas", reference.countPostalAreas());
		return "reference/index";
	}

	@PostMapping("/imports")
	String importFile(Actor actor, @RequestParam String kind, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws IOException {
		policy.require(policy.mayManageReferenceData(actor));
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("failed", "import.fileRequired");
			return "redirect:/reference";
		}
		if (file.getSize() > MAXIMUM_FILE_BYTES) {
			redirect.addFlashAttribute("failed", "import.tooLarge");
			return "redirect:/reference";
		}
		try {
			var report = switch (kind) {
				case "NAICS_2022" -> reference.importClassification(actor, Classification.NAICS_2022, file.getBytes());
				case "POSTAL_AREAS" -> reference.importPostalAreas(actor, file.getBytes());
				default -> reference.importClassification(actor, Classification.NOC_2021, file.getBytes());
			};
			redirect.addFlashAttribute("importReport", report);
		}
		catch (ImportRejectedException ex) {
			redirect.addFlashAttribute("importProblems", describe(ex, locale));
		}
		return "redirect:/reference";
	}

	private List<String> describe(ImportRejectedException ex, Locale locale) {
		return ex.problems()
			.stream()
			.limit(200)
			.map(problem -> messages.getMessage("import.problem",
					new Object[] { problem.row(), problem.column(),
							messages.getMessage(problem.messageCode(), problem.arguments(), locale) },
					locale))
			.toList();
	}
}
