package org.passerelle.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.passerelle.identity.SecretTokens;
import org.passerelle.participant.ParticipantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single-use links an e-mail carries so that a person who left the program can answer an
 * employment follow-up or a questionnaire without signing in. A link answers one thing, once,
 * within {@link #VALIDITY}; a new link for the same thing replaces the earlier unused ones, which
 * are then unknown. Only the
 * token's hash is stored ({@link SecretTokens}).
 */
@Component
@Transactional
class AnswerLinks {

	/** How long a link works after it was sent. */
	static final Duration VALIDITY = Duration.ofDays(30);

	/** How many new links "send me a new link" sends for one thing in any 24 hours. */
	static final int NEW_LINKS_A_DAY = 3;

	private final JdbcClient jdbc;

	private final Clock clock;

	AnswerLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new link for a person to answer one thing; earlier links to the same thing stop working.
	 *
	 * @return the token to put in the link, never stored as such
	 */
	String issue(AnswerLinkKind kind, UUID subject, ParticipantId participant) {
		var now = clock.instant();
		jdbc.sql("delete from answer_link where kind = :kind and subject_id = :subject and used_at is null")
			.param("kind", kind.name())
			.param("subject", subject)
			.update();
		var token = SecretTokens.generate();
		jdbc.sql("""
				insert into answer_link (id, token_hash, kind, subject_id, participant_id, created_at, expires_at)
				values (:id, :hash, :kind, :subject, :participant, :now, :expires)""")
			.param("id", UUID.randomUUID())
			.param("hash", SecretTokens.hash(token))
			.param("kind", kind.name())
			.param("subject", subject)
			.param("participant", participant.value())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(VALIDITY)))
			.update();
		return token;
	}

	/**
	 * Whether "send me a new link" may send one more link for a thing: at most
	 * {@value #NEW_LINKS_A_DAY} in any 24 hours, whoever asks, so that an old link cannot be used to
	 * flood a person's mailbox. When it may, the link about to be sent is counted.
	 */
	boolean allowNewLink(AnswerLinkKind kind, UUID subject) {
		var now = clock.instant();
		// one asker at a time per thing, so that simultaneous asks cannot pass the limit together
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "answer-link-request:" + kind + ":" + subject)
			.query((rs, row) -> 1)
			.list();
		var sentToday = jdbc.sql("""
				select count(*) from answer_link_request
				where kind = :kind and subject_id = :subject and requested_at > :since""")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("since", Timestamp.from(now.minus(Duration.ofDays(1))))
			.query(Long.class)
			.single();
		if (sentToday >= NEW_LINKS_A_DAY) {
			return false;
		}
		jdbc.sql("insert into answer_link_request (kind, subject_id, requested_at) values (:kind, :subject, :now)")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.update();
		return true;
	}

	/**
	 * What a link answers, if it still works.
	 *
	 * @throws AnswerLinkRefusedException when the link is unknown, of another kind, used or expired
	 */
	@Transactional(readOnly = true)
	AnswerLink open(AnswerLinkKind kind, String token) {
		var link = find(token).filter(found -> found.kind() == kind)
			.orElseThrow(() -> new AnswerLinkRefusedException(AnswerLinkRefusedException.Reason.UNKNOWN));
		if (link.usedAt() != null) {
			throw new AnswerLinkRefusedException(AnswerLinkRefusedException.Reason.USED);
		}
		if (!clock.instant().isBefore(link.expiresAt())) {
			throw new AnswerLinkRefusedException(AnswerLinkRefusedException.Reason.EXPIRED);
		}
		return link;
	}

	/**
	 * Uses a link up, in the transaction that saves the answer: of two answers sent at once through
	 * the same link, one is saved and the other refused.
	 */
	AnswerLink use(AnswerLinkKind kind, String token) {
		var link = open(kind, token);
		var used = jdbc.sql("""
				update answer_link set used_at = :now
				where id = :id and used_at is null and expires_at > :now""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", link.id())
			.update();
		if (used == 0) {
			throw new AnswerLinkRefusedException(AnswerLinkRefusedException.Reason.USED);
		}
		return link;
	}

	/**
	 * The link behind a token however it stands — used, expired or not — so that the person holding
	 * an old link can ask for a new one, sent to the address on file.
	 */
	@Transactional(readOnly = true)
	Optional<AnswerLink> find(String token) {
		return jdbc.sql("""
				select id, kind, subject_id, participant_id, expires_at, used_at
				from answer_link where token_hash = :hash""")
			.param("hash", SecretTokens.hash(token))
			.query((rs, row) -> new AnswerLink(rs.getObject("id", UUID.class),
					AnswerLinkKind.valueOf(rs.getString("kind")), rs.getObject("subject_id", UUID.class),
					new ParticipantId(rs.getObject("participant_id", UUID.class)),
					rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
			.optional();
	}

	/** A link as stored: what it answers, for whom, until when, and when it was used. */
	record AnswerLink(UUID id, AnswerLinkKind kind, UUID subject, ParticipantId participant, Instant expiresAt,
			Instant usedAt) {
	}
}
