package org.passerelle.participant;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.Scope;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which people an actor may reach, as the {@link AccessPolicy} scopes them — coordinators the
 * people of their programs, an agency the clients it referred, an employer its affiliated
 * mentors, a person their own record — and a person as the actor may read them. The participant
 * module's services share it, so that they scope alike; saving translates the database's refusals
 * into the field they concern.
 */
@Component
class ParticipantAccess {

	private final ParticipantRepository participants;

	private final AccessPolicy policy;

	private final ProgramManagement programs;

	ParticipantAccess(ParticipantRepository participants, AccessPolicy policy, ProgramManagement programs) {
		this.participants = participants;
		this.policy = policy;
		this.programs = programs;
	}

	/**
	 * The person, if the actor may see them; otherwise not found. A partner organisation sees a
	 * person only as their consent allows (ADR 0023): an employer the mentors affiliated with it who
	 * consent to sharing their profile with employers; an agency the clients it referred until a
	 * program admits them, and afterwards only those who consent to sharing with it.
	 */
	Participant visible(Actor actor, ParticipantId id) {
		var scope = policy.participantsVisibleTo(actor);
		return policy.requireVisible(participants.findById(id.value()), participant -> switch (scope) {
			case Scope.Everything everything -> true;
			case Scope.Nothing nothing -> false;
			case Scope.OfOrganisation(var organisation) -> actor.is(Role.EMPLOYER)
					? organisation.equals(participant.employerOrganisation())
							&& participant.consentsTo(ConsentPurpose.SHARE_WITH_EMPLOYER)
					: organisation.equals(participant.referringOrganisation()) && (!participant.admitted()
							|| participant.consentsTo(ConsentPurpose.SHARE_WITH_REFERRING_AGENCY));
			case Scope.OfPerson(var person) -> person.equals(participant.user())
					|| inCoordinatedProgram(actor, participant);
		}, "participant", id);
	}

	/** The person as the actor may read them: accommodation needs only for those who may. */
	ParticipantView view(Actor actor, Participant participant) {
		var names = programNames();
		var participations = participant.participations()
			.stream()
			.map(participation -> new ParticipantView.ParticipationView(participation,
					names.getOrDefault(participation.programId(), "")))
			.toList();
		boolean accommodation = mayReadAccommodation(actor, participant);
		return new ParticipantView(participant.id(), participant.version(), participant.details(), participations,
				participant.screenings(), participant.consents(), participant.consentHistory(), accommodation ? participant.accommodationNeeds() : null,
				accommodation, participant.user(), participant.createdAt());
	}

	/** Accommodation needs: the person, and the coordinators of the person's programs. */
	boolean mayReadAccommodation(Actor actor, Participant participant) {
		return actor.userId().equals(participant.user()) || inCoordinatedProgram(actor, participant);
	}

	/** The program, if the actor coordinates it (any program for administrators); otherwise not found. */
	@Transactional(noRollbackFor = NotFoundException.class)
	void requireProgramOf(Actor actor, ProgramId program) {
		if (actor.is(Role.ADMIN)) {
			if (programs.list(actor).stream().noneMatch(summary -> summary.id().equals(program))) {
				throw new NotFoundException("program", program);
			}
			return;
		}
		if (!coordinatedPrograms(actor).contains(program.value())) {
			throw new NotFoundException("program", program);
		}
	}

	/** The programs the actor coordinates; none for anyone else. */
	Set<UUID> coordinatedPrograms(Actor actor) {
		if (!actor.is(Role.COORDINATOR)) {
			return Set.of();
		}
		return programs.list(actor).stream().map(program -> program.id().value()).collect(Collectors.toSet());
	}

	/** Every program's name, by id. */
	Map<UUID, String> programNames() {
		return programs.list(Actor.system())
			.stream()
			.collect(Collectors.toMap(program -> program.id().value(), ProgramSummary::name));
	}

	/** Saves the person now, a broken constraint told as the field it concerns. */
	Participant save(Participant participant) {
		try {
			return participants.saveAndFlush(participant);
		}
		catch (DataIntegrityViolationException ex) {
			throw translated(ex);
		}
	}

	/** Writes what was kept so far, a broken constraint told as {@link #save} does. */
	void flush() {
		try {
			participants.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw translated(ex);
		}
	}

	private boolean inCoordinatedProgram(Actor actor, Participant participant) {
		if (!actor.is(Role.COORDINATOR)) {
			return false;
		}
		var coordinated = coordinatedPrograms(actor);
		return participant.participations().stream().anyMatch(p -> coordinated.contains(p.programId()));
	}

	private static RuntimeException translated(DataIntegrityViolationException ex) {
		var message = String.valueOf(ex.getMostSpecificCause().getMessage());
		if (message.contains("participant_email_unique")) {
			return new DuplicateValueException("email", "participant.email.taken");
		}
		if (message.contains("employer_organisation_id")) {
			return new InvalidFieldException("employerOrganisation", "participant.employer.unknown");
		}
		if (message.contains("user_id")) {
			return new RuleViolationException("participant.account.taken");
		}
		return ex;
	}
}
