package org.passerelle.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the text files people bring — official CSV files, spreadsheets saved as CSV — whether
 * they were written in UTF-8 (with or without a byte-order mark) or in Windows-1252, as Excel
 * on Windows still does, keeping French accents intact.
 */
public final class TextFiles {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextFiles() {
	}

	/** The text of {@code bytes}: UTF-8 when they are valid UTF-8, else Windows-1252. */
	public static String decode(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		var buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer)
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, start, bytes.length - start, WINDOWS_1252);
		}
	}
}
