package org.passerelle.mentorship;

import org.passerelle.matching.MatchEvents.MentorshipAgreed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts the mentorship when a pair signs its agreement.
 */
@Component
class MentorshipStarter {

	private final MentorshipManagement mentorships;

	MentorshipStarter(MentorshipManagement mentorships) {
		this.mentorships = mentorships;
	}

	@ApplicationModuleListener
	void on(MentorshipAgreed event) {
		mentorships.start(event.match(), event.program(), event.mentee(), event.mentor(), event.agreedOn());
	}
}
