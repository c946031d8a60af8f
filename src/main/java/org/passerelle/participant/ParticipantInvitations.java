package org.passerelle.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.BaseAddress;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.SecretTokens;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites the participants admitted to a program to open their Passerelle account (R-ACC-1): an
 * e-mail in their language with a single-use link that expires ({@code passerelle.invitations.valid-for},
 * 7 days unless set). Opening it, the person chooses a password and gets an account of their role
 * (mentee or mentor) linked to their record; someone who already has an account with the address
 * signs in and has it linked instead. The program's coordinators invite one person or everyone not
 * yet invited, send again, withdraw, and see where each one stands; with
 * {@code passerelle.invitations.at-admission=true} Passerelle invites each person as they are
 * admitted.
 */
@Service
@Transactional
public class ParticipantInvitations {

	private static final Logger log = LoggerFactory.getLogger(ParticipantInvitations.class);

	private final InvitationRepository invitations;

	private final ParticipantRepository participants;

	private final ParticipantAccess access;

	private final ProgramManagement programs;

	private final UserManagement users;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final BaseAddress baseAddress;

	private final Clock clock;

	private final Duration validFor;

	ParticipantInvitations(InvitationRepository invitations, ParticipantRepository participants,
			ParticipantAccess access, ProgramManagement programs, UserManagement users, JdbcClient jdbc,
			ApplicationEventPublisher events, BaseAddress baseAddress, Clock clock,
			@Value("${passerelle.invitations.valid-for:P7D}") Duration validFor) {
		this.invitations = invitations;
		this.participants = participants;
		this.access = access;
		this.programs = programs;
		this.users = users;
		this.jdbc = jdbc;
		this.events = events;
		this.baseAddress = baseAddress;
		this.clock = clock;
		this.validFor = validFor;
	}

	/**
	 * The program's admitted participants and anyone invited to it, by name, with where each one
	 * stands; coordinators of the program and administrators only (others: not found).
	 */
	@Transactional(readOnly = true)
	public List<InvitationView> list(Actor actor, ProgramId program) {
		access.requireProgramOf(actor, program);
		var now = clock.instant();
		return jdbc.sql("""
				select p.id, p.first_name, p.last_name, p.email, p.user_id, pp.role,
				  i.id as invitation_id, i.email as invited_email, i.sent_at, i.expires_at, i.opened_at, i.accepted_at,
				  i.revoked_at
				from participant_participation pp
				join participant p on p.id = pp.participant_id
				left join participant_invitation i
				  on i.participant_id = pp.participant_id and i.program_id = pp.program_id and i.role = pp.role
				where pp.program_id = :program and (pp.status = 'ENROLLED' or i.id is not null)
				order by passerelle_fold(p.last_name), passerelle_fold(p.first_name), p.id, pp.role""")
			.param("program", program.value())
			.query((rs, row) -> row(rs, program, now))
			.list();
	}

	/**
	 * How many invitations of each program were sent and not accepted — waiting, opened or expired,
	 * not withdrawn: people the coordinator may need to remind or send a new link. No scope: the
	 * caller passes the programs it may see.
	 */
	@Transactional(readOnly = true)
	public Map<ProgramId, Long> notAccepted(Collection<ProgramId> programs) {
		if (programs.isEmpty()) {
			return Map.of();
		}
		var counts = new HashMap<ProgramId, Long>();
		jdbc.sql("""
				select program_id, count(*) from participant_invitation
				where program_id in (:programs) and accepted_at is null and revoked_at is null
				group by program_id""")
			.param("programs", programs.stream().map(ProgramId::value).toList())
			.query((rs, row) -> counts.put(new ProgramId(rs.getObject(1, UUID.class)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** One invitation, if the actor coordinates its program; otherwise not found. */
	@Transactional(readOnly = true)
	public InvitationView find(Actor actor, UUID id) {
		var invitation = coordinated(actor, id);
		return view(invitation, participants.findById(invitation.participant().value()).orElseThrow());
	}

	/**
	 * Invites these admitted participants of the program, in the language each one prefers; one
	 * already invited gets a new link (the earlier one stops working). Refused, nothing sent, when
	 * one of them is not admitted to the program, has no e-mail address or already has an account.
	 */
	public List<InvitationView> invite(Actor actor, ProgramId program, Collection<ParticipantId> people) {
		access.requireProgramOf(actor, program);
		var sent = new ArrayList<InvitationView>();
		for (var id : people.stream().distinct().toList()) {
			var participant = participants.findById(id.value())
				.filter(found -> enrolledRoles(found, program).findAny().isPresent())
				.orElseThrow(() -> new NotFoundException("participant", id));
			for (var role : enrolledRoles(participant, program).toList()) {
				sent.add(send(actor, participant, program, role));
			}
		}
		return sent;
	}

	/** Invites every admitted participant of the program not invited yet who has an address and no account. */
	public List<InvitationView> inviteAll(Actor actor, ProgramId program) {
		var waiting = list(actor, program).stream()
			.filter(row -> row.status() == InvitationStatus.NOT_INVITED && row.hasEmail())
			.toList();
		var sent = new ArrayList<InvitationView>();
		for (var row : waiting) {
			var participant = participants.findById(row.participant().value()).orElseThrow();
			sent.add(send(actor, participant, program, row.role()));
		}
		return sent;
	}

	/** Sends a new link for this invitation; the earlier one stops working. */
	public InvitationView resend(Actor actor, UUID id) {
		var invitation = coordinated(actor, id);
		var participant = participants.findById(invitation.participant().value()).orElseThrow();
		return send(actor, participant, invitation.program(), invitation.role());
	}

	/** Withdraws an invitation not yet accepted: its link stops working. */
	public InvitationView revoke(Actor actor, UUID id) {
		var invitation = coordinated(actor, id);
		invitation.revoke(clock.instant());
		invitations.saveAndFlush(invitation);
		return view(invitation, participants.findById(invitation.participant().value()).orElseThrow());
	}

	/**
	 * What the person opening the link sees, noting that it was opened.
	 *
	 * @throws InvitationRefusedException when the link does not work
	 */
	@Transactional(noRollbackFor = InvitationRefusedException.class)
	public InvitationLookup open(String token) {
		var invitation = byToken(token);
		invitation.open(clock.instant());
		var participant = participantOf(invitation);
		if (participant.user() != null) {
			throw new InvitationRefusedException(InvitationRefusedException.Reason.ALREADY_LINKED, null);
		}
		return new InvitationLookup(participant.details().firstName(), invitation.email(),
				programs.find(Actor.system(), invitation.program()).name(), invitation.role(), invitation.language(),
				invitation.expiresAt(), users.accountWithEmail(invitation.email()).isPresent());
	}

	/**
	 * Opens the invited person's account with the password and language they chose, linked to
	 * their record, and returns the address to sign in with. The account has the role of the
	 * participation (mentee or mentor).
	 *
	 * @throws InvitationRefusedException when the link does not work, or their record has an account
	 * @throws InvitationNeedsSignInException when an account has the address: sign in to link it
	 * @throws org.passerelle.core.InvalidFieldException when the password breaks the policy
	 */
	public String accept(String token, String password, Language language) {
		var invitation = byToken(token);
		var now = clock.instant();
		invitation.open(now);
		var participant = participantOf(invitation);
		if (participant.user() != null) {
			throw new InvitationRefusedException(InvitationRefusedException.Reason.ALREADY_LINKED, null);
		}
		if (users.accountWithEmail(invitation.email()).isPresent()) {
			throw new InvitationNeedsSignInException();
		}
		var details = participant.details();
		var user = users.openInvited(invitation.email(), details.firstName() + " " + details.lastName(),
				invitation.role() == Audience.MENTOR ? Role.MENTOR : Role.MENTEE,
				organisationOfAccount(participant, invitation), language == null ? invitation.language() : language,
				password);
		link(invitation, participant, user, now);
		return invitation.email();
	}

	/**
	 * Links the signed-in person's existing account to their record, when its address is the one
	 * invited.
	 *
	 * @throws InvitationRefusedException when the link does not work, the record has an account, or
	 *         the signed-in account has another address
	 */
	public void acceptAsSignedIn(String token, Actor actor) {
		var invitation = byToken(token);
		var now = clock.instant();
		invitation.open(now);
		var participant = participantOf(invitation);
		if (!invitation.email().equalsIgnoreCase(actor.email())) {
			throw new InvitationRefusedException(InvitationRefusedException.Reason.OTHER_ACCOUNT, null);
		}
		link(invitation, participant, actor.userId(), now);
	}

	/**
	 * The person whose link no longer works asks for a new invitation: the program's coordinators
	 * are told (at most once a day). An unknown link asks nothing.
	 *
	 * @return whether the invitation is known and the request went through
	 */
	public boolean askForRenewal(String token) {
		var invitation = invitations.findByTokenHash(SecretTokens.hash(token));
		if (invitation.isEmpty()) {
			return false;
		}
		var found = invitation.get();
		if (found.askForRenewal(clock.instant())) {
			var details = participantOf(found).details();
			events.publishEvent(new ParticipantEvents.InvitationRenewalRequested(found.participant(), found.program(),
					details.firstName() + " " + details.lastName()));
		}
		return found.status(clock.instant()) != InvitationStatus.JOINED;
	}

	/**
	 * Invites a person just admitted, unless they have an account, no address or an invitation
	 * already: {@link InvitationsAtAdmission} calls it when invitations go out at admission.
	 */
	void inviteAdmitted(ParticipantEvents.ParticipantAdmitted event) {
		var participant = participants.findById(event.participant().value()).orElse(null);
		if (participant == null || participant.user() != null || participant.email() == null
				|| invitations.findByParticipantIdAndProgramIdAndRole(event.participant().value(), event.program().value(),
						event.role()).isPresent()) {
			return;
		}
		send(Actor.system(), participant, event.program(), event.role());
		log.info("Invited participant {} at admission to program {}", event.participant(), event.program());
	}

	private InvitationView send(Actor actor, Participant participant, ProgramId program, Audience role) {
		if (participant.user() != null) {
			throw new RuleViolationException("invitation.alreadyJoined");
		}
		var email = participant.email();
		if (email == null || email.isBlank()) {
			throw new RuleViolationException("invitation.noEmail");
		}
		var language = participant.details().preferredLanguage() == null ? Language.FR
				: participant.details().preferredLanguage();
		var token = SecretTokens.generate();
		var now = clock.instant();
		var expires = now.plus(validFor);
		UserId by = actor.equals(Actor.system()) ? null : actor.userId();
		var invitation = invitations
			.findByParticipantIdAndProgramIdAndRole(participant.id().value(), program.value(), role)
			.map(existing -> {
				existing.sendAgain(email, language, SecretTokens.hash(token), by, now, expires);
				return existing;
			})
			.orElseGet(() -> Invitation.send(participant.id(), program, role, email, language, SecretTokens.hash(token),
					by, now, expires));
		invitations.saveAndFlush(invitation);
		var link = baseAddress.configuredOrLocal() + "/invitations/" + token + "?lang=" + language.code();
		events.publishEvent(new ParticipantEvents.InvitationSent(participant.id(), program, invitation.email(),
				participant.details().firstName(), programs.find(Actor.system(), program).name(), language, link,
				expires));
		return view(invitation, participant);
	}

	private void link(Invitation invitation, Participant participant, UserId user, Instant now) {
		if (participant.user() != null) {
			throw new InvitationRefusedException(InvitationRefusedException.Reason.ALREADY_LINKED, null);
		}
		participant.linkAccount(user);
		participants.saveAndFlush(participant);
		invitation.accept(user, now);
		invitations.saveAndFlush(invitation);
	}

	/**
	 * Every account belongs to an organisation, which tells whom it works with: a mentor whose
	 * employer is a known organisation belongs to it (the employer then sees its mentors' accounts,
	 * as it sees their records); everyone else belongs to the lead organisation of the program they
	 * were admitted to, which runs the mentoring.
	 */
	private OrganisationId organisationOfAccount(Participant participant, Invitation invitation) {
		if (invitation.role() == Audience.MENTOR && participant.employerOrganisation() != null) {
			return participant.employerOrganisation();
		}
		return programs.find(Actor.system(), invitation.program()).leadOrganisation();
	}

	private Invitation byToken(String token) {
		return invitations.findByTokenHash(SecretTokens.hash(token))
			.orElseThrow(() -> new InvitationRefusedException(InvitationRefusedException.Reason.UNKNOWN, null));
	}

	private Participant participantOf(Invitation invitation) {
		return participants.findById(invitation.participant().value())
			.orElseThrow(() -> new InvitationRefusedException(InvitationRefusedException.Reason.UNKNOWN, null));
	}

	private Invitation coordinated(Actor actor, UUID id) {
		var invitation = invitations.findById(id).orElseThrow(() -> new NotFoundException("invitation", id));
		try {
			access.requireProgramOf(actor, invitation.program());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("invitation", id);
		}
		return invitation;
	}

	private static java.util.stream.Stream<Audience> enrolledRoles(Participant participant, ProgramId program) {
		return participant.participations()
			.stream()
			.filter(p -> p.programId().equals(program.value()) && p.status() == ParticipationStatus.ENROLLED)
			.map(Participation::role);
	}

	private InvitationView view(Invitation invitation, Participant participant) {
		var details = participant.details();
		return new InvitationView(invitation.id(), participant.id(), details.firstName() + " " + details.lastName(),
				invitation.email(), participant.email() != null, invitation.program(), invitation.role(),
				invitation.status(clock.instant()), invitation.sentAt(), invitation.expiresAt(), invitation.openedAt(),
				invitation.acceptedAt(), invitation.revokedAt());
	}

	private static InvitationView row(ResultSet rs, ProgramId program, Instant now) throws SQLException {
		var invitation = rs.getObject("invitation_id", UUID.class);
		var email = rs.getString("email");
		InvitationStatus status;
		if (invitation == null) {
			status = rs.getObject("user_id", UUID.class) != null ? InvitationStatus.JOINED : InvitationStatus.NOT_INVITED;
		}
		else if (rs.getTimestamp("accepted_at") != null) {
			status = InvitationStatus.JOINED;
		}
		else if (rs.getTimestamp("revoked_at") != null) {
			status = InvitationStatus.REVOKED;
		}
		else if (!now.isBefore(instant(rs, "expires_at"))) {
			status = InvitationStatus.EXPIRED;
		}
		else {
			status = rs.getTimestamp("opened_at") == null ? InvitationStatus.INVITED : InvitationStatus.OPENED;
		}
		if (invitation != null && status != InvitationStatus.JOINED && rs.getObject("user_id", UUID.class) != null) {
			// linked to an account some other way (another program's invitation, an administrator)
			status = InvitationStatus.JOINED;
		}
		return new InvitationView(invitation, new ParticipantId(rs.getObject("id", UUID.class)),
				rs.getString("first_name") + " " + rs.getString("last_name"),
				invitation == null ? email : rs.getString("invited_email"), email != null && !email.isBlank(), program,
				Audience.valueOf(rs.getString("role")), status, instant(rs, "sent_at"), instant(rs, "expires_at"),
				instant(rs, "opened_at"), instant(rs, "accepted_at"), instant(rs, "revoked_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
