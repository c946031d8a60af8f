package org.passerelle.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.passerelle.core.Spreadsheets;
import org.passerelle.reporting.AgencyReferrals;
import org.passerelle.reporting.ProgramResults;
import org.passerelle.reporting.ResultsReport;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The results of a period as files (R-RPT-6), headed in the reader's language: CSV (the results
 * table, an empty line, then the referrals per agency), an Excel workbook (a sheet for each table,
 * counts as numbers) and an A4 PDF with the title, the period and the programs. A withheld count
 * is written "< 5" everywhere.
 */
@Component
class ResultsExports {

	/** Liberation Sans, which OpenPDF carries: every accent of French, embedded in the document. */
	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private final MessageSource messages;

	private final Clock clock;

	private volatile BaseFont font;

	ResultsExports(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** The formats a report downloads as. */
	enum Format {
		CSV("csv", "text/csv;charset=UTF-8"),
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		PDF("pdf", MediaType.APPLICATION_PDF_VALUE);

		final String extension;

		final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}
	}

	/** {@code results-2026-01-01-2026-12-31.csv}: what and when, the same in both languages. */
	static String fileName(ResultsReport report, Format format) {
		return "results-" + report.from() + "-" + report.to() + "." + format.extension;
	}

	void write(ResultsReport report, Format format, Locale locale, OutputStream out) throws IOException {
		switch (format) {
			case CSV -> csv(report, locale, out);
			case XLSX -> xlsx(report, locale, out);
			case PDF -> pdf(report, locale, out);
		}
	}

	void csv(ResultsReport report, Locale locale, OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (var printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(writer)) {
			printer.printRecord(resultHeaders(locale));
			for (var row : resultRows(report, locale)) {
				printer.printRecord(texts(row, this::plain, locale).stream().map(Spreadsheets::neutralise).toList());
			}
			printer.println();
			printer.printRecord(referralHeaders(locale));
			for (var row : referralRows(report, locale)) {
				printer.printRecord(texts(row, this::plain, locale).stream().map(Spreadsheets::neutralise).toList());
			}
		}
	}

	void xlsx(ResultsReport report, Locale locale, OutputStream out) throws IOException {
		var workbook = new Workbook(out, "Passerelle", "1.0");
		sheet(workbook.newWorksheet(message("reports.sheet.results", locale)), report, locale,
				message("reports.results.heading", locale), resultHeaders(locale), resultRows(report, locale));
		sheet(workbook.newWorksheet(message("reports.sheet.referrals", locale)), report, locale,
				message("reports.referrals.heading", locale), referralHeaders(locale), referralRows(report, locale));
		workbook.finish();
	}

	/**
	 * A sheet: the title, the period and the programs, then the table from its fifth row, counts
	 * as numbers and withheld ones as text, the total row in bold.
	 */
	private void sheet(Worksheet sheet, ResultsReport report, Locale locale, String title, List<String> headers,
			List<Line> rows) {
		sheet.value(0, 0, title);
		sheet.style(0, 0).bold().fontSize(14).set();
		sheet.value(1, 0, period(report, locale));
		sheet.value(2, 0, Spreadsheets.neutralise(programs(report, locale)));
		if (report.smallCountsSuppressed()) {
			sheet.value(3, 0, message("reports.suppressed.note", locale));
		}
		int top = 4;
		for (int column = 0; column < headers.size(); column++) {
			sheet.value(top, column, headers.get(column));
			sheet.style(top, column).bold().wrapText(true).set();
		}
		for (int row = 0; row < rows.size(); row++) {
			var line = rows.get(row);
			int at = top + 1 + row;
			sheet.value(at, 0, Spreadsheets.neutralise(line.name()));
			for (int column = 0; column < line.counts().size(); column++) {
				var count = line.counts().get(column);
				if (count == null) {
					sheet.value(at, column + 1, message("reports.suppressed", locale));
				}
				else {
					sheet.value(at, column + 1, count);
				}
			}
			if (line.total()) {
				sheet.range(at, 0, at, headers.size() - 1).style().bold().set();
			}
		}
		sheet.width(0, 40);
		for (int column = 1; column < headers.size(); column++) {
			sheet.width(column, 16);
		}
	}

	void pdf(ResultsReport report, Locale locale, OutputStream out) throws IOException {
		var document = new Document(PageSize.A4, 42, 42, 48, 48);
		try {
			PdfWriter.getInstance(document, out);
			var title = message("reports.results.title", locale);
			document.addTitle(title);
			document.addCreator("Passerelle");
			document.open();
			var font = baseFont();
			var heading = new Font(font, 16, Font.BOLD);
			var subheading = new Font(font, 13, Font.BOLD);
			var text = new Font(font, 10);
			var bold = new Font(font, 10, Font.BOLD);
			document.add(new Paragraph(title, heading));
			document.add(new Paragraph(period(report, locale), text));
			document.add(new Paragraph(programs(report, locale), text));
			if (report.smallCountsSuppressed()) {
				document.add(new Paragraph(message("reports.suppressed.note", locale), text));
			}
			document.add(spaced(new Paragraph(message("reports.results.heading", locale), subheading)));
			document.add(table(resultHeaders(locale), resultRows(report, locale), locale, text, bold,
					new float[] { 3.2f, 1.3f, 1.3f, 1.2f, 1.3f, 1.3f }));
			document.add(spaced(new Paragraph(message("reports.referrals.heading", locale), subheading)));
			if (report.referrals().isEmpty()) {
				document.add(new Paragraph(message("reports.referrals.none", locale), text));
			}
			else {
				document.add(table(referralHeaders(locale), referralRows(report, locale), locale, text, bold,
						new float[] { 3.6f, 1.3f, 1.3f, 1.6f }));
			}
			document.add(spaced(new Paragraph(message("reports.pdf.produced", locale,
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.now(clock))),
					new Font(font, 8))));
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

	private static Paragraph spaced(Paragraph paragraph) {
		paragraph.setSpacingBefore(14);
		paragraph.setSpacingAfter(6);
		return paragraph;
	}

	private PdfPTable table(List<String> headers, List<Line> rows, Locale locale, Font text, Font bold,
			float[] widths) {
		var table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (int column = 0; column < headers.size(); column++) {
			var cell = new PdfPCell(new Phrase(headers.get(column), bold));
			cell.setHorizontalAlignment(column == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
			cell.setGrayFill(0.9f);
			cell.setPadding(4);
			table.addCell(cell);
		}
		var numbers = NumberFormat.getIntegerInstance(locale);
		for (var line : rows) {
			var cells = texts(line, count -> pdfText(numbers.format(count)), locale);
			for (int column = 0; column < cells.size(); column++) {
				var cell = new PdfPCell(new Phrase(cells.get(column), line.total() ? bold : text));
				cell.setHorizontalAlignment(column == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
				cell.setPadding(4);
				table.addCell(cell);
			}
		}
		return table;
	}

	/** French writes thousands apart with a narrow no-break space; a no-break space prints in any font. */
	private static String pdfText(String text) {
		return text.replace('\u202F', '\u00A0');
	}

	private String plain(Long count) {
		return Long.toString(count);
	}

	/** The font of the PDF, read once: the file is large. */
	BaseFont baseFont() throws IOException {
		var read = font;
		if (read == null) {
			read = readFont();
			font = read;
		}
		return read;
	}

	private static BaseFont readFont() throws IOException {
		try (InputStream font = ResultsExports.class.getClassLoader().getResourceAsStream(FONT)) {
			if (font != null) {
				return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
						true, font.readAllBytes(), null);
			}
			// Helvetica, not embedded, still writes every letter of French in the Windows encoding
			return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
		}
		catch (DocumentException ex) {
			throw new IOException("The font of the PDF could not be read", ex);
		}
	}

	private List<String> resultHeaders(Locale locale) {
		return List.of("reports.results.program", "reports.results.mentors", "reports.results.mentees",
				"reports.results.matches", "reports.results.employed", "reports.results.inField")
			.stream()
			.map(code -> message(code, locale))
			.toList();
	}

	private List<String> referralHeaders(Locale locale) {
		return List.of("reports.referrals.agency", "reports.referrals.referred", "reports.referrals.admitted",
				"reports.referrals.returned")
			.stream()
			.map(code -> message(code, locale))
			.toList();
	}

	/** One line per program, then the total. */
	private List<Line> resultRows(ResultsReport report, Locale locale) {
		var rows = new ArrayList<Line>();
		for (var row : report.results()) {
			rows.add(resultLine(row.name(), row, false));
		}
		rows.add(resultLine(message("reports.total", locale), report.total(), true));
		return rows;
	}

	private static Line resultLine(String name, ProgramResults row, boolean total) {
		return new Line(name, Arrays.asList(row.mentorsRegistered(), row.menteesRegistered(), row.matches(),
				row.menteesEmployed(), row.menteesEmployedInField()), total);
	}

	/** One line per agency, then the total. */
	private List<Line> referralRows(ResultsReport report, Locale locale) {
		var rows = new ArrayList<Line>();
		for (var row : report.referrals()) {
			rows.add(referralLine(row.name(), row, false));
		}
		rows.add(referralLine(message("reports.total", locale), report.referralTotal(), true));
		return rows;
	}

	private static Line referralLine(String name, AgencyReferrals row, boolean total) {
		return new Line(name, Arrays.asList(row.referred(), row.admitted(), row.returned()), total);
	}

	String period(ResultsReport report, Locale locale) {
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		return message("reports.period", locale, dates.format(report.from()), dates.format(report.to()));
	}

	String programs(ResultsReport report, Locale locale) {
		if (report.programs().isEmpty()) {
			return message("reports.programs.none", locale);
		}
		return message("reports.covering", locale,
				String.join(", ", report.programs().stream().map(ResultsReport.ProgramRef::name).toList()));
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	/** The name and the counts of a line as text; withheld counts as "< 5". */
	private List<String> texts(Line line, Function<Long, String> number, Locale locale) {
		var texts = new ArrayList<String>();
		texts.add(line.name());
		for (var count : line.counts()) {
			texts.add(count == null ? message("reports.suppressed", locale) : number.apply(count));
		}
		return texts;
	}

	/** A line of a table: its name and its counts, {@code null} where withheld. */
	private record Line(String name, List<Long> counts, boolean total) {
	}
}
