package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The printed certificate: one A4 landscape page in the language asked, French written in full.
 */
class CertificatePdfTests {

	static final String URL = "https://passerelle.example.org/certificates/verify?code=PSR-7K3M-Q9TX-4FJW";

	final CertificatePdf pdf = new CertificatePdf(messages());

	static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static CertificateView certificate(String name, CompletionBasis basis) {
		return new CertificateView("PSR-7K3M-Q9TX-4FJW", new MentorshipId(UUID.randomUUID()),
				new ParticipantId(UUID.randomUUID()), new ProgramId(UUID.randomUUID()), name,
				"Stage de découverte « Génie » CSCPQ", "Carrefour d’intégration", basis, new BigDecimal("144.5"), 18,
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 13), true, null, null);
	}

	@Test
	void frenchKeepsItsAccentsApostrophesAndQuotes() throws IOException {
		var bytes = pdf.print(certificate("Awa Diallo", CompletionBasis.JOB_IN_FIELD), CertificateLanguage.FR, URL);
		assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
		var reader = new PdfReader(bytes);
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(reader.getPageSizeWithRotation(1).getWidth()).as("landscape A4").isEqualTo(PageSize.A4.getHeight());
		var text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("Attestation de réussite", "Awa Diallo", "’", "é", "«", "»",
				"Stage de découverte « Génie » CSCPQ", "Carrefour d’intégration", "13 juillet 2026", "144,5 heures",
				"domaine d’expertise", "PSR-7K3M-Q9TX-4FJW", URL);
		assertThat(text).doesNotContain("Certificate of completion");
	}

	@Test
	void englishWritesDatesTheEnglishWay() throws IOException {
		var bytes = pdf.print(certificate("Awa Diallo", CompletionBasis.HOURS_AND_SESSIONS), CertificateLanguage.EN, URL);
		var text = new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1);
		assertThat(text).contains("Certificate of completion", "Awa Diallo", "July 13, 2026", "144.5 hours",
				"mandatory sessions", "PSR-7K3M-Q9TX-4FJW", URL);
		assertThat(text).doesNotContain("Attestation de réussite");
	}

	@Test
	void bilingualPrintsBothOnOnePage() throws IOException {
		var bytes = pdf.print(certificate("Awa Diallo", CompletionBasis.ACADEMIC_ADMISSION), CertificateLanguage.BOTH,
				URL);
		var reader = new PdfReader(bytes);
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		var text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("Attestation de réussite", "Certificate of completion", "programme d’études",
				"related academic program", "13 juillet 2026", "July 13, 2026", "Awa Diallo", "PSR-7K3M-Q9TX-4FJW");
	}

	@Test
	void aLetterBeyondTheFontLosesItsAccentRatherThanVanishing() throws IOException {
		var bytes = pdf.print(certificate("Thảo Nguyễn Łucja", CompletionBasis.JOB_IN_FIELD), CertificateLanguage.FR, URL);
		var text = new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1);
		assertThat(text).contains("Thao Nguyen");
		assertThat(CertificatePdf.printable("Zoë Ngô\u202F144")).isEqualTo("Zoë Ngô 144");
	}
}
