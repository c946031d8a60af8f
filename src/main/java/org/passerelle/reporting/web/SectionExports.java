package org.passerelle.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.Workbook;
import org.passerelle.core.Spreadsheets;
import org.passerelle.reporting.CountTable;
import org.passerelle.reporting.SectionReport;
import org.springframework.stereotype.Component;

/**
 * A report in sections as files (R-RPT-6), in the reader's language, from the same text as the
 * page ({@link TableTexts}): CSV (each table headed by its title, an empty line between), an
 * Excel workbook (a sheet per table, figures as numbers, withheld ones as "—") and an A4 PDF
 * with each table beside its bar chart. A section not counted yet says when it will be.
 */
@Component
class SectionExports {

	private final TableTexts texts;

	private final ResultsExports fonts;

	private final Clock clock;

	SectionExports(TableTexts texts, ResultsExports fonts, Clock clock) {
		this.texts = texts;
		this.fonts = fonts;
		this.clock = clock;
	}

	static String fileName(SectionReport report, ResultsExports.Format format) {
		return report.kind() + "-" + report.from() + "-" + report.to() + "." + format.extension;
	}

	void write(SectionReport report, ResultsExports.Format format, Locale locale, OutputStream out) throws IOException {
		switch (format) {
			case CSV -> csv(report, locale, out);
			case XLSX -> xlsx(report, locale, out);
			case PDF -> pdf(report, locale, out);
		}
	}

	private void csv(SectionReport report, Locale locale, OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (var printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(writer)) {
			printer.printRecord(texts.title(report, locale), Spreadsheets.neutralise(report.program().name()),
					texts.period(report, locale));
			if (report.suppressed()) {
				printer.printRecord(texts.message("reports.suppressed.note", locale));
			}
			for (var section : report.sections()) {
				printer.println();
				printer.printRecord(texts.message(section.key(), locale));
				if (section.pending() != null) {
					printer.printRecord(texts.message(section.pending(), locale));
				}
				for (var table : section.tables()) {
					var text = texts.text(table, locale);
					printer.printRecord(text.title());
					printer.printRecord(text.headers());
					for (var line : text.rows()) {
						printer.print(Spreadsheets.neutralise(line.label()));
						for (var cell : line.cells()) {
							printer.print(cell);
						}
						printer.println();
					}
				}
			}
		}
	}

	private void xlsx(SectionReport report, Locale locale, OutputStream out) throws IOException {
		var workbook = new Workbook(out, "Passerelle", "1.0");
		int number = 0;
		for (var section : report.sections()) {
			for (var table : section.tables()) {
				var text = texts.text(table, locale);
				var name = (++number) + " " + text.title();
				var sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
				sheet.value(0, 0, text.title());
				sheet.style(0, 0).bold().fontSize(14).set();
				sheet.value(1, 0, texts.period(report, locale));
				sheet.value(2, 0, Spreadsheets.neutralise(report.program().name()));
				if (report.suppressed()) {
					sheet.value(3, 0, texts.message("reports.suppressed.note", locale));
				}
				int top = 4;
				for (int c = 0; c < text.headers().size(); c++) {
					sheet.value(top, c, text.headers().get(c));
					sheet.style(top, c).bold().wrapText(true).set();
				}
				for (int r = 0; r < text.rows().size(); r++) {
					var line = text.rows().get(r);
					sheet.value(top + 1 + r, 0, Spreadsheets.neutralise(line.label()));
					for (int c = 0; c < line.cells().size(); c++) {
						var value = line.numbers().get(c);
						boolean rate = table.columns().get(c).kind() == CountTable.Kind.RATE;
						if (value != null && !rate) {
							sheet.value(top + 1 + r, c + 1, value);
						}
						else {
							sheet.value(top + 1 + r, c + 1, line.cells().get(c));
						}
					}
				}
				sheet.width(0, 36);
			}
		}
		if (number == 0) {
			workbook.newWorksheet(texts.title(report, locale)).value(0, 0, texts.title(report, locale));
		}
		workbook.finish();
	}

	private void pdf(SectionReport report, Locale locale, OutputStream out) throws IOException {
		var document = new Document(PageSize.A4.rotate(), 36, 36, 40, 40);
		try {
			var writer = PdfWriter.getInstance(document, out);
			var title = texts.title(report, locale);
			document.addTitle(title);
			document.addCreator("Passerelle");
			document.open();
			var font = fonts.baseFont();
			var heading = new Font(font, 16, Font.BOLD);
			var subheading = new Font(font, 13, Font.BOLD);
			var small = new Font(font, 11, Font.BOLD);
			var text = new Font(font, 9);
			var bold = new Font(font, 9, Font.BOLD);
			document.add(new Paragraph(title, heading));
			document.add(new Paragraph(report.program().name(), text));
			document.add(new Paragraph(texts.period(report, locale), text));
			if (report.suppressed()) {
				document.add(new Paragraph(texts.message("reports.suppressed.note", locale), text));
			}
			for (var section : report.sections()) {
				var sectionHeading = new Paragraph(texts.message(section.key(), locale), subheading);
				sectionHeading.setSpacingBefore(12);
				document.add(sectionHeading);
				if (section.pending() != null) {
					document.add(new Paragraph(texts.message(section.pending(), locale), text));
				}
				for (var table : section.tables()) {
					var content = texts.text(table, locale);
					var tableHeading = new Paragraph(content.title(), small);
					tableHeading.setSpacingBefore(8);
					tableHeading.setSpacingAfter(4);
					document.add(tableHeading);
					var beside = new PdfPTable(new float[] { 3f, 2f });
					beside.setWidthPercentage(100);
					var left = new PdfPCell(figures(content, text, bold));
					left.setBorder(0);
					beside.addCell(left);
					var right = new PdfPCell(chart(writer.getDirectContent(), texts.chart(table, locale), font), false);
					right.setBorder(0);
					right.setPaddingLeft(8);
					beside.addCell(right);
					document.add(beside);
				}
			}
			document.add(new Paragraph(texts.message("reports.pdf.produced", locale,
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.now(clock))),
					new Font(font, 8)));
		}
		catch (DocumentException ex) {
			throw new IOException("The PDF could not be written", ex);
		}
		finally {
			if (document.isOpen()) {
				document.close();
			}
		}
	}

	private static PdfPTable figures(TableTexts.Text content, Font text, Font bold) {
		var table = new PdfPTable(content.headers().size());
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (int c = 0; c < content.headers().size(); c++) {
			var cell = new PdfPCell(new Phrase(content.headers().get(c), bold));
			cell.setHorizontalAlignment(c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
			cell.setGrayFill(0.9f);
			cell.setPadding(3);
			table.addCell(cell);
		}
		for (var line : content.rows()) {
			var name = new PdfPCell(new Phrase(line.label(), line.total() ? bold : text));
			name.setPadding(3);
			table.addCell(name);
			for (var value : line.cells()) {
				var cell = new PdfPCell(new Phrase(value, line.total() ? bold : text));
				cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
				cell.setPadding(3);
				table.addCell(cell);
			}
		}
		return table;
	}

	/** The bar chart drawn as vectors: a label, a bar and its value per row; none for a withheld count. */
	private static Image chart(PdfContentByte canvas, BarChart chart, BaseFont font) throws DocumentException {
		float width = 260;
		float step = 22;
		float height = Math.max(step, chart.bars().size() * step) + 14;
		var template = canvas.createTemplate(width, height);
		float y = height - 10;
		template.beginText();
		template.setFontAndSize(font, 8);
		template.showTextAligned(Element.ALIGN_LEFT, chart.title(), 0, y, 0);
		template.endText();
		for (var bar : chart.bars()) {
			y -= step;
			template.beginText();
			template.setFontAndSize(font, 7);
			template.showTextAligned(Element.ALIGN_LEFT, bar.label(), 0, y + 10, 0);
			template.endText();
			float barWidth = Float.parseFloat(bar.width().replace("%", "")) / 100f * (width - 40);
			if (barWidth > 0) {
				template.setRGBColorFill(13, 110, 253);
				template.rectangle(0, y, barWidth, 8);
				template.fill();
				template.setRGBColorFill(0, 0, 0);
			}
			template.beginText();
			template.setFontAndSize(font, 7);
			template.showTextAligned(Element.ALIGN_LEFT, bar.value(), barWidth + 3, y + 1, 0);
			template.endText();
		}
		var image = Image.getInstance(template);
		image.setAlt(chart.description());
		return image;
	}
}
