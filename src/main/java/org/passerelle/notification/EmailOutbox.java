package org.passerelle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the e-mails of the outbox over SMTP. Each is locked while sent ({@code skip locked}), so
 * that several nodes never send one twice, and marked sent in the same transaction; a failure is
 * retried later, waiting longer each time, up to ten attempts. Without a mail server configured
 * ({@code spring.mail.host}), e-mails wait in the outbox. An e-mail to a person who withdrew their
 * consent to be contacted by e-mail since it was queued is withheld, unless the service needs it.
 */
@Component
public class EmailOutbox {

	static final int MAXIMUM_ATTEMPTS = 10;

	private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final Notifications notifications;

	EmailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${passerelle.mail.from:passerelle@localhost}") String from, Notifications notifications) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
	}

	/**
	 * Sends what is due every {@code passerelle.mail.every}, one node at a time (rows are locked
	 * besides, so that a direct call alongside never sends an e-mail twice either).
	 */
	@Scheduled(fixedDelayString = "${passerelle.mail.every:PT30S}", initialDelayString = "PT20S")
	@SchedulerLock(name = "notification.email-outbox", lockAtMostFor = "PT5M")
	@Transactional
	public void sendPendingOnSchedule() {
		sendPending();
	}

	/** Sends what is due; returns how many e-mails went out. */
	@Transactional
	public int sendPending() {
		var sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		var now = clock.instant();
		var due = jdbc.sql("""
				select id, recipient, subject, body, attempts, necessary from email_outbox
				where sent_at is null and withheld_at is null and next_attempt_at <= ? and attempts < ?
				order by created_at limit 50 for update skip locked""")
			.params(Timestamp.from(now), MAXIMUM_ATTEMPTS)
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts"), rs.getBoolean("necessary")))
			.list();
		int sent = 0;
		for (var email : due) {
			// queued before the person withdrew their consent to be contacted by e-mail: not sent
			if (!email.necessary() && notifications.refusingEmail(email.recipient()).isPresent()) {
				jdbc.sql("update email_outbox set withheld_at = ? where id = ?")
					.params(Timestamp.from(now), email.id())
					.update();
				continue;
			}
			try {
				var message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(email.recipient());
				message.setSubject(email.subject());
				message.setText(email.body());
				sender.send(message);
				jdbc.sql("update email_outbox set sent_at = ?, attempts = attempts + 1 where id = ?")
					.params(Timestamp.from(now), email.id())
					.update();
				sent++;
			}
			catch (MailException ex) {
				var wait = Duration.ofMinutes(1L << Math.min(email.attempts(), 10));
				log.warn("E-mail to {} not sent (attempt {}): {}", email.recipient(), email.attempts() + 1, ex.getMessage());
				jdbc.sql("update email_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
					.params(String.valueOf(ex.getMessage()), Timestamp.from(now.plus(wait)), email.id())
					.update();
			}
		}
		return sent;
	}

	private record Due(UUID id, String recipient, String subject, String body, int attempts, boolean necessary) {
	}
}
