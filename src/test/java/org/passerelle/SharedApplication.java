package org.passerelle;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.passerelle.participant.InvitationsAtAdmissionSwitch;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What a test changed in the application it shares with the others, set back after it: the
 * clock to the present, the outbox's schedule stopped, invitations at admission off.
 */
public class SharedApplication implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		var application = SpringExtension.getApplicationContext(context);
		application.getBeanProvider(OutboxSchedule.class).ifAvailable(OutboxSchedule::stop);
		application.getBeanProvider(InvitationsAtAdmissionSwitch.class).ifAvailable(InvitationsAtAdmissionSwitch::turnOff);
		application.getBeanProvider(MovableClock.class).ifAvailable(MovableClock::reset);
	}
}
