package org.passerelle.matching;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connector programs (R-MAT-6, the Halifax model): a connector meets a newcomer for about half an
 * hour and refers them to contacts of their network — at least as many as the program asks — and
 * the newcomer records what came of each contact. The newcomer's network grows with every
 * connector met.
 */
@Service
@Transactional
public class ConnectorIntroductions {

	static final int DEFAULT_MINIMUM_CONTACTS = 3;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final MatchPools pools;

	private final JdbcClient jdbc;

	private final Clock clock;

	ConnectorIntroductions(ProgramManagement programs, ParticipantDirectory participants, MatchPools pools,
			JdbcClient jdbc, Clock clock) {
		this.programs = programs;
		this.participants = participants;
		this.pools = pools;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A contact as the connector gives it. */
	public record ContactDetails(String name, String organisation, String occupation, String email) {
	}

	/**
	 * Records a meeting of a connector with a newcomer of the program, and the contacts referred:
	 * by the program's coordinators, or by the connector themselves. Both must have completed the
	 * program's intake; the meeting cannot be in the future.
	 */
	public Network recordIntroduction(Actor actor, ProgramId program, ParticipantId connector, ParticipantId newcomer,
			LocalDate metOn, Integer minutes, String notes, List<ContactDetails> contacts) {
		var coordinates = programs.coordinates(actor, program);
		var self = participants.participantOf(actor.userId()).map(connector::equals).orElse(false);
		if (!coordinates && !self) {
			throw new NotFoundException("program", program);
		}
		var pool = pools.load(program);
		var connectorProfile = pool.profile(connector, Audience.MENTOR);
		var newcomerProfile = pool.profile(newcomer, Audience.MENTEE);
		if (connectorProfile == null || newcomerProfile == null) {
			throw new NotFoundException("introduction", connector + "/" + newcomer);
		}
		if (!pool.matchable(connector) || !pool.matchable(newcomer)) {
			throw new RuleViolationException("introduction.notMatchable");
		}
		if (metOn == null || metOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidFieldException("metOn", "introduction.metOn.future");
		}
		var given = contacts == null ? List.<ContactDetails>of()
				: contacts.stream().filter(contact -> contact != null && contact.name() != null && !contact.name().isBlank()).toList();
		int minimum = minimumContacts(program);
		if (given.size() < minimum) {
			throw new InvalidFieldException("contacts", "introduction.contacts.tooFew", minimum);
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into introduction (id, version, program_id, connector_id, newcomer_id, met_on, minutes, notes,
				                          recorded_at, recorded_by)
				values (:id, 0, :program, :connector, :newcomer, :on, :minutes, :notes, :at, :by)""")
			.param("id", id)
			.param("program", program.value())
			.param("connector", connector.value())
			.param("newcomer", newcomer.value())
			.param("on", Date.valueOf(metOn))
			.param("minutes", minutes)
			.param("notes", blankToNull(notes))
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actor.userId().value())
			.update();
		for (int i = 0; i < given.size(); i++) {
			insertContact(id, i, given.get(i));
		}
		return network(Actor.system(), newcomer);
	}

	/** Adds a contact to an introduction, as the connector thinks of someone else afterwards. */
	public Network addContact(Actor actor, UUID introduction, ContactDetails contact) {
		var found = introduction(introduction);
		var self = participants.participantOf(actor.userId()).map(found.connector()::equals).orElse(false);
		if (!programs.coordinates(actor, found.program()) && !self) {
			throw new NotFoundException("introduction", introduction);
		}
		if (contact == null || contact.name() == null || contact.name().isBlank()) {
			throw new InvalidFieldException("name", "introduction.contact.name.required");
		}
		int position = jdbc.sql("select coalesce(max(position) + 1, 0) from introduction_contact where introduction_id = ?")
			.param(introduction)
			.query(Integer.class)
			.single();
		insertContact(introduction, position, contact);
		return network(Actor.system(), found.newcomer());
	}

	/**
	 * Records what came of a contact: by the newcomer themselves, or by a coordinator of the
	 * program. The date cannot be in the future.
	 */
	public Network recordFollowUp(Actor actor, UUID contact, LocalDate on, FollowUpOutcome outcome, String notes) {
		var introductionId = jdbc.sql("select introduction_id from introduction_contact where id = ?")
			.param(contact)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("contact", contact));
		var found = introduction(introductionId);
		var self = participants.participantOf(actor.userId()).map(found.newcomer()::equals).orElse(false);
		if (!self && !programs.coordinates(actor, found.program())) {
			throw new NotFoundException("contact", contact);
		}
		if (on == null || on.isAfter(LocalDate.now(clock))) {
			throw new InvalidFieldException("on", "introduction.followUp.future");
		}
		if (outcome == null) {
			throw new InvalidFieldException("outcome", "introduction.followUp.outcome.required");
		}
		jdbc.sql("""
				insert into contact_follow_up (contact_id, position, on_date, outcome, notes, recorded_at)
				values (:contact, (select coalesce(max(position) + 1, 0) from contact_follow_up where contact_id = :contact),
				        :on, :outcome, :notes, :at)""")
			.param("contact", contact)
			.param("on", Date.valueOf(on))
			.param("outcome", outcome.name())
			.param("notes", blankToNull(notes))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return network(Actor.system(), found.newcomer());
	}

	/** A newcomer's network, for the newcomer and the coordinators of the programs they met connectors in. */
	@Transactional(readOnly = true)
	public Network network(Actor actor, ParticipantId newcomer) {
		var introductions = jdbc.sql("""
				select id, program_id, connector_id, met_on, minutes, notes from introduction
				where newcomer_id = ? order by met_on, recorded_at""")
			.param(newcomer.value())
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), new ProgramId(rs.getObject("program_id", UUID.class)),
					new ParticipantId(rs.getObject("connector_id", UUID.class)), rs.getObject("met_on", LocalDate.class),
					(Integer) rs.getObject("minutes"), rs.getString("notes")))
			.list();
		var self = participants.participantOf(actor.userId()).map(newcomer::equals).orElse(false);
		if (!self && participants.programsOf(newcomer).stream().noneMatch(program -> programs.coordinates(actor, program))) {
			throw new NotFoundException("network", newcomer);
		}
		var names = participants.names(introductions.stream().map(Row::connector).distinct().toList());
		var programNames = new HashMap<ProgramId, String>();
		var list = new ArrayList<Network.Introduction>();
		for (var row : introductions) {
			var name = programNames.computeIfAbsent(row.program(), id -> programs.find(Actor.system(), id).name());
			list.add(new Network.Introduction(row.id(), row.program(), name, row.connector(),
					names.getOrDefault(row.connector(), ""), row.metOn(), row.minutes(), row.notes(),
					minimumContacts(row.program()), contacts(row.id())));
		}
		var newcomerName = participants.names(List.of(newcomer)).getOrDefault(newcomer, "");
		return new Network(newcomer, newcomerName, list);
	}

	/** The introductions of a program, newest first, for its coordinators; or those a connector made. */
	@Transactional(readOnly = true)
	public List<IntroductionSummary> introductions(Actor actor, ProgramId program) {
		var coordinates = programs.coordinates(actor, program);
		var me = participants.participantOf(actor.userId()).orElse(null);
		if (!coordinates && me == null) {
			throw new NotFoundException("program", program);
		}
		var rows = jdbc.sql("""
				select i.id, i.connector_id, i.newcomer_id, i.met_on,
				       (select count(*) from introduction_contact c where c.introduction_id = i.id) as contacts
				from introduction i where i.program_id = ? order by i.met_on desc, i.recorded_at desc""")
			.param(program.value())
			.query((rs, row) -> new IntroductionSummary(rs.getObject("id", UUID.class),
					new ParticipantId(rs.getObject("connector_id", UUID.class)), null,
					new ParticipantId(rs.getObject("newcomer_id", UUID.class)), null, rs.getObject("met_on", LocalDate.class),
					rs.getInt("contacts")))
			.list()
			.stream()
			.filter(summary -> coordinates || summary.connector().equals(me))
			.toList();
		var ids = new ArrayList<ParticipantId>();
		rows.forEach(summary -> {
			ids.add(summary.connector());
			ids.add(summary.newcomer());
		});
		var names = participants.names(ids);
		return rows.stream()
			.map(summary -> new IntroductionSummary(summary.id(), summary.connector(), names.get(summary.connector()),
					summary.newcomer(), names.get(summary.newcomer()), summary.metOn(), summary.contacts()))
			.toList();
	}

	/** An introduction as a line of a list. */
	public record IntroductionSummary(UUID id, ParticipantId connector, String connectorName, ParticipantId newcomer,
			String newcomerName, LocalDate metOn, int contacts) {
	}

	/** How many contacts the program asks each connector to give. */
	public int minimumContacts(ProgramId program) {
		var minimum = programs.find(Actor.system(), program).rules().minimumReferrals();
		return minimum == null ? DEFAULT_MINIMUM_CONTACTS : minimum;
	}

	private record Row(UUID id, ProgramId program, ParticipantId connector, LocalDate metOn, Integer minutes,
			String notes) {
	}

	private record Found(UUID id, ProgramId program, ParticipantId connector, ParticipantId newcomer) {
	}

	private Found introduction(UUID id) {
		return jdbc.sql("select id, program_id, connector_id, newcomer_id from introduction where id = ?")
			.param(id)
			.query((rs, row) -> new Found(rs.getObject("id", UUID.class), new ProgramId(rs.getObject("program_id", UUID.class)),
					new ParticipantId(rs.getObject("connector_id", UUID.class)),
					new ParticipantId(rs.getObject("newcomer_id", UUID.class))))
			.optional()
			.orElseThrow(() -> new NotFoundException("introduction", id));
	}

	private List<Network.Contact> contacts(UUID introduction) {
		var followUps = new LinkedHashMap<UUID, List<Network.FollowUp>>();
		jdbc.sql("""
				select f.contact_id, f.on_date, f.outcome, f.notes, f.recorded_at from contact_follow_up f
				join introduction_contact c on c.id = f.contact_id
				where c.introduction_id = ? order by f.on_date, f.position""")
			.param(introduction)
			.query((rs, row) -> {
				followUps.computeIfAbsent(rs.getObject("contact_id", UUID.class), key -> new ArrayList<>())
					.add(new Network.FollowUp(rs.getObject("on_date", LocalDate.class),
							FollowUpOutcome.valueOf(rs.getString("outcome")), rs.getString("notes"),
							rs.getTimestamp("recorded_at").toInstant()));
				return null;
			})
			.list();
		return jdbc.sql("""
				select id, name, organisation, occupation, email from introduction_contact
				where introduction_id = ? order by position""")
			.param(introduction)
			.query((rs, row) -> new Network.Contact(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("organisation"), rs.getString("occupation"), rs.getString("email"),
					followUps.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	private void insertContact(UUID introduction, int position, ContactDetails contact) {
		jdbc.sql("""
				insert into introduction_contact (introduction_id, position, id, name, organisation, occupation, email)
				values (:introduction, :position, :id, :name, :organisation, :occupation, :email)""")
			.param("introduction", introduction)
			.param("position", position)
			.param("id", UUID.randomUUID())
			.param("name", contact.name().strip())
			.param("organisation", blankToNull(contact.organisation()))
			.param("occupation", blankToNull(contact.occupation()))
			.param("email", blankToNull(contact.email()))
			.update();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
