package org.passerelle.participant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.passerelle.core.ImportProblem;
import org.passerelle.core.ImportRejectedException;
import org.passerelle.core.TextFiles;

/**
 * The rows of an imported spreadsheet: a CSV file (comma or semicolon, UTF-8 or Windows-1252) or
 * the first sheet of an Excel workbook. The first row holds the column headers.
 */
record ImportTable(List<String> headers, List<List<String>> rows) {

	static final int MAXIMUM_ROWS = 5000;

	static ImportTable read(String fileName, byte[] content) {
		var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		var table = name.endsWith(".xlsx") || looksLikeZip(content) ? readWorkbook(content) : readCsv(content);
		if (table.headers().isEmpty() || table.headers().stream().allMatch(String::isBlank)) {
			throw new ImportRejectedException(List.of(new ImportProblem(1, "", "import.noHeaders")));
		}
		if (table.rows().size() > MAXIMUM_ROWS) {
			throw new ImportRejectedException(List.of(new ImportProblem(0, "", "import.tooManyRows", MAXIMUM_ROWS)));
		}
		return table;
	}

	private static ImportTable readCsv(byte[] content) {
		var text = TextFiles.decode(content);
		var firstLine = text.lines().findFirst().orElse("");
		char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
		try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get()
			.parse(new StringReader(text))) {
			var records = parser.getRecords();
			if (records.isEmpty()) {
				return new ImportTable(List.of(), List.of());
			}
			var headers = records.getFirst().toList();
			var rows = records.stream()
				.skip(1)
				.map(record -> record.toList())
				.filter(row -> row.stream().anyMatch(cell -> !cell.isBlank()))
				.toList();
			return new ImportTable(headers, rows);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new ImportRejectedException(List.of(new ImportProblem(1, "", "import.unreadable")));
		}
	}

	private static ImportTable readWorkbook(byte[] content) {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
			var sheet = workbook.getFirstSheet();
			var rows = new ArrayList<List<String>>();
			try (var stream = sheet.openStream()) {
				stream.forEach(row -> {
					var cells = new ArrayList<String>();
					for (int i = 0; i < row.getCellCount(); i++) {
						cells.add(text(row.getCell(i)));
					}
					rows.add(cells);
				});
			}
			if (rows.isEmpty()) {
				return new ImportTable(List.of(), List.of());
			}
			var headers = rows.getFirst();
			return new ImportTable(headers, rows.subList(1, rows.size())
				.stream()
				.filter(row -> row.stream().anyMatch(cell -> !cell.isBlank()))
				.toList());
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportRejectedException(List.of(new ImportProblem(1, "", "import.unreadable")));
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			var number = cell.asNumber();
			// whole numbers without ".0": years, capacities and Excel's day numbers of dates
			return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
					: number.stripTrailingZeros().toPlainString();
		}
		var raw = cell.getText();
		return raw == null ? "" : raw.strip();
	}

	private static boolean looksLikeZip(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static long count(String text, char c) {
		return text.chars().filter(x -> x == c).count();
	}

}
