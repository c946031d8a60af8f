package org.passerelle.mentorship.web;


import org.passerelle.identity.Actor;
import org.passerelle.mentorship.ExitInterviewView;
import org.passerelle.mentorship.ExitInterviews;
import org.passerelle.mentorship.MentorshipId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The exit interviews of a closed mentorship over REST (R-MEN-7).
 */
@RestController
@Tag(name = "Mentorships")
class ExitInterviewApiController {

	private final ExitInterviews interviews;

	ExitInterviewApiController(ExitInterviews interviews) {
		this.interviews = interviews;
	}

	@GetMapping("/api/mentorships/{id}/exit-interviews")
	@Operation(summary = "The exit interviews the caller may see: their own, or both for coordinators")
	ExitInterviewView of(Actor actor, @PathVariable MentorshipId id) {
		return interviews.of(actor, id);
	}

	@PutMapping("/api/mentorships/{id}/exit-interview")
	@Operation(summary = "Fill or correct one's own exit interview once the mentorship is closed; coordinators name "
			+ "the party (MENTEE or MENTOR) they record it for")
	ExitInterviewView fill(Actor actor, @PathVariable MentorshipId id, @RequestBody ExitInterviewForm interview) {
		return interviews.fill(actor, id, interview.party(), interview.answers());
	}
}
