package org.passerelle.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.activity.Activities;
import org.passerelle.activity.ActivityKind;
import org.passerelle.activity.ActivityStatus;
import org.passerelle.activity.ActivitySummary;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demonstration's group sessions: the placement program's peer support meetings, two held,
 * and a networking evening the demo mentee is invited to. Same context as {@code DemoDataTests} (and {@code FirstStartTests}).
 */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
@TestPropertySource(properties = { "passerelle.test.installation=new", "passerelle.embedded-database.durable=true" })
class DemoActivitiesTests {

	@Autowired
	Activities activities;

	@Autowired
	UserManagement users;

	@Autowired
	DemoActivities demoActivities;

	@Autowired
	org.passerelle.program.ProgramManagement programs;

	@Autowired
	org.passerelle.participant.ParticipantManagement participants;

	@Autowired
	org.passerelle.participant.IntakeChecklist intake;

	@Test
	void theDemoHasPeerSupportMeetingsTheCertificateMenteeAttendedAndANetworkingEveningOnce() {
		var all = activities.list(Actor.system());
		assertThat(all).filteredOn(activity -> activity.kind() == ActivityKind.PEER_SUPPORT)
			.hasSize(6)
			.allMatch(ActivitySummary::mandatory)
			.filteredOn(activity -> activity.status() == ActivityStatus.HELD)
			.hasSize(2);
		var mentee = users.list(Actor.system()).stream().filter(user -> user.role() == Role.MENTEE).findFirst().orElseThrow();
		assertThat(activities.list(new Actor(mentee.id(), mentee.email(), Role.MENTEE, mentee.organisationId())))
			.singleElement()
			.satisfies(activity -> assertThat(activity.kind()).isEqualTo(ActivityKind.NETWORKING));

		// the placement's mentee, whose certificate is due, attended both (or was excused)
		var placement = programs.list(Actor.system()).stream().filter(p -> p.name().equals(DemoPeople.PLACEMENT))
			.findFirst().orElseThrow().id();
		var fatima = intake.enrolled(placement).stream()
			.filter(member -> member.details().firstName().equals("Fatima")).findFirst().orElseThrow().id();
		var attendance = activities.mandatoryAttendance(fatima, placement);
		assertThat(attendance.held()).isEqualTo(2);
		assertThat(attendance.noneMissed()).isTrue();

		ApplicationArguments none = new DefaultApplicationArguments();
		demoActivities.run(none);
		assertThat(activities.list(Actor.system())).hasSameSizeAs(all);
	}
}
