package org.passerelle.journeys;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The e-mails Passerelle sent, as the SMTP server in the test's process received them: what a
 * person reads in their inbox, and the links they follow from it.
 */
public final class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final GreenMail smtp;

	Mailbox(GreenMail smtp) {
		this.smtp = smtp;
	}

	/** An e-mail as its reader sees it. */
	public record Mail(String to, String subject, String body) {

		/** The first link in the body that leads to {@code path}. */
		public String link(String path) {
			var matcher = LINK.matcher(body);
			while (matcher.find()) {
				var url = matcher.group().replaceAll("[.,;)»]+$", "");
				if (url.contains(path)) {
					return url;
				}
			}
			throw new AssertionError("No link to " + path + " in: " + body);
		}
	}

	/** The e-mails received by an address so far, oldest first. */
	public List<Mail> to(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).map(Mailbox::read).filter(mail -> mail.to().equalsIgnoreCase(address))
			.toList();
	}

	/**
	 * The newest e-mail to an address whose subject holds {@code subject}, waited for as the
	 * outbox sends every second or so.
	 */
	public Mail awaitTo(String address, String subject) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> to(address).stream().filter(mail -> mail.subject().contains(subject)).reduce((a, b) -> b),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	private static Mail read(MimeMessage message) {
		try {
			var to = message.getRecipients(Message.RecipientType.TO)[0].toString();
			var content = message.getContent();
			return new Mail(to, message.getSubject(), content instanceof String text ? text : String.valueOf(content));
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
