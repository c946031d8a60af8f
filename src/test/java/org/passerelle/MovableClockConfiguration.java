package org.passerelle;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A clock the test moves forward, for the rules that count days — retention, reminders — and a
 * real SMTP server in the test's own process (GreenMail) to receive what the reminders send. Test
 * classes importing it share one application context.
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

	static int freePort() {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
