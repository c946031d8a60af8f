package org.passerelle.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes calendars in the iCalendar format (RFC 5545) that every calendar application reads: a
 * feed people subscribe to, or a single {@code .ics} file. Lines end with CRLF, are folded at 75
 * octets, and text is escaped.
 */
public final class ICalendar {

	/** The media type of an iCalendar document. */
	public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private ICalendar() {
	}

	/**
	 * One event: on a whole day ({@code allDay} with {@code day}), or from {@code start} for
	 * {@code minutes}.
	 *
	 * @param uid a stable identifier, so that an updated feed updates the event rather than adding one
	 * @param url the page of the event, or null
	 */
	public record Event(String uid, String summary, String description, String location, LocalDate day,
			LocalDateTime start, int minutes, String url) {

		public static Event allDay(String uid, LocalDate day, String summary, String description, String url) {
			return new Event(uid, summary, description, null, day, null, 0, url);
		}

		public static Event at(String uid, LocalDateTime start, int minutes, String summary, String description,
				String location, String url) {
			return new Event(uid, summary, description, location, null, start, minutes, url);
		}
	}

	/** The calendar with its name and events; times are local to {@code zone}, written in UTC. */
	public static String write(String name, List<Event> events, ZoneId zone, Instant stamp) {
		var out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Passerelle//Mentoring//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(name));
		for (var event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + escape(event.uid()));
			line(out, "DTSTAMP:" + UTC.format(stamp));
			if (event.day() != null) {
				line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.day()));
				line(out, "DTEND;VALUE=DATE:" + DATE.format(event.day().plusDays(1)));
			}
			else {
				var start = event.start().atZone(zone).toInstant();
				line(out, "DTSTART:" + UTC.format(start));
				line(out, "DTEND:" + UTC.format(start.plusSeconds(60L * Math.max(1, event.minutes()))));
			}
			line(out, "SUMMARY:" + escape(event.summary()));
			if (event.description() != null && !event.description().isBlank()) {
				line(out, "DESCRIPTION:" + escape(event.description()));
			}
			if (event.location() != null && !event.location().isBlank()) {
				line(out, "LOCATION:" + escape(event.location()));
			}
			if (event.url() != null) {
				line(out, "URL:" + event.url());
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** Text as RFC 5545 wants it: backslash, semicolon, comma and line breaks escaped. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** A content line, folded so that no line is longer than 75 octets, never inside a character. */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
