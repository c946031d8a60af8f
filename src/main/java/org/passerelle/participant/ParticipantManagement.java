package org.passerelle.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserId;
import org.passerelle.program.Audience;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records mentees and mentors — each person once, whatever programs they take part in — and
 * changes their records: registration, application, referral, profile, enrolments and where
 * they stand, intake checks, consent, accommodation needs and account. Everything is scoped by
 * the {@link AccessPolicy}: coordinators reach the people of their programs, an agency the
 * clients it referred, an employer its affiliated mentors, a person their own record. Finding
 * people is {@link ParticipantDirectory}, their intake {@link IntakeChecklist}, duplicates
 * {@link DuplicateDetection}.
 */
@Service
@Transactional
public class ParticipantManagement {

	private final ParticipantRepository participants;

	private final ParticipantAccess access;

	private final ParticipantValidator validator;

	private final DuplicateDetection duplicates;

	private final AccessPolicy policy;

	private final ProgramManagement programs;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ParticipantManagement(ParticipantRepository participants, ParticipantAccess access, ParticipantValidator validator,
			DuplicateDetection duplicates, AccessPolicy policy, ProgramManagement programs, Clock clock,
			ApplicationEventPublisher events) {
		this.participants = participants;
		this.access = access;
		this.validator = validator;
		this.duplicates = duplicates;
		this.policy = policy;
		this.programs = programs;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records a person, enrolled at once in a program when one is given (coordinators must give
	 * one of theirs). A person whose name and birth date match someone known is refused with the
	 * candidates unless {@code confirmedDistinct}; an e-mail address already known is always refused.
	 */
	public ParticipantView register(Actor actor, ParticipantDetails details, Enrolment enrolment,
			boolean confirmedDistinct) {
		policy.require(policy.mayManageParticipants(actor));
		var valid = validator.validated(details);
		if (enrolment == null && !actor.is(Role.ADMIN)) {
			throw new RuleViolationException("participant.enrolment.required");
		}
		if (enrolment != null) {
			access.requireProgramOf(actor, enrolment.program());
		}
		var candidates = duplicates.possibleDuplicates(details, null);
		if (candidates.stream().anyMatch(candidate -> candidate.email() != null && details.email() != null
				&& candidate.email().equalsIgnoreCase(details.email().strip()))) {
			throw new DuplicateValueException("email", "participant.email.taken");
		}
		if (!candidates.isEmpty() && !confirmedDistinct) {
			throw new PossibleDuplicateException(candidates);
		}
		var participant = Participant.register(valid, clock.instant());
		if (enrolment != null) {
			participant.enrol(enrolment.program(), enrolment.role(), enrolment.status(), LocalDate.now(clock));
		}
		return access.view(actor, audited(actor, access.save(participant), Map.of()));
	}

	/**
	 * Enrols in one of the actor's programs a person already known elsewhere, instead of entering
	 * them twice: the coordinator of a program registers someone, learns from the duplicate check
	 * that the same e-mail address, or the same name and birth date, is known, and enrols that
	 * person. Only a person those details match may be enrolled this way (404 otherwise), so
	 * nothing is learned beyond what the duplicate check shows; once enrolled, the person is one
	 * of the actor's people. Their profile is left as it is.
	 */
	public ParticipantView enrolKnown(Actor actor, ParticipantId known, ParticipantDetails details, Enrolment enrolment) {
		policy.require(policy.mayManageParticipants(actor));
		if (enrolment == null) {
			throw new RuleViolationException("participant.enrolment.required");
		}
		access.requireProgramOf(actor, enrolment.program());
		if (duplicates.possibleDuplicates(details, null).stream().noneMatch(candidate -> candidate.id().equals(known))) {
			throw new NotFoundException("participant", known);
		}
		var participant = participants.findById(known.value())
			.orElseThrow(() -> new NotFoundException("participant", known));
		var before = ParticipantChanges.fields(participant);
		participant.enrol(enrolment.program(), enrolment.role(), enrolment.status(), LocalDate.now(clock));
		return access.view(actor, audited(actor, access.save(participant), before));
	}

	/**
	 * Records a client referred by the actor's agency to a program: the person applies, and the
	 * agency follows them. An e-mail address already known is refused.
	 */
	public ParticipantView registerReferred(Actor agency, ParticipantDetails details, ProgramId program) {
		policy.require(policy.mayRefer(agency));
		var valid = validator.validatedAnswering(details, programs.questions(program, Audience.MENTEE, Locale.ROOT));
		if (details.email() != null && !details.email().isBlank()
				&& participants.findByEmail(details.email().strip().toLowerCase(Locale.ROOT)).isPresent()) {
			throw new DuplicateValueException("email", "participant.email.taken");
		}
		var participant = Participant.register(valid, clock.instant());
		participant.referredBy(agency.organisationId());
		participant.enrol(program, Audience.MENTEE, ParticipationStatus.APPLIED, LocalDate.now(clock));
		return access.view(agency, audited(agency, access.save(participant), Map.of()));
	}

	/**
	 * Records an application made on the public form, without signing in (R-REC-1): a person new
	 * to us is registered with the consent they gave; a person whose e-mail address is known is
	 * only enrolled as applying, their profile untouched, since nobody proved they own the
	 * address. Applying twice to the same program changes nothing. Either way the program's
	 * coordinators hear of it, and the applicant is told the same thing, so that the form reveals
	 * nobody's presence.
	 */
	public void apply(ProgramId program, Audience role, ParticipantDetails details) {
		if (programs.openForApplication(program, role).isEmpty()) {
			throw new RuleViolationException("application.closed");
		}
		var valid = validator.validatedAnswering(details, programs.questions(program, role, Locale.ROOT));
		if (details.email() == null || details.email().isBlank()) {
			throw new InvalidFieldException("email", "application.email.required");
		}
		var known = participants.findByEmail(details.email().strip().toLowerCase(Locale.ROOT));
		var participant = known.orElseGet(() -> Participant.register(valid, clock.instant()));
		if (participant.participations()
			.stream()
			.anyMatch(existing -> existing.programId().equals(program.value()) && existing.role() == role)) {
			return;
		}
		participant.enrol(program, role, ParticipationStatus.APPLIED, LocalDate.now(clock));
		if (known.isEmpty()) {
			participant.recordConsent(ConsentPurpose.SHARE_WITH_PROGRAM, true, LocalDate.now(clock),
					ConsentMeans.ONLINE_APPLICATION, clock.instant(), null);
		}
		var saved = access.save(participant);
		events.publishEvent(new ParticipantEvents.ApplicationReceived(saved.id(), program, role, known.isEmpty()));
	}

	/**
	 * Sets where a person stands in a program on behalf of the program itself, as a referral
	 * decision or the retention of applications does.
	 */
	public void settleParticipation(ParticipantId id, ProgramId program, Audience role, ParticipationStatus status) {
		var participant = participants.findById(id.value()).orElseThrow(() -> new NotFoundException("participant", id));
		var before = ParticipantChanges.fields(participant);
		participant.changeParticipation(program, role, status, LocalDate.now(clock));
		audited(Actor.system(), access.save(participant), before);
	}

	/** Changes a profile as it was at {@code version}; nothing is overwritten if it changed since. */
	public ParticipantView change(Actor actor, ParticipantId id, long version, ParticipantDetails details) {
		var valid = validator.validated(details);
		return change(actor, id, version, participant -> {
			if (details.email() != null && !details.email().isBlank()) {
				participants.findByEmail(details.email().strip().toLowerCase(Locale.ROOT))
					.filter(other -> !other.id().equals(id))
					.ifPresent(other -> {
						throw new DuplicateValueException("email", "participant.email.taken");
					});
			}
			participant.describe(valid);
		});
	}

	/** Enrols a known person in another program, without entering them twice. */
	public ParticipantView enrol(Actor actor, ParticipantId id, Enrolment enrolment) {
		access.requireProgramOf(actor, enrolment.program());
		return change(actor, id, null,
				participant -> participant.enrol(enrolment.program(), enrolment.role(), enrolment.status(),
						LocalDate.now(clock)));
	}

	/** Changes where a person stands in one of the actor's programs. */
	public ParticipantView changeParticipation(Actor actor, ParticipantId id, ProgramId program, Audience role,
			ParticipationStatus status) {
		access.requireProgramOf(actor, program);
		return change(actor, id, null,
				participant -> participant.changeParticipation(program, role, status, LocalDate.now(clock)));
	}

	/** Records an intake check; its date cannot be in the future. */
	public ParticipantView recordScreening(Actor actor, ParticipantId id, IntakeStep kind, LocalDate date,
			ScreeningOutcome outcome, String notes, ProgramId program) {
		if (date == null || date.isAfter(LocalDate.now(clock))) {
			throw new InvalidFieldException("date", "participant.screening.future");
		}
		if (program != null) {
			access.requireProgramOf(actor, program);
		}
		return change(actor, id, null, participant -> participant.recordScreening(kind, date, outcome, notes, program));
	}

	/** Records a person's consent or refusal for one purpose, given today on a form with the actor. */
	public ParticipantView recordConsent(Actor actor, ParticipantId id, ConsentPurpose purpose, boolean granted) {
		return recordConsent(actor, id, new ConsentAnswer(purpose, granted, LocalDate.now(clock), ConsentMeans.FORM));
	}

	/**
	 * Records, after the earlier ones, a person's answer for one purpose as staff took it — on a
	 * form, on paper, by phone — on the day the person gave it (today if none is given; not in the
	 * future), with the version
	 * of the wording shown today and who recorded it. A withdrawal holds from now on: every feature
	 * that uses the purpose reads the latest answer.
	 */
	public ParticipantView recordConsent(Actor actor, ParticipantId id, ConsentAnswer answer) {
		policy.require(policy.mayManageParticipants(actor));
		if (answer.purpose() == null) {
			throw new InvalidFieldException("purpose", "field.required");
		}
		if (answer.means() == null || !ConsentAnswer.TAKEN_BY_STAFF.contains(answer.means())) {
			throw new InvalidFieldException("means", "privacy.consent.means.invalid");
		}
		var givenOn = answer.givenOn() == null ? LocalDate.now(clock) : answer.givenOn();
		if (givenOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidFieldException("givenOn", "privacy.consent.givenOn.future");
		}
		return change(actor, id, null, participant -> participant.recordConsent(answer.purpose(), answer.granted(),
				givenOn, answer.means(), clock.instant(), actor.userId()));
	}

	/**
	 * The signed-in person gives or withdraws their own consent for a purpose, from their account;
	 * it holds at once. Someone with no participant record linked to their account gets not found.
	 */
	public ParticipantView answerOwnConsent(Actor actor, ConsentPurpose purpose, boolean granted) {
		if (purpose == null) {
			throw new InvalidFieldException("purpose", "field.required");
		}
		var participant = participants.findByUserId(actor.userId().value())
			.orElseThrow(() -> new NotFoundException("participant", actor.userId()));
		var before = ParticipantChanges.fields(participant);
		participant.recordConsent(purpose, granted, LocalDate.now(clock), ConsentMeans.ACCOUNT, clock.instant(),
				actor.userId());
		return access.view(actor, audited(actor, access.save(participant), before));
	}

	/**
	 * Records accommodation needs and requests for extra support: only the coordinators of the
	 * person's programs, and the person, read or change them.
	 */
	public ParticipantView describeAccommodationNeeds(Actor actor, ParticipantId id, String needs) {
		var participant = access.visible(actor, id);
		if (!access.mayReadAccommodation(actor, participant)) {
			throw new NotFoundException("accommodation needs", id);
		}
		var before = ParticipantChanges.fields(participant);
		participant.describeAccommodationNeeds(needs);
		return access.view(actor, audited(actor, access.save(participant), before));
	}

	/** Links a participant to the user account they sign in with (administrators). */
	public ParticipantView linkAccount(Actor actor, ParticipantId id, UserId user) {
		policy.require(actor.is(Role.ADMIN));
		return change(actor, id, null, participant -> participant.linkAccount(user));
	}

	/** Notes which agency referred the person, who then follows them (referral partners). */
	public ParticipantView recordReferringAgency(Actor actor, ParticipantId id, OrganisationId agency) {
		return change(actor, id, null, participant -> participant.referredBy(agency));
	}

	private ParticipantView change(Actor actor, ParticipantId id, Long version, Consumer<Participant> change) {
		// an agency completes the profiles of the clients it referred (they are its only visible ones)
		policy.require(policy.mayManageParticipants(actor) || policy.mayRefer(actor));
		var participant = access.visible(actor, id);
		if (version != null) {
			participant.requireVersion(version);
		}
		var before = ParticipantChanges.fields(participant);
		change.accept(participant);
		return access.view(actor, audited(actor, access.save(participant), before));
	}

	/**
	 * Tells the audit trail which fields of the record changed, in this transaction: when the entry
	 * cannot be written, the change is not made either. A record just registered changed from
	 * nothing ({@code before} empty): each of its fields is written down.
	 */
	private Participant audited(Actor actor, Participant saved, Map<String, String> before) {
		var changes = ParticipantChanges.between(before, ParticipantChanges.fields(saved));
		if (!changes.isEmpty()) {
			events.publishEvent(PersonalDataAccessed.changed(actor.userId().value(), saved.id().value(), "participant",
					changes));
		}
		return saved;
	}

	/** A person's answer for a purpose as staff record it: given or withdrawn, on which day, how. */
	public record ConsentAnswer(ConsentPurpose purpose, boolean granted, LocalDate givenOn, ConsentMeans means) {

		/** How staff take an answer; the public form and the person's account record their own. */
		public static final java.util.Set<ConsentMeans> TAKEN_BY_STAFF = java.util.EnumSet.of(ConsentMeans.FORM,
				ConsentMeans.PAPER, ConsentMeans.PHONE);
	}

	/** Taking part in a program: which one, as what, and where the person stands. */
	public record Enrolment(ProgramId program, Audience role, ParticipationStatus status) {
	}
}
