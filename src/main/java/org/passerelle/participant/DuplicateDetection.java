package org.passerelle.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the people already known whom new details may describe — the same e-mail address, or the
 * same name and birth date, names compared without accents or case — for a form, the API and an
 * import alike; and merges a duplicate record into the one kept.
 */
@Service
@Transactional
public class DuplicateDetection {

	private final ParticipantRepository participants;

	private final ParticipantAccess access;

	private final AccessPolicy policy;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DuplicateDetection(ParticipantRepository participants, ParticipantAccess access, AccessPolicy policy,
			JdbcClient jdbc, ApplicationEventPublisher events) {
		this.participants = participants;
		this.access = access;
		this.policy = policy;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** People already known who may be the person described: same e-mail, or same name and birth date. */
	@Transactional(readOnly = true)
	public List<DuplicateCandidate> possibleDuplicates(ParticipantDetails details, ParticipantId except) {
		var email = details.email() == null || details.email().isBlank() ? "" : details.email().strip().toLowerCase(Locale.ROOT);
		return jdbc.sql("""
				select id, first_name, last_name, email, birth_date from participant
				where (:email <> '' and email = :email
				   or :birth::date is not null and birth_date = :birth::date
				      and passerelle_fold(first_name || ' ' || last_name) = passerelle_fold(:name))
				  and (:except::uuid is null or id <> :except::uuid)
				order by last_name, first_name""")
			.param("email", email)
			.param("birth", details.birthDate())
			.param("name", details.firstName().strip() + " " + details.lastName().strip())
			.param("except", except == null ? null : except.value())
			.query((rs, row) -> new DuplicateCandidate(new ParticipantId(rs.getObject("id", UUID.class)),
					rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
					rs.getObject("birth_date", LocalDate.class)))
			.list();
	}

	/**
	 * Merges a duplicate record into the one kept: its participations, checks, consents and the
	 * values the kept record lacks move over, and the duplicate disappears. The audit trail records
	 * it under both people, in this transaction, with the fields of the record kept that changed.
	 */
	public ParticipantView merge(Actor actor, ParticipantId kept, ParticipantId duplicate) {
		policy.require(policy.mayManageParticipants(actor));
		if (kept.equals(duplicate)) {
			throw new RuleViolationException("participant.merge.same");
		}
		var keep = access.visible(actor, kept);
		var other = access.visible(actor, duplicate);
		var otherEmail = other.email();
		var before = ParticipantChanges.fields(keep);
		keep.absorb(other);
		// the duplicate goes first, so that its e-mail address is free for the record kept
		participants.delete(other);
		participants.flush();
		keep.adoptEmail(otherEmail);
		var saved = access.save(keep);
		events.publishEvent(new PersonalDataAccessed(PersonalDataAccessed.Kind.CHANGE, actor.userId().value(),
				List.of(kept.value(), duplicate.value()), "participant-merge " + duplicate.value(),
				ParticipantChanges.between(before, ParticipantChanges.fields(saved))));
		return access.view(actor, saved);
	}

	/**
	 * The people these details most likely describe, each found by the same e-mail, else by the
	 * same name and birth date: two queries for the whole list, then their records read whole in
	 * a fixed number of queries per thousand people.
	 */
	Known known(Collection<ParticipantDetails> details) {
		var emails = details.stream()
			.map(ParticipantDetails::email)
			.filter(email -> email != null && !email.isBlank())
			.map(email -> email.strip().toLowerCase(Locale.ROOT))
			.distinct()
			.toArray(String[]::new);
		var byEmail = new HashMap<String, UUID>();
		if (emails.length > 0) {
			jdbc.sql("select id, email from participant where email = any(?)")
				.param(emails)
				.query((rs, row) -> byEmail.put(rs.getString("email"), rs.getObject("id", UUID.class)))
				.list();
		}
		// a birth date validation would refuse is never anyone's
		var identities = details.stream()
			.filter(d -> d.birthDate() != null && d.birthDate().getYear() >= 1900 && d.birthDate().getYear() <= 9999
					&& d.firstName() != null && d.lastName() != null)
			.filter(d -> d.email() == null || !byEmail.containsKey(d.email().strip().toLowerCase(Locale.ROOT)))
			.map(d -> new Identity(d.birthDate(), d.firstName().strip() + " " + d.lastName().strip()))
			.distinct()
			.toList();
		var byIdentity = new HashMap<Identity, UUID>();
		if (!identities.isEmpty()) {
			jdbc.sql("""
					select k.name, k.birth, p.id
					from unnest(?::text[], ?::date[]) as k(name, birth)
					join participant p on p.birth_date = k.birth
					  and passerelle_fold(p.first_name || ' ' || p.last_name) = passerelle_fold(k.name)
					order by p.last_name, p.first_name""")
				.param(identities.stream().map(Identity::name).toArray(String[]::new))
				.param(identities.stream().map(identity -> identity.birth().toString()).toArray(String[]::new))
				.query((rs, row) -> byIdentity.putIfAbsent(
						new Identity(rs.getObject("birth", LocalDate.class), rs.getString("name")), rs.getObject("id", UUID.class)))
				.list();
		}
		var ids = new HashSet<UUID>(byEmail.values());
		ids.addAll(byIdentity.values());
		var loaded = new HashMap<UUID, Participant>();
		var all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 1000) {
			participants.whole(all.subList(from, Math.min(all.size(), from + 1000)))
				.forEach(participant -> loaded.put(participant.id().value(), participant));
		}
		return new Known(byEmail, byIdentity, loaded);
	}

	/** People already known, by the e-mail address or the identity (birth date and name) of details. */
	static final class Known {

		private final Map<String, UUID> byEmail;

		private final Map<Identity, UUID> byIdentity;

		private final Map<UUID, Participant> participants;

		private Known(Map<String, UUID> byEmail, Map<Identity, UUID> byIdentity, Map<UUID, Participant> participants) {
			this.byEmail = byEmail;
			this.byIdentity = byIdentity;
			this.participants = participants;
		}

		/** The person the details most likely describe: same e-mail, else same name and birth date. */
		Optional<Participant> of(ParticipantDetails details) {
			UUID id = null;
			if (details.email() != null && !details.email().isBlank()) {
				id = byEmail.get(details.email().strip().toLowerCase(Locale.ROOT));
			}
			if (id == null && details.birthDate() != null && details.firstName() != null && details.lastName() != null) {
				id = byIdentity.get(new Identity(details.birthDate(),
						details.firstName().strip() + " " + details.lastName().strip()));
			}
			return Optional.ofNullable(id == null ? null : participants.get(id));
		}
	}

	private record Identity(LocalDate birth, String name) {
	}
}
