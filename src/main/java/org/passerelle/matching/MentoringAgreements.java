package org.passerelle.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.passerelle.core.DocumentContent;
import org.passerelle.core.FieldEncryption;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentoring agreement of each program — versioned, in both languages — and its signature by
 * the mentee and the mentor of a pair: by themselves, or on paper, recorded by a coordinator on
 * their behalf with the day they signed and, if kept, the scan of the page (R-ACC-3). When both
 * have signed the version in force, the mentorship starts. The scans are encrypted at rest
 * (ADR 0026) and each download is recorded in the audit trail.
 */
@Service
@Transactional
public class MentoringAgreements {

	private final MatchingAccess access;

	private final Proposals proposals;

	private final MatchRepository matches;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final FieldEncryption encryption;

	MentoringAgreements(MatchingAccess access, Proposals proposals, MatchRepository matches, ProgramManagement programs,
			ParticipantDirectory participants, MessageSource messages, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events, FieldEncryption encryption) {
		this.access = access;
		this.proposals = proposals;
		this.matches = matches;
		this.programs = programs;
		this.participants = participants;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.encryption = encryption;
	}

	/**
	 * The agreement in force in a program, for its coordinators and the people taking part in it;
	 * before any version is published, the default text (version 1).
	 */
	@Transactional(readOnly = true)
	public AgreementView agreement(Actor actor, ProgramId program) {
		if (actor.is(Role.MENTEE) || actor.is(Role.MENTOR)) {
			var me = participants.participantOf(actor.userId());
			if (me.isEmpty() || !participants.programsOf(me.get()).contains(program)) {
				throw new NotFoundException("program", program);
			}
		}
		else {
			programs.find(actor, program);
		}
		var current = published(program).orElseGet(() -> defaultText(program));
		return new AgreementView(program, current.version(), current.textEn(), current.textFr(), current.publishedAt());
	}

	/** Publishes a new version of the program's agreement; signatures on older versions stay dated. */
	public AgreementView publish(Actor actor, ProgramId program, String textEn, String textFr) {
		access.requireCoordination(actor, program);
		if (textEn == null || textEn.isBlank()) {
			throw new InvalidFieldException("textEn", "agreement.text.required");
		}
		if (textFr == null || textFr.isBlank()) {
			throw new InvalidFieldException("textFr", "agreement.text.required");
		}
		var version = inForce(program).version() + 1;
		insert(program, version, textEn.strip(), textFr.strip(), actor);
		return agreement(actor, program);
	}

	/**
	 * The mentee or the mentor accepts the agreement in force, themselves; when both have, the
	 * mentorship starts. Signing twice is refused.
	 */
	public MatchView sign(Actor actor, MatchId id, long version, Locale locale) {
		var match = access.visible(actor, id);
		match.requireVersion(version);
		var me = participants.participantOf(actor.userId()).orElse(null);
		if (me == null || !me.equals(match.mentee()) && !me.equals(match.mentor())) {
			throw new RuleViolationException("match.sign.self");
		}
		var agreement = inForce(match.program());
		match.sign(me.equals(match.mentee()), agreement.id(), agreement.version(), clock.instant(), LocalDate.now(clock));
		matches.saveAndFlush(match);
		return proposals.find(actor, id, locale);
	}

	/**
	 * A coordinator of the program records that the mentee or the mentor signed the agreement in
	 * force on paper, on {@code signedOn}, with the scan of the signed page if one is given. A
	 * person who already signed is refused, whoever recorded it.
	 */
	public MatchView signOnPaper(Actor actor, MatchId id, long version, Audience side, LocalDate signedOn, Scan scan,
			Locale locale) {
		var match = access.visible(actor, id);
		access.requireCoordination(actor, match.program());
		if (side == null) {
			throw new InvalidFieldException("side", "match.side.required");
		}
		var type = scan == null ? null : scanType(scan);
		match.requireVersion(version);
		var agreement = inForce(match.program());
		match.signOnPaper(side == Audience.MENTEE, agreement.id(), agreement.version(), signedOn, actor.userId(),
				clock.instant(), LocalDate.now(clock));
		matches.saveAndFlush(match);
		if (scan != null) {
			jdbc.sql("""
					insert into match_signature_scan (match_id, side, file_name, content_type, content, recorded_at, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (match_id, side) do update set file_name = excluded.file_name,
					  content_type = excluded.content_type, content = excluded.content,
					  recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
				.params(id.value(), side.name(), fileName(scan.fileName()), type, encryption.encrypt(scan.content()),
						Timestamp.from(clock.instant()), actor.userId().value())
				.update();
		}
		return proposals.find(actor, id, locale);
	}

	/**
	 * The scan of a paper signature, for the program's coordinators. The audit trail records the
	 * download for the person who signed, or the scan is not given.
	 */
	public Scan scan(Actor actor, MatchId id, Audience side, Locale locale) {
		var match = access.visible(actor, id);
		access.requireCoordination(actor, match.program());
		var scan = jdbc.sql("select file_name, content_type, content from match_signature_scan where match_id = ? and side = ?")
			.params(id.value(), side == null ? "" : side.name())
			.query((rs, row) -> new Scan(rs.getString("file_name"), rs.getString("content_type"),
					encryption.decrypt(rs.getBytes("content"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("scan", id));
		var signer = side == Audience.MENTEE ? match.mentee() : match.mentor();
		events.publishEvent(PersonalDataAccessed.downloaded(actor.userId().value(), signer.value(),
				"signature-scan " + scan.fileName()));
		return scan;
	}

	/** The scan of a signed page: its file name, its type (as read from its content) and its bytes. */
	public record Scan(String fileName, String contentType, byte[] content) {
	}

	private static String scanType(Scan scan) {
		if (scan.content() == null || scan.content().length == 0) {
			throw new InvalidFieldException("scan", "agreement.paper.scan.empty");
		}
		if (scan.content().length > DocumentContent.MAXIMUM_BYTES) {
			throw new InvalidFieldException("scan", "agreement.paper.scan.size", DocumentContent.MAXIMUM_BYTES / (1024 * 1024));
		}
		return DocumentContent.scanTypeOf(scan.content())
			.orElseThrow(() -> new InvalidFieldException("scan", "agreement.paper.scan.type"));
	}

	private static String fileName(String name) {
		return org.passerelle.core.FileNames.plain(name, "signature");
	}

	/** The version in force, written from the default text when none was published yet: a signature needs it. */
	private Agreement inForce(ProgramId program) {
		return published(program).orElseGet(() -> {
			var initial = defaultText(program);
			insert(program, 1, initial.textEn(), initial.textFr(), null);
			return published(program).orElseThrow();
		});
	}

	private java.util.Optional<Agreement> published(ProgramId program) {
		return jdbc.sql("""
				select id, version, text_en, text_fr, published_at from mentoring_agreement
				where program_id = ? order by version desc limit 1""")
			.param(program.value())
			.query((rs, row) -> new Agreement(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("text_en"),
					rs.getString("text_fr"), rs.getTimestamp("published_at").toInstant()))
			.optional();
	}

	private Agreement defaultText(ProgramId program) {
		var name = programs.find(Actor.system(), program).name();
		return new Agreement(null, 1, messages.getMessage("agreement.default", new Object[] { name }, Locale.ENGLISH),
				messages.getMessage("agreement.default", new Object[] { name }, Locale.FRENCH), null);
	}

	private void insert(ProgramId program, int version, String textEn, String textFr, Actor by) {
		jdbc.sql("""
				insert into mentoring_agreement (id, program_id, version, text_en, text_fr, published_at, published_by)
				values (:id, :program, :version, :en, :fr, :at, :by)
				on conflict (program_id, version) do nothing""")
			.param("id", UUID.randomUUID())
			.param("program", program.value())
			.param("version", version)
			.param("en", textEn)
			.param("fr", textFr)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", by == null || by.userId() == null ? null : by.userId().value())
			.update();
	}

	private record Agreement(UUID id, int version, String textEn, String textFr, Instant publishedAt) {
	}
}
