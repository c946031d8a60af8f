package org.passerelle.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes lists as CSV (UTF-8 with a byte-order mark, so that Excel keeps the accents) or as Excel
 * workbooks. A cell that a spreadsheet would take for a formula — starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return — is neutralised with a leading
 * apostrophe, so that an export never runs what someone typed into a profile.
 */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	/** The cell's text, made inert for spreadsheets. */
	public static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return value == null ? "" : value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}

	public static void writeCsv(List<String> headers, List<List<String>> rows, OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (var printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(writer)) {
			printer.printRecord(headers.stream().map(Spreadsheets::neutralise).toList());
			for (var row : rows) {
				printer.printRecord(row.stream().map(Spreadsheets::neutralise).toList());
			}
		}
	}

	public static void writeXlsx(String sheetName, List<String> headers, List<List<String>> rows, OutputStream out)
			throws IOException {
		var workbook = new Workbook(out, "Passerelle", "1.0");
		var sheet = workbook.newWorksheet(sheetName);
		for (int column = 0; column < headers.size(); column++) {
			sheet.value(0, column, neutralise(headers.get(column)));
			sheet.style(0, column).bold().set();
		}
		for (int row = 0; row < rows.size(); row++) {
			var cells = rows.get(row);
			for (int column = 0; column < cells.size(); column++) {
				sheet.value(row + 1, column, neutralise(cells.get(column)));
			}
		}
		workbook.finish();
	}
}
