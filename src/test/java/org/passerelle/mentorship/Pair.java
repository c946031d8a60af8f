package org.passerelle.mentorship;

import java.time.LocalDate;
import java.util.Locale;

import org.passerelle.Eventually;
import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.matching.Decision;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.participant.ParticipantId;

/**
 * A mentee and a mentor of a test program who went the whole way through matching: proposed,
 * accepted, introduced, agreement signed — so that their mentorship started.
 */
public record Pair(MatchingFixtures program, ParticipantId mentee, ParticipantId mentor, Actor asMentee,
		Actor asMentor, MentorshipId mentorship) {

	public Actor coordinator() {
		return program.coordinator();
	}

	/** Signs a pair up; the mentee reads English, the mentor French. */
	public static Pair agreed(MatchingFixtures f, Proposals proposals, MentoringAgreements agreements,
			MentorshipManagement mentorships,
			LocalDate today) {
		var mentee = f.mentee("Awa", "21231", MatchingFixtures.both(), null, null);
		var mentor = f.mentor("Guy", "21231", MatchingFixtures.both(), null, null, 2);
		var menteeUser = f.fixtures().user(Role.MENTEE, f.lead(), Language.EN);
		var mentorUser = f.fixtures().user(Role.MENTOR, f.lead(), Language.FR);
		f.participants().linkAccount(Actor.system(), mentee, menteeUser.id());
		f.participants().linkAccount(Actor.system(), mentor, mentorUser.id());
		var asMentee = new Actor(menteeUser.id(), menteeUser.email(), Role.MENTEE, f.lead());
		var asMentor = new Actor(mentorUser.id(), mentorUser.email(), Role.MENTOR, f.lead());

		var match = proposals.propose(f.coordinator(), f.program().id(), mentee, mentor, Locale.CANADA);
		var accepted = proposals.answer(asMentee, match.id(), match.version(), null, Decision.ACCEPTED, null,
				Locale.CANADA);
		accepted = proposals.answer(asMentor, match.id(), accepted.version(), null, Decision.ACCEPTED, null,
				Locale.CANADA);
		var introduced = proposals.recordIntroduction(f.coordinator(), match.id(), accepted.version(), today,
				Locale.CANADA);
		var signed = agreements.sign(asMentee, match.id(), introduced.version(), Locale.CANADA);
		agreements.sign(asMentor, match.id(), signed.version(), Locale.CANADA);
		return new Pair(f, mentee, mentor, asMentee, asMentor, awaitStart(mentorships, asMentee));
	}

	/** The mentorship starts after the agreement's transaction, in its own: wait for it. */
	private static MentorshipId awaitStart(MentorshipManagement mentorships, Actor asMentee) {
		return Eventually.value(() -> mentorships.mine(asMentee), mine -> !mine.isEmpty()).get(0).id();
	}
}
