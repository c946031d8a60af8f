package org.passerelle.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.core.PersonalDataAccessed.FieldChange;
import org.passerelle.core.PersonalDataAccessed.Kind;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of personal data (Law 25, R-PRIV-1): every {@link PersonalDataAccessed} written
 * down as it happens — one insert, in the thread and transaction of the access, so that an access
 * whose entry cannot be written fails too — in a table that refuses updates and deletes. The privacy
 * officer searches it by person, user and period; each person reads who reached their own file
 * (Law 25 s. 27).
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AccessPolicy policy;

	private final UserManagement users;

	private final ParticipantDirectory participants;

	private final Clock clock;

	private final TransactionTemplate writeAlone;

	AuditTrail(JdbcClient jdbc, JsonMapper json, AccessPolicy policy, UserManagement users,
			ParticipantDirectory participants, Clock clock, PlatformTransactionManager transactions) {
		this.writeAlone = new TransactionTemplate(transactions);
		this.writeAlone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
		this.json = json;
		this.policy = policy;
		this.users = users;
		this.participants = participants;
		this.clock = clock;
	}

	/**
	 * Writes the access down, in the caller's transaction when it writes (a change is recorded with
	 * it, or not at all), in one of its own when the caller only reads. Any failure is thrown to the
	 * caller: the access fails with it.
	 */
	@EventListener
	void record(PersonalDataAccessed access) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			writeAlone.executeWithoutResult(status -> insert(access));
		}
		else {
			insert(access);
		}
	}

	private void insert(PersonalDataAccessed access) {
		jdbc.sql("""
				insert into audit_entry (at, user_id, address, action, persons, subject, changes)
				values (:at, :user, :address, :action, cast(:persons as uuid[]), :subject, cast(:changes as jsonb))""")
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("user", access.by())
			.param("address", address().orElse(null))
			.param("action", access.kind().name())
			.param("persons", access.persons().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
			.param("subject", access.subject())
			.param("changes", access.kind() == Kind.CHANGE ? json.writeValueAsString(access.changes()) : null)
			.update();
	}

	/** A page of the entries that match, the most recent first (the privacy officer). */
	public AuditPage search(Actor actor, AuditSearch search, int page, int size) {
		policy.require(policy.mayReadAuditTrail(actor));
		var pageSize = Math.max(1, Math.min(size, 500));
		var pageNumber = Math.max(0, page);
		var params = new HashMap<String, Object>();
		var where = where(search, params);
		long total = jdbc.sql("select count(*) from audit_entry where " + where).params(params).query(Long.class).single();
		params.put("limit", pageSize);
		params.put("offset", (long) pageNumber * pageSize);
		return new AuditPage(entries(where, params, " limit :limit offset :offset"), pageNumber, pageSize, total);
	}

	/** How many entries were written today, in the installation's time zone (the privacy officer). */
	public long countToday(Actor actor) {
		policy.require(policy.mayReadAuditTrail(actor));
		var today = java.time.LocalDate.now(clock);
		return jdbc.sql("select count(*) from audit_entry where at >= ?")
			.param(java.sql.Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant()))
			.query(Long.class)
			.single();
	}

	/** Every entry that matches, the most recent first, for an export (the privacy officer). */
	public List<AuditEntry> export(Actor actor, AuditSearch search) {
		policy.require(policy.mayReadAuditTrail(actor));
		var params = new HashMap<String, Object>();
		return entries(where(search, params), params, "");
	}

	/**
	 * Who reached the actor's own file, the most recent first: the views, downloads, exports and
	 * changes by anyone but themself (Law 25 s. 27). Empty for an account that is no participant.
	 */
	public List<AuditEntry> accessesToOwnFile(Actor actor) {
		var person = participants.participantOf(actor.userId());
		if (person.isEmpty()) {
			return List.of();
		}
		var params = new HashMap<String, Object>();
		params.put("person", person.get().value().toString());
		params.put("self", actor.userId().value());
		return entries("persons @> array[cast(:person as uuid)] and user_id <> :self", params, " limit 500");
	}

	/** The participant a privacy officer names by e-mail address or by id, if known. */
	public Optional<UUID> person(String emailOrId) {
		if (emailOrId == null || emailOrId.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(emailOrId.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return participants.withEmail(emailOrId).map(ParticipantId::value);
		}
	}

	/** The user account a privacy officer names by e-mail address or by id, if known. */
	public Optional<UUID> user(String emailOrId) {
		if (emailOrId == null || emailOrId.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(emailOrId.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return users.accountWithEmail(emailOrId.strip()).map(UserId::value);
		}
	}

	private String where(AuditSearch search, Map<String, Object> params) {
		var conditions = new ArrayList<String>();
		conditions.add("true");
		if (search.person() != null) {
			params.put("person", search.person().toString());
			conditions.add("persons @> array[cast(:person as uuid)]");
		}
		if (search.user() != null) {
			params.put("user", search.user());
			conditions.add("user_id = :user");
		}
		ZoneId zone = clock.getZone();
		if (search.from() != null) {
			params.put("from", java.sql.Timestamp.from(search.from().atStartOfDay(zone).toInstant()));
			conditions.add("at >= :from");
		}
		if (search.to() != null) {
			params.put("to", java.sql.Timestamp.from(search.to().plusDays(1).atStartOfDay(zone).toInstant()));
			conditions.add("at < :to");
		}
		return String.join(" and ", conditions);
	}

	private List<AuditEntry> entries(String where, Map<String, Object> params, String paging) {
		var rows = jdbc.sql("select id, at, user_id, address, action, persons, subject, changes from audit_entry where "
				+ where + " order by at desc, id desc" + paging)
			.params(params)
			.query((rs, row) -> row(rs))
			.list();
		var userIds = new HashSet<UserId>();
		var single = new HashSet<ParticipantId>();
		rows.forEach(row -> {
			userIds.add(row.user());
			if (row.persons().size() == 1) {
				single.add(new ParticipantId(row.persons().getFirst()));
			}
		});
		var userNames = users.names(userIds);
		var personNames = participants.names(single);
		return rows.stream()
			.map(row -> new AuditEntry(row.id(), row.at(), row.user(), userNames.get(row.user()), row.address(),
					row.action(), row.persons(),
					row.persons().size() == 1 ? personNames.get(new ParticipantId(row.persons().getFirst())) : null,
					row.subject(), row.changes()))
			.toList();
	}

	private Row row(ResultSet rs) throws SQLException {
		var persons = rs.getArray("persons");
		var changes = rs.getString("changes");
		return new Row(rs.getLong("id"), rs.getTimestamp("at").toInstant(), new UserId(rs.getObject("user_id", UUID.class)),
				rs.getString("address"), Kind.valueOf(rs.getString("action")),
				persons == null ? List.of() : List.of((UUID[]) persons.getArray()),
				rs.getString("subject"), changes == null ? List.of() : json.readValue(changes, CHANGES));
	}

	private record Row(long id, java.time.Instant at, UserId user, String address, Kind action, List<UUID> persons,
			String subject, List<FieldChange> changes) {
	}

	private static Optional<String> address() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.ofNullable(attributes.getRequest()).map(HttpServletRequest::getRemoteAddr) : Optional.empty();
	}
}
