package org.passerelle.notification;

import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.referral.ReferralEvents.ReferralAdmitted;
import org.passerelle.referral.ReferralEvents.ReferralNotSelected;
import org.passerelle.referral.ReferralEvents.ReferralReturned;
import org.passerelle.referral.ReferralEvents.ReferralSubmitted;
import org.passerelle.referral.ReferralId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned when a referral moves: the program's coordinators when an agency
 * submits, the agency when the program admits, returns or does not select.
 */
@Component
class ReferralNotifications {

	private final Notifications notifications;

	private final UserManagement users;

	private final ProgramManagement programs;

	ReferralNotifications(Notifications notifications, UserManagement users, ProgramManagement programs) {
		this.notifications = notifications;
		this.users = users;
		this.programs = programs;
	}

	@ApplicationModuleListener
	void on(ReferralSubmitted event) {
		var program = programs.find(Actor.system(), event.program());
		program.coordinators()
			.forEach(coordinator -> notifications.notify(coordinator, "notification.referral.submitted",
					new Object[] { program.name() }, link(event.referral())));
	}

	@ApplicationModuleListener
	void on(ReferralAdmitted event) {
		toAgency(event.agency(), "notification.referral.admitted", event.program(), event.referral());
	}

	@ApplicationModuleListener
	void on(ReferralReturned event) {
		toAgency(event.agency(), "notification.referral.returned", event.program(), event.referral());
	}

	@ApplicationModuleListener
	void on(ReferralNotSelected event) {
		toAgency(event.agency(), "notification.referral.notSelected", event.program(), event.referral());
	}

	private void toAgency(org.passerelle.core.OrganisationId agency, String code, org.passerelle.program.ProgramId program,
			ReferralId referral) {
		var name = programs.find(Actor.system(), program).name();
		users.list(Actor.system())
			.stream()
			.filter(user -> user.role() == Role.REFERRAL_PARTNER && agency.equals(user.organisationId()) && user.active())
			.forEach(user -> notifications.notify(user.id(), code, new Object[] { name }, link(referral)));
	}

	private static String link(ReferralId referral) {
		return "/referrals/" + referral;
	}
}
