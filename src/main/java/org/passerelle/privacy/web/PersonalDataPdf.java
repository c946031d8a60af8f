package org.passerelle.privacy.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.passerelle.privacy.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a person's data as a readable document in their language: one heading per kind of record
 * (the tables of the JSON file, in the same order), each record as its fields and values. Internal
 * identifiers and empty fields are left to the JSON file; a file is named, its content being in the
 * JSON file. Helvetica with Windows-1252, as the certificates: a letter beyond it loses its accent
 * rather than vanishing.
 */
@Component
class PersonalDataPdf {

	private static final Charset CP1252 = Charset.forName("windows-1252");

	private static final Color INK = new Color(0x1f, 0x2a, 0x44);

	private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

	private final MessageSource messages;

	private final Clock clock;

	private final BaseFont regular;

	private final BaseFont bold;

	PersonalDataPdf(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		try {
			this.regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
			this.bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] print(PersonalData data) {
		var locale = data.language().locale();
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(document, out);
		document.addTitle(printable(text("privacy.export.pdf.title", locale) + " — " + data.fullName()));
		document.addCreator("Passerelle");
		document.open();
		document.add(paragraph(text("privacy.export.pdf.title", locale), new Font(bold, 20, Font.NORMAL, INK), 6));
		document.add(paragraph(data.fullName(), new Font(bold, 14, Font.NORMAL, INK), 4));
		document.add(paragraph(text("privacy.export.pdf.generated", locale, dateTime(data.generatedAt(), locale)),
				new Font(regular, 10, Font.NORMAL, MUTED), 8));
		document.add(paragraph(text("privacy.export.pdf.intro", locale), new Font(regular, 10, Font.NORMAL, INK), 14));
		for (var table : data.tables().entrySet()) {
			document.add(paragraph(text("privacy.export.table." + table.getKey(), locale),
					new Font(bold, 13, Font.NORMAL, INK), 4));
			if (table.getValue().isEmpty()) {
				document.add(paragraph(text("privacy.export.pdf.nothing", locale), new Font(regular, 10, Font.ITALIC, MUTED), 10));
				continue;
			}
			for (var row : table.getValue()) {
				document.add(record(row, locale));
			}
		}
		document.close();
		return out.toByteArray();
	}

	private PdfPTable record(Map<String, Object> row, Locale locale) {
		var table = new PdfPTable(new float[] { 2, 5 });
		table.setWidthPercentage(100);
		table.setSpacingAfter(8);
		row.forEach((column, value) -> {
			if (value == null || column.equals("id") || column.endsWith("_id") || column.endsWith("_by")
					|| (value instanceof List<?> list && list.isEmpty())) {
				return;
			}
			table.addCell(cell(label(column, locale), new Font(bold, 9, Font.NORMAL, MUTED)));
			table.addCell(cell(column.equals("content") ? text("privacy.export.pdf.fileInJson", locale) : shown(value, locale),
					new Font(regular, 9, Font.NORMAL, INK)));
		});
		return table;
	}

	private String label(String column, Locale locale) {
		var plain = column.replace('_', ' ');
		return messages.getMessage("privacy.export.column." + column, null,
				Character.toUpperCase(plain.charAt(0)) + plain.substring(1), locale);
	}

	private String shown(Object value, Locale locale) {
		return switch (value) {
			case Boolean yes -> text(yes ? "privacy.export.pdf.yes" : "privacy.export.pdf.no", locale);
			case List<?> list -> String.join(", ", list.stream().map(item -> item == null ? "" : shown(item, locale)).toList());
			case String string when DATE.matcher(string).matches() -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(locale)
				.format(LocalDate.parse(string));
			case String string when TIMESTAMP.matcher(string).matches() -> timestamp(string, locale);
			default -> String.valueOf(value);
		};
	}

	private String timestamp(String value, Locale locale) {
		try {
			return dateTime(OffsetDateTime.parse(value).toInstant(), locale);
		}
		catch (DateTimeParseException notATime) {
			return value;
		}
	}

	private String dateTime(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(clock.getZone())
			.format(instant);
	}

	private PdfPCell cell(String text, Font font) {
		var cell = new PdfPCell(new Phrase(printable(text), font));
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(new Color(0xdd, 0xe1, 0xe6));
		cell.setPadding(3);
		return cell;
	}

	private Paragraph paragraph(String text, Font font, float spacingAfter) {
		var paragraph = new Paragraph(printable(text), font);
		paragraph.setSpacingAfter(spacingAfter);
		return paragraph;
	}

	private String text(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	/** The text as Windows-1252 writes it: other spaces become spaces, a letter beyond it loses its accent. */
	private static String printable(String text) {
		if (text == null) {
			return "";
		}
		var encoder = CP1252.newEncoder();
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
				Normalizer.normalize(character, Normalizer.Form.NFD)
					.codePoints()
					.mapToObj(part -> new String(Character.toChars(part)))
					.filter(part -> Character.getType(part.codePointAt(0)) != Character.NON_SPACING_MARK)
					.filter(encoder::canEncode)
					.forEach(out::append);
			}
		});
		return out.toString();
	}
}
