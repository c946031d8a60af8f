package org.passerelle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.passerelle.notification.EmailOutbox;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;

/**
 * What the real SMTP server of the tests (GreenMail) received at an address, after the outbox
 * sent what waits, and the links the e-mails carry.
 */
public record Mailbox(GreenMail smtp, EmailOutbox outbox) {

	/** The messages received at the address, oldest first, without waiting. */
	public List<Message> received(String address) {
		send();
		var found = new ArrayList<Message>();
		try {
			for (var message : smtp.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
					found.add(message);
				}
			}
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return found;
	}

	/** The newest of at least {@code count} messages received at the address, waited for. */
	public Message newest(String address, int count) {
		return Eventually.atLeast(count, () -> received(address)).getLast();
	}

	/** The subject of a message. */
	public static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text of a message, decoded. */
	public static String text(Message message) {
		try {
			return String.valueOf(message.getContent()).replace("\r\n", "\n");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The path and query of the first link of the message whose path starts with {@code prefix}
	 * ({@code /invitations/}), to follow it through MockMvc.
	 */
	public static String link(Message message, String prefix) {
		var matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[^\\s]+)").matcher(text(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + prefix + " in: " + text(message));
		}
		return matcher.group(1);
	}

	private void send() {
		for (int batch = 0; batch < 100 && outbox.sendPending() > 0; batch++) {
			// the outbox sends by batches
		}
	}
}
