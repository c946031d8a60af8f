package org.passerelle.mentorship;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.passerelle.core.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a certificate on one A4 landscape page, in French, in English or in both side by side.
 * Helvetica with the Windows-1252 encoding writes French in full — accents, ’, « » — without
 * embedding a font; a letter beyond it is printed without its accent rather than lost.
 */
@Component
class CertificatePdf {

	private static final Charset CP1252 = Charset.forName("windows-1252");

	private static final Color INK = new Color(0x1f, 0x2a, 0x44);

	private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);

	private final MessageSource messages;

	private final BaseFont regular;

	private final BaseFont bold;

	CertificatePdf(MessageSource messages) {
		this.messages = messages;
		try {
			this.regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
			this.bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] print(CertificateView certificate, CertificateLanguage language, String verificationUrl) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4.rotate(), 60, 60, language == CertificateLanguage.BOTH ? 60 : 90, 70);
		var writer = PdfWriter.getInstance(document, out);
		var first = language == CertificateLanguage.EN ? Language.EN.locale() : Language.FR.locale();
		document.addTitle(printable(text("certificate.pdf.title", first) + " — " + certificate.personName()));
		document.addAuthor(printable(certificate.organisationName()));
		document.addCreator("Passerelle");
		document.open();
		frame(writer.getDirectContent(), document.getPageSize());

		document.add(centered(certificate.organisationName(), new Font(regular, 13, Font.NORMAL, MUTED), 6));
		if (language == CertificateLanguage.BOTH) {
			var fr = Language.FR.locale();
			var en = Language.EN.locale();
			document.add(centered(text("certificate.pdf.title", fr), new Font(bold, 24, Font.NORMAL, INK), 0));
			document.add(centered(text("certificate.pdf.title", en), new Font(bold, 20, Font.NORMAL, MUTED), 18));
			document.add(centered(text("certificate.pdf.certifies", fr) + " / " + text("certificate.pdf.certifies", en),
					new Font(regular, 13, Font.NORMAL, INK), 6));
			document.add(centered(certificate.personName(), new Font(bold, 26, Font.NORMAL, INK), 16));
			var table = new PdfPTable(2);
			table.setWidthPercentage(100);
			table.addCell(column(certificate, fr));
			table.addCell(column(certificate, en));
			document.add(table);
			footer(writer, document, 58, text("certificate.pdf.verify", fr, certificate.code(), verificationUrl));
			footer(writer, document, 45, text("certificate.pdf.verify", en, certificate.code(), verificationUrl));
		}
		else {
			var locale = first;
			document.add(centered(text("certificate.pdf.title", locale), new Font(bold, 30, Font.NORMAL, INK), 26));
			document.add(centered(text("certificate.pdf.certifies", locale), new Font(regular, 14, Font.NORMAL, INK), 8));
			document.add(centered(certificate.personName(), new Font(bold, 28, Font.NORMAL, INK), 18));
			for (var line : body(certificate, locale)) {
				document.add(centered(line, new Font(regular, 14, Font.NORMAL, INK), 8));
			}
			document.add(centered(issued(certificate, locale), new Font(regular, 12, Font.NORMAL, INK), 0));
			footer(writer, document, 48, text("certificate.pdf.verify", locale, certificate.code(), verificationUrl));
		}
		document.close();
		return out.toByteArray();
	}

	/** The verification line, at the foot of the page whatever the length of the text above. */
	private void footer(PdfWriter writer, Document document, float y, String text) {
		ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
				new Phrase(printable(text), new Font(regular, 9, Font.NORMAL, MUTED)), document.getPageSize().getWidth() / 2,
				y, 0);
	}

	private PdfPCell column(CertificateView certificate, Locale locale) {
		var cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingLeft(12);
		cell.setPaddingRight(12);
		cell.setPaddingBottom(16);
		for (var line : body(certificate, locale)) {
			cell.addElement(centered(line, new Font(regular, 12, Font.NORMAL, INK), 6));
		}
		cell.addElement(centered(issued(certificate, locale), new Font(regular, 11, Font.NORMAL, INK), 0));
		return cell;
	}

	private List<String> body(CertificateView certificate, Locale locale) {
		return List.of(text("certificate.pdf.completed", locale, certificate.programName()),
				text("certificate.pdf.period", locale, date(certificate.startedOn(), locale),
						date(certificate.completedOn(), locale), number(certificate.hours(), locale),
						String.valueOf(certificate.weeks())),
				text("certificate.pdf.basis." + certificate.basis().name(), locale));
	}

	private String issued(CertificateView certificate, Locale locale) {
		return text("certificate.pdf.issued", locale, certificate.organisationName(), date(certificate.issuedOn(), locale));
	}

	private Paragraph centered(String text, Font font, float spacingAfter) {
		var paragraph = new Paragraph(printable(text), font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(spacingAfter);
		return paragraph;
	}

	private static void frame(com.lowagie.text.pdf.PdfContentByte canvas, Rectangle page) {
		canvas.saveState();
		canvas.setColorStroke(INK);
		canvas.setLineWidth(2.5f);
		canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
		canvas.stroke();
		canvas.setLineWidth(0.6f);
		canvas.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
		canvas.stroke();
		canvas.restoreState();
	}

	private String text(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	private static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	private static String number(java.math.BigDecimal value, Locale locale) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/**
	 * The text as Windows-1252 writes it: narrow and thin spaces become spaces, and a letter beyond
	 * it loses its accent (ễ → e) rather than vanishing.
	 */
	static String printable(String text) {
		if (text == null) {
			return "";
		}
		CharsetEncoder encoder = CP1252.newEncoder();
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			var character = new String(Character.toChars(codePoint));
			if (Character.isSpaceChar(codePoint) && codePoint != 0x00A0) {
				out.append(' ');
			}
			else if (encoder.canEncode(character)) {
				out.append(character);
			}
			else {
				var decomposed = Normalizer.normalize(character, Normalizer.Form.NFD);
				decomposed.codePoints()
					.mapToObj(part -> new String(Character.toChars(part)))
					.filter(part -> Character.getType(part.codePointAt(0)) != Character.NON_SPACING_MARK)
					.filter(encoder::canEncode)
					.forEach(out::append);
			}
		});
		return out.toString();
	}
}
