package org.passerelle.participant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.passerelle.core.Language;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.Scope;
import org.passerelle.identity.UserId;
import org.passerelle.program.ProgramId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people: one person, a page of those matching a search, every one of them for an export,
 * scoped by the {@link AccessPolicy} as {@link ParticipantManagement} is; and, for other modules,
 * the names, accounts and programs of people they refer to. It only reads.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantDirectory {

	private final ParticipantRepository participants;

	private final ParticipantAccess access;

	private final AccessPolicy policy;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ParticipantDirectory(ParticipantRepository participants, ParticipantAccess access, AccessPolicy policy,
			JdbcClient jdbc, ApplicationEventPublisher events) {
		this.participants = participants;
		this.access = access;
		this.policy = policy;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The answer that holds for a purpose is a consent (the latest recorded); no answer is no consent. */
	private static final String CONSENTED = "coalesce((select c.granted from participant_consent c where "
			+ "c.participant_id = p.id and c.purpose = '%s' order by c.position desc limit 1), false)";

	/** The answer that holds for a purpose is a withdrawal or a refusal. */
	private static final String WITHDRAWN = "not coalesce((select c.granted from participant_consent c where "
			+ "c.participant_id = p.id and c.purpose = '%s' order by c.position desc limit 1), true)";

	/** One participant, if the actor may see them; otherwise not found. */
	public ParticipantView find(Actor actor, ParticipantId id) {
		return access.view(actor, access.visible(actor, id));
	}

	/**
	 * One participant's record opened by the actor to read it — their page, the API — which the audit
	 * trail records; otherwise as {@link #find}. A record that cannot be recorded is not shown.
	 */
	@Transactional
	public ParticipantView open(Actor actor, ParticipantId id) {
		var view = find(actor, id);
		events.publishEvent(PersonalDataAccessed.viewed(actor.userId().value(), id.value(), "participant"));
		if (view.accommodationNeeds() != null) {
			// kept encrypted (ADR 0026): the privacy officer finds who read them among the record's views
			events.publishEvent(PersonalDataAccessed.viewed(actor.userId().value(), id.value(), "accommodation-needs"));
		}
		return view;
	}

	/** A page of the participants the actor may see that match the search, by name. */
	public ParticipantPage search(Actor actor, ParticipantSearch search, int page, int size) {
		var pageSize = Math.max(1, Math.min(size, 200));
		var pageNumber = Math.max(0, page);
		var params = new HashMap<String, Object>();
		var where = where(actor, search, params);
		long total = jdbc.sql("select count(*) from participant p where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", pageSize);
		params.put("offset", (long) pageNumber * pageSize);
		return new ParticipantPage(summaries(where, params, " limit :limit offset :offset"), pageNumber, pageSize, total);
	}

	/**
	 * Every participant the actor may see that matches the search, for work that hands no one the
	 * list; a file people download is {@link #exportFile}, which the audit trail records.
	 */
	public List<ParticipantSummary> export(Actor actor, ParticipantSearch search) {
		var params = new HashMap<String, Object>();
		return summaries(where(actor, search, params), params, "");
	}

	/**
	 * Every participant the actor may see that matches the search, for a file the actor downloads:
	 * the audit trail records who exported whom ({@code format}: csv, xlsx), or nothing is exported.
	 */
	@Transactional
	public List<ParticipantSummary> exportFile(Actor actor, ParticipantSearch search, String format) {
		var exported = export(actor, search);
		if (!exported.isEmpty()) {
			events.publishEvent(PersonalDataAccessed.exported(actor.userId().value(),
					exported.stream().map(summary -> summary.id().value()).toList(), "participants." + format));
		}
		return exported;
	}

	/** The participant known by this e-mail address, if any; no scope (the privacy officer's searches). */
	public Optional<ParticipantId> withEmail(String email) {
		return email == null || email.isBlank() ? Optional.empty()
				: participants.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT)).map(Participant::id);
	}

	/**
	 * The participant, linked to this account, who withdrew (or refused) their consent to be
	 * contacted by e-mail, if any; no scope (the e-mails sent to people).
	 */
	public Optional<ParticipantId> refusingEmailWithAccount(UserId user) {
		return user == null ? Optional.empty() : jdbc.sql("select p.id from participant p where p.user_id = ? and "
				+ WITHDRAWN.formatted(ConsentPurpose.CONTACT_BY_EMAIL))
			.param(user.value())
			.query((rs, row) -> new ParticipantId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/**
	 * The participant with this e-mail address who withdrew (or refused) their consent to be
	 * contacted by e-mail, if any; no scope.
	 */
	public Optional<ParticipantId> refusingEmailAt(String address) {
		return address == null || address.isBlank() ? Optional.empty()
				: jdbc.sql("select p.id from participant p where p.email = ? and "
						+ WITHDRAWN.formatted(ConsentPurpose.CONTACT_BY_EMAIL))
					.param(address.strip().toLowerCase(java.util.Locale.ROOT))
					.query((rs, row) -> new ParticipantId(rs.getObject(1, UUID.class)))
					.optional();
	}

	/** Whether the answer that holds for the purpose is a consent (no answer is none); no scope. */
	public boolean consentsTo(ParticipantId id, ConsentPurpose purpose) {
		return jdbc.sql("select " + CONSENTED.formatted(purpose) + " from participant p where p.id = ?")
			.param(id.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The participant linked to a user account, if any. */
	public Optional<ParticipantId> participantOf(UserId user) {
		if (user == null) {
			return Optional.empty();
		}
		return participants.findByUserId(user.value()).map(Participant::id);
	}

	/** The programs a person takes part in, whatever their status; no scope. */
	public List<ProgramId> programsOf(ParticipantId id) {
		return jdbc.sql("select distinct program_id from participant_participation where participant_id = ?")
			.param(id.value())
			.query((rs, row) -> new ProgramId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** The user accounts of participants who have one, for telling them things; no scope. */
	public List<UserId> accounts(Collection<ParticipantId> ids) {
		return participants.findAllById(ids.stream().map(ParticipantId::value).distinct().toList())
			.stream()
			.map(Participant::user)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	/** The names of participants, for lists that show people another module refers to; no scope. */
	public Map<ParticipantId, String> names(Collection<ParticipantId> ids) {
		var names = new HashMap<ParticipantId, String>();
		participants.findAllById(ids.stream().map(ParticipantId::value).toList())
			.forEach(participant -> names.put(participant.id(),
					participant.details().firstName() + " " + participant.details().lastName()));
		return names;
	}

	private List<ParticipantSummary> summaries(String where, Map<String, Object> params, String paging) {
		var names = access.programNames();
		return jdbc.sql("""
				select p.id, p.first_name, p.last_name, p.email, p.city, p.occupation_code, p.target_occupation_code,
				  array(select l.language_code from participant_language l where l.participant_id = p.id
				        order by l.position) as languages,
				  array(select pp.program_id::text || '|' || pp.role || '|' || pp.status from participant_participation pp
				        where pp.participant_id = p.id order by pp.since) as participations
				from participant p where %s
				order by passerelle_fold(p.last_name), passerelle_fold(p.first_name), p.id%s""".formatted(where, paging))
			.params(params)
			.query((rs, row) -> summary(rs, names))
			.list();
	}

	private static ParticipantSummary summary(ResultSet rs, Map<UUID, String> names) throws SQLException {
		var participations = strings(rs.getArray("participations"));
		var programs = new ArrayList<String>();
		var roles = new ArrayList<String>();
		var statuses = new ArrayList<String>();
		for (var participation : participations) {
			var parts = participation.split("\\|");
			programs.add(names.getOrDefault(UUID.fromString(parts[0]), parts[0]));
			roles.add(parts[1]);
			statuses.add(parts[2]);
		}
		return new ParticipantSummary(new ParticipantId(rs.getObject("id", UUID.class)), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("email"), rs.getString("city"), rs.getString("occupation_code"),
				rs.getString("target_occupation_code"), strings(rs.getArray("languages")), programs, roles, statuses);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/** The SQL condition of the actor's scope and the search, with its parameters. */
	private String where(Actor actor, ParticipantSearch search, Map<String, Object> params) {
		var conditions = new ArrayList<String>();
		switch (policy.participantsVisibleTo(actor)) {
			case Scope.Everything everything -> conditions.add("true");
			case Scope.Nothing nothing -> conditions.add("false");
			// partners see people as ParticipantAccess.visible lets them, consent included
			case Scope.OfOrganisation(var organisation) -> {
				if (actor.is(Role.EMPLOYER)) {
					conditions.add("(p.employer_organisation_id = :scopeOrganisation and "
							+ CONSENTED.formatted(ConsentPurpose.SHARE_WITH_EMPLOYER) + ")");
				}
				else {
					conditions.add("(p.referred_by = :scopeOrganisation and (not exists (select 1 from "
							+ "participant_participation ap where ap.participant_id = p.id and ap.status in (:admitted)) or "
							+ CONSENTED.formatted(ConsentPurpose.SHARE_WITH_REFERRING_AGENCY) + "))");
					params.put("admitted", Participant.ADMITTED.stream().map(Enum::name).toList());
				}
				params.put("scopeOrganisation", organisation.value());
			}
			case Scope.OfPerson(var person) -> {
				var coordinated = access.coordinatedPrograms(actor);
				params.put("scopeUser", person.value());
				if (coordinated.isEmpty()) {
					conditions.add("p.user_id = :scopeUser");
				}
				else {
					params.put("scopePrograms", coordinated);
					conditions.add("(p.user_id = :scopeUser or exists (select 1 from participant_participation sp "
							+ "where sp.participant_id = p.id and sp.program_id in (:scopePrograms)))");
				}
			}
		}
		if (search.text() != null && !search.text().isBlank()) {
			params.put("text", search.text().strip());
			conditions.add("(p.search_vector @@ (websearch_to_tsquery('simple', passerelle_fold(:text)) "
					+ "|| websearch_to_tsquery('french', passerelle_fold(:text)) "
					+ "|| websearch_to_tsquery('english', passerelle_fold(:text))) "
					+ "or passerelle_fold(p.first_name || ' ' || p.last_name) like '%' || passerelle_fold(:text) || '%')");
		}
		if (search.programId() != null || search.role() != null || search.status() != null) {
			var participation = new StringBuilder("exists (select 1 from participant_participation fp where fp.participant_id = p.id");
			if (search.programId() != null) {
				participation.append(" and fp.program_id = :program");
				params.put("program", search.programId());
			}
			if (search.role() != null) {
				participation.append(" and fp.role = :role");
				params.put("role", search.role().name());
			}
			if (search.status() != null) {
				participation.append(" and fp.status = :status");
				params.put("status", search.status().name());
			}
			conditions.add(participation.append(")").toString());
		}
		if (search.occupation() != null && !search.occupation().isBlank()) {
			params.put("occupation", search.occupation().strip());
			conditions.add("(p.occupation_code like :occupation || '%' or p.target_occupation_code like :occupation || '%')");
		}
		if (search.language() != null && !search.language().isBlank()) {
			params.put("language", Language.primaryCode(search.language()));
			conditions.add("exists (select 1 from participant_language fl where fl.participant_id = p.id "
					+ "and fl.language_code = :language)");
		}
		if (search.city() != null && !search.city().isBlank()) {
			params.put("city", search.city().strip());
			conditions.add("passerelle_fold(p.city) = passerelle_fold(:city)");
		}
		return String.join(" and ", conditions);
	}
}
