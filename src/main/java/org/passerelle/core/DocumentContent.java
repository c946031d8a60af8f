package org.passerelle.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a document really is, read from its first bytes rather than trusted from its name or
 * declared type: PDF, Word 97–2003 or Word (.docx) for documents such as CVs; PDF, JPEG or PNG for
 * scans of signed pages.
 */
public final class DocumentContent {

	/** The largest document accepted: 5 MB. */
	public static final int MAXIMUM_BYTES = 5 * 1024 * 1024;

	public static final String PDF = "application/pdf";

	public static final String DOC = "application/msword";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String JPEG = "image/jpeg";

	public static final String PNG = "image/png";

	private DocumentContent() {
	}

	/** The type of a scan — a PDF or a photograph (JPEG, PNG) — if it is one. */
	public static Optional<String> scanTypeOf(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes())) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return Optional.of(PNG);
		}
		return Optional.empty();
	}

	/** The type of a document (PDF, Word), if it is one Passerelle accepts. */
	public static Optional<String> typeOf(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes())) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 })) {
			return Optional.of(DOC);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 }) && contains(content, "word/".getBytes())) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean contains(byte[] content, byte[] part) {
		outer: for (int i = 0; i + part.length <= content.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (content[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
