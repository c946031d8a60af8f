package org.passerelle.referral;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a document really is, read from its first bytes rather than trusted from its name or
 * declared type: PDF, Word 97–2003 or Word (.docx).
 */
final class DocumentContent {

	static final int MAXIMUM_BYTES = 5 * 1024 * 1024;

	static final String PDF = "application/pdf";

	static final String DOC = "application/msword";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private DocumentContent() {
	}

	/** The type of the content, if it is one Passerelle accepts. */
	static Optional<String> typeOf(byte[] content) {
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
