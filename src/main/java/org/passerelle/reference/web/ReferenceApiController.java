package org.passerelle.reference.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.PostalCode;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.reference.Classification;
import org.passerelle.reference.ClassificationClass;
import org.passerelle.reference.ImportReport;
import org.passerelle.reference.PostalArea;
import org.passerelle.reference.ReferenceData;
import org.passerelle.reference.SpokenLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reference data over REST: occupations and industries with their lineage, languages, language
 * benchmarks and postal areas; administrators import the official files.
 */
@RestController
@RequestMapping("/api/reference")
@Tag(name = "Reference data", description = "NOC 2021, NAICS 2022, languages, benchmarks, postal areas")
class ReferenceApiController {

	private final ReferenceData reference;

	private final MessageSource messages;

	ReferenceApiController(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	@GetMapping("/occupations")
	@Operation(summary = "NOC 2021 classes whose code starts with, or whose title holds, the query")
	List<ClassView> occupations(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Integer level, @RequestParam(defaultValue = "50") int limit, Locale locale) {
		return ClassView.of(reference.search(Classification.NOC_2021, q, level, limit), locale);
	}

	@GetMapping("/occupations/{code}")
	@Operation(summary = "One NOC 2021 class with its lineage, from the broad category down")
	Lineage occupation(@PathVariable String code, Locale locale) {
		return lineage(Classification.NOC_2021, code, locale);
	}

	@GetMapping("/industries")
	@Operation(summary = "NAICS 2022 classes whose code starts with, or whose title holds, the query")
	List<ClassView> industries(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Integer level, @RequestParam(defaultValue = "50") int limit, Locale locale) {
		return ClassView.of(reference.search(Classification.NAICS_2022, q, level, limit), locale);
	}

	@GetMapping("/industries/{code}")
	@Operation(summary = "One NAICS 2022 class with its lineage, from the sector down")
	Lineage industry(@PathVariable String code, Locale locale) {
		return lineage(Classification.NAICS_2022, code, locale);
	}

	@GetMapping("/languages")
	@Operation(summary = "Languages people speak, by ISO 639 code, named in English and French")
	List<SpokenLanguage> languages() {
		return reference.languages();
	}

	@GetMapping("/language-benchmarks")
	@Operation(summary = "Canadian Language Benchmarks (English) and NCLC (French), levels 1 to 12, with their stage")
	List<Benchmark> benchmarks(Locale locale) {
		return IntStream.rangeClosed(1, 12)
			.mapToObj(level -> new Benchmark(level,
					messages.getMessage("benchmark.stage." + ((level - 1) / 4 + 1), null, locale)))
			.toList();
	}

	@GetMapping("/provinces")
	@Operation(summary = "Canada's provinces and territories, named in the caller's language")
	List<Named> provinces(Locale locale) {
		return java.util.Arrays.stream(org.passerelle.core.Province.values())
			.map(province -> new Named(province.name(), messages.getMessage("Province." + province, null, locale)))
			.toList();
	}

	@GetMapping("/postal-areas/{code}")
	@Operation(summary = "The area (forward sortation area) of a postal code, with its centre")
	PostalArea postalArea(@PathVariable String code) {
		var text = code.replaceAll("\\s+", "");
		var area = text.length() == 3 ? reference.area(text)
				: PostalCode.parse(text).flatMap(reference::area);
		return area.orElseThrow(() -> new NotFoundException("postal area", code));
	}

	@PostMapping(path = "/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a Statistics Canada structure file (noc, naics) or postal areas (administrators); "
			+ "all or nothing, every problem named with its row and column")
	ImportReport importFile(Actor actor, @PathVariable String kind, @RequestPart("file") MultipartFile file)
			throws IOException {
		if (file.getSize() > ReferenceController.MAXIMUM_FILE_BYTES) {
			throw new RuleViolationException("import.tooLarge");
		}
		return switch (kind) {
			case "noc" -> reference.importClassification(actor, Classification.NOC_2021, file.getBytes());
			case "naics" -> reference.importClassification(actor, Classification.NAICS_2022, file.getBytes());
			case "postal-areas" -> reference.importPostalAreas(actor, file.getBytes());
			default -> throw new NotFoundException("reference data", kind);
		};
	}

	private Lineage lineage(Classification classification, String code, Locale locale) {
		var lineage = ClassView.of(reference.lineage(classification, code), locale);
		if (lineage.isEmpty()) {
			throw new NotFoundException("class", code);
		}
		return new Lineage(lineage.getLast(), lineage);
	}

	/** A class and its ancestors. */
	record Lineage(ClassView of, List<ClassView> lineage) {
	}

	/**
	 * A class with its title in the caller's language ({@code Accept-Language}) and the language
	 * that title is written in: {@code EN} for a French reader where no French title is known yet.
	 */
	record ClassView(Classification classification, String code, int level, String parentCode, String title,
			Language titleLanguage, String titleEn, String titleFr, String definitionEn, String definitionFr) {

		static List<ClassView> of(List<ClassificationClass> classes, Locale locale) {
			return classes.stream()
				.map(found -> new ClassView(found.classification(), found.code(), found.level(), found.parentCode(),
						found.title(locale), found.titleLanguage(locale), found.titleEn(), found.titleFr(),
						found.definitionEn(), found.definitionFr()))
				.toList();
		}
	}

	/** A code and its name. */
	record Named(String code, String name) {
	}

	/** A language benchmark level and its stage. */
	record Benchmark(int level, String stage) {
	}
}
