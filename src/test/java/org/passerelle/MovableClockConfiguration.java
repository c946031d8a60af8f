package org.passerelle;

import org.passerelle.core.BaseAddress;
import org.passerelle.core.RunningServerAddress;
import org.passerelle.notification.EmailOutbox;
import org.passerelle.participant.InvitationsAtAdmissionSwitch;
import org.passerelle.participant.ParticipantInvitations;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * What every test application shares: a clock the test moves forward, for the rules that count
 * days — retention, reminders — and sets back to the present after each test
 * ({@link SharedApplication}); a real SMTP server in the test's own process (GreenMail) to receive
 * what the outbox sends; links in e-mails that lead to the port the server listens on; and the
 * outbox's schedule, off unless a test starts it; invitations at admission, off unless a test
 * turns them on.
 */
@TestConfiguration
public class MovableClockConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return MovableClock.startingNow();
	}

	@Bean(destroyMethod = "stop")
	GreenMail smtp() {
		var smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		return smtp;
	}

	@Bean
	JavaMailSender mailSender(GreenMail smtp) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		return sender;
	}

	@Bean
	@Primary
	BaseAddress runningServerAddress(Environment environment) {
		return new RunningServerAddress(environment);
	}

	@Bean(destroyMethod = "stop")
	OutboxSchedule outboxSchedule(EmailOutbox outbox) {
		return new OutboxSchedule(outbox);
	}

	@Bean
	FollowUpMorning followUpMorning(org.passerelle.evaluation.EmploymentFollowUps followUps) {
		return new FollowUpMorning(followUps);
	}

	@Bean
	InvitationsAtAdmissionSwitch invitationsAtAdmission(ParticipantInvitations invitations) {
		return new InvitationsAtAdmissionSwitch(invitations);
	}

	static int freePort() {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
