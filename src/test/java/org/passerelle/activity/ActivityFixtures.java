package org.passerelle.activity;

import java.util.EnumMap;
import java.util.Set;
import java.util.UUID;

import org.passerelle.Fixtures;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.MatchingCriterion;
import org.passerelle.program.ProgramDetails;
import org.passerelle.program.ProgramFormat;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramType;
import org.passerelle.program.ProgramView;

/**
 * A program of its own for each test — by default seed 004's placement program, whose peer
 * support meetings every two weeks are mandatory — with its coordinator, two mentees and a mentor,
 * each person with an account in their own language unless said otherwise.
 */
record ActivityFixtures(Fixtures fixtures, ProgramManagement programs, ParticipantManagement participants,
		ProgramView program, Actor coordinator, OrganisationId lead) {

	static ActivityFixtures placement(Fixtures fixtures, ProgramManagement programs, ParticipantManagement participants) {
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.CSCPQ_PLACEMENT,
				Fixtures.unique("Placement"), lead);
		return withCoordinator(fixtures, programs, participants, program, lead);
	}

	/** A program with no rule about group sessions. */
	static ActivityFixtures basic(Fixtures fixtures, ProgramManagement programs, ParticipantManagement participants) {
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		for (var criterion : MatchingCriterion.values()) {
			weights.put(criterion, 0);
		}
		weights.put(MatchingCriterion.OCCUPATION, 100);
		var program = programs.create(Actor.system(), new ProgramDetails(Fixtures.unique("Basic"), null, lead,
				ProgramType.OPEN, ProgramFormat.ONE_TO_ONE, ProgramRules.basic(), Set.of(Language.FR), weights, Set.of()));
		return withCoordinator(fixtures, programs, participants, program, lead);
	}

	private static ActivityFixtures withCoordinator(Fixtures fixtures, ProgramManagement programs,
			ParticipantManagement participants, ProgramView program, OrganisationId lead) {
		var user = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(user.id()));
		return new ActivityFixtures(fixtures, programs, participants, programs.find(Actor.system(), program.id()),
				new Actor(user.id(), user.email(), Role.COORDINATOR, lead), lead);
	}

	/** Someone enrolled in the program, without an account. */
	ParticipantId enrol(Audience role, String name) {
		var last = name + UUID.randomUUID().toString().substring(0, 6);
		return participants.register(coordinator,
				ParticipantDetails.named(name, last, last.toLowerCase() + "@example.org"),
				new ParticipantManagement.Enrolment(program.id(), role, ParticipationStatus.ENROLLED), true).id();
	}

	/** Someone enrolled in the program who signs in with an account in their language. */
	Person person(Audience role, String name, Language language) {
		var id = enrol(role, name);
		var user = fixtures.user(role == Audience.MENTOR ? Role.MENTOR : Role.MENTEE, lead, language);
		participants.linkAccount(Actor.system(), id, user.id());
		return new Person(id, user, new Actor(user.id(), user.email(), user.role(), lead));
	}

	/** A person of the program and the account they sign in with. */
	record Person(ParticipantId id, UserView user, Actor actor) {
	}
}
