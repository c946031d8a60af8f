package org.passerelle.core;

/**
 * The name under which an uploaded file is kept and offered back: the name its sender's computer
 * gave, without folders, control characters (PostgreSQL cannot store NUL; the others would break
 * a download's header) or quotes, and of 200 characters at most (its end, where the extension is).
 */
public final class FileNames {

	private static final int LONGEST = 200;

	private FileNames() {
	}

	/** The plain name of {@code name}, or {@code fallback} when nothing is left of it. */
	public static String plain(String name, String fallback) {
		if (name == null) {
			return fallback;
		}
		var last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		var plain = last.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (plain.isEmpty() || plain.equals(".") || plain.equals("..")) {
			return fallback;
		}
		return plain.length() > LONGEST ? plain.substring(plain.length() - LONGEST) : plain;
	}
}
