package org.passerelle.core;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Date;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of {@code messages*.properties}, written as a careful typist would, whatever the
 * arguments: a French « de » followed by a name elides before a vowel or a mute h ({@code Mentor de
 * {0}} reads « Mentor d’Amina » and « Mentor de Jean »), and a sentence whose last argument already
 * ends with an abbreviation's stop ("5:00 p.m.") gets one stop, not two. Every page, e-mail, notice
 * and PDF gets it, without each caller having to know. Only a plain {@code de {n}} at the top of a
 * message whose argument is a text elides; numbers and dates keep « de ».
 */
class TypographicMessageSource extends ResourceBundleMessageSource {

	/** A stop right after a letter's stop, not part of an ellipsis: "p.m.." but not "wait...". */
	private static final java.util.regex.Pattern DOUBLE_STOP = java.util.regex.Pattern.compile("(?<=\\p{L}\\.)\\.(?!\\.)");

	@Override
	protected String getMessageInternal(String code, Object[] arguments, Locale locale) {
		var text = super.getMessageInternal(code, arguments, locale);
		return text == null || arguments == null || arguments.length == 0 ? text
				: DOUBLE_STOP.matcher(text).replaceAll("");
	}

	@Override
	protected MessageFormat createMessageFormat(String message, Locale locale) {
		if (!"fr".equals(locale.getLanguage()) || !message.contains("de {")) {
			return super.createMessageFormat(message, locale);
		}
		var rewritten = new StringBuilder();
		var eliding = new ArrayList<Integer>();
		int element = 0;
		int depth = 0;
		// no message holds a straight apostrophe (MessagesTests), so there is no quoted text to skip
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			if (depth == 0 && plainArgumentAfterDe(message, i)) {
				eliding.add(element);
				i += 2; // the "de" goes into the argument's format; the space too
				continue;
			}
			if (c == '{') {
				if (depth == 0) {
					element++;
				}
				depth++;
			}
			else if (c == '}' && depth > 0) {
				depth--;
			}
			rewritten.append(c);
		}
		var format = super.createMessageFormat(rewritten.toString(), locale);
		eliding.forEach(index -> format.setFormat(index, new DeFormat(locale)));
		return format;
	}

	/** Whether {@code de {n}} starts at {@code i}, as a word of its own. */
	private static boolean plainArgumentAfterDe(String message, int i) {
		if (!message.startsWith("de {", i) || (i > 0 && Character.isLetter(message.charAt(i - 1)))) {
			return false;
		}
		int end = message.indexOf('}', i + 4);
		return end > i + 4 && message.substring(i + 4, end).chars().allMatch(Character::isDigit);
	}

	/** Writes « de » or « d’ » and the argument, formatted as MessageFormat would have. */
	private static final class DeFormat extends Format {

		private final Locale locale;

		DeFormat(Locale locale) {
			this.locale = locale;
		}

		@Override
		public StringBuffer format(Object argument, StringBuffer to, FieldPosition position) {
			return switch (argument) {
				case CharSequence text -> to.append(Formats.deName(text.toString()));
				case Number number -> to.append("de ").append(NumberFormat.getInstance(locale).format(number));
				case Date date -> to.append("de ")
					.append(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(date));
				case null -> to.append("de null");
				default -> to.append("de ").append(argument);
			};
		}

		/** Reads back what {@link #format} wrote: the text after « de » or « d’ ». */
		@Override
		public Object parseObject(String source, ParsePosition position) {
			int start = position.getIndex();
			for (var prefix : new String[] { "de ", "d’" }) {
				if (source.startsWith(prefix, start)) {
					position.setIndex(source.length());
					return source.substring(start + prefix.length());
				}
			}
			position.setErrorIndex(start);
			return null;
		}
	}
}
