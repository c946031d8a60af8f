package org.passerelle.mentorship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.passerelle.activity.Activities;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion certificates (R-MEN-8). When a mentorship closes and its program's completion rule
 * holds for the mentee, a certificate is issued, once; a coordinator may also issue it by hand
 * while the rule holds, and revoke it with a reason. The mentee and the program's coordinators
 * download it — the mentor does not — and anyone holding its verification code learns whether it
 * is valid.
 */
@Service
@Transactional
public class Certificates {

	private final CertificateRepository certificates;

	private final MentorshipRepository mentorships;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final CertificatePdf pdf;

	private final JdbcClient jdbc;

	private final Activities activities;

	private final MentorshipManagement management;

	private final Clock clock;

	Certificates(CertificateRepository certificates, MentorshipRepository mentorships, ProgramManagement programs,
			ParticipantDirectory participants, CertificatePdf pdf, JdbcClient jdbc, Activities activities,
			MentorshipManagement management, Clock clock) {
		this.management = management;
		this.activities = activities;
		this.certificates = certificates;
		this.mentorships = mentorships;
		this.programs = programs;
		this.participants = participants;
		this.pdf = pdf;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Where the mentorship stands with its certificate, for its pair and its program's coordinators. */
	@Transactional(readOnly = true)
	public CertificateStatus status(Actor actor, MentorshipId id) {
		var mentorship = existing(id);
		var side = sideOf(actor, mentorship);
		var inForce = certificates.findByMentorshipIdAndRevokedAtIsNull(id.value()).map(Certificate::view);
		boolean coordinator = side == Party.COORDINATOR;
		var revoked = coordinator ? certificates.findByMentorshipIdOrderByIssuedOnDesc(id.value())
			.stream()
			.filter(Certificate::revoked)
			.map(Certificate::view)
			.toList() : List.<CertificateView>of();
		return new CertificateStatus(id, mentorship.status(), side, completion(mentorship),
				side == Party.MENTOR ? null : inForce.orElse(null), inForce.isPresent(), revoked,
				coordinator && inForce.isEmpty(), coordinator && inForce.isPresent(),
				side != Party.MENTOR && inForce.isPresent());
	}

	/**
	 * A coordinator issues the certificate by hand, when the rule holds and none is in force;
	 * refused otherwise, saying what is missing. Not found for anyone else.
	 */
	public CertificateView issue(Actor actor, MentorshipId id) {
		var mentorship = existing(id);
		requireCoordinator(actor, mentorship);
		lock(id);
		if (certificates.findByMentorshipIdAndRevokedAtIsNull(id.value()).isPresent()) {
			throw new RuleViolationException("certificate.issue.already");
		}
		var completion = completion(mentorship);
		if (!completion.holds()) {
			throw new RuleViolationException("certificate.issue.incomplete", missingList(completion));
		}
		return certificates.saveAndFlush(certificate(mentorship, completion, actor)).view();
	}

	/** A coordinator revokes the certificate in force, saying why. */
	public CertificateView revoke(Actor actor, MentorshipId id, String reason) {
		var mentorship = existing(id);
		requireCoordinator(actor, mentorship);
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "certificate.revoke.reason.required");
		}
		if (reason.length() > 2000) {
			throw new InvalidFieldException("reason", "field.tooLong");
		}
		var certificate = certificates.findByMentorshipIdAndRevokedAtIsNull(id.value())
			.orElseThrow(() -> new RuleViolationException("certificate.revoke.none"));
		certificate.revoke(reason, actor.userId(), clock.instant());
		return certificates.saveAndFlush(certificate).view();
	}

	/**
	 * The certificate in force as a PDF, for the mentee and the program's coordinators; not found
	 * for the mentor, for anyone else, and when none is in force.
	 *
	 * @param language the language asked, or null for the mentee's preferred language
	 * @param verificationAddress the absolute address of the public verification page
	 */
	@Transactional(readOnly = true)
	public CertificateDocument pdf(Actor actor, MentorshipId id, CertificateLanguage language,
			String verificationAddress) {
		var mentorship = existing(id);
		if (sideOf(actor, mentorship) == Party.MENTOR) {
			throw new NotFoundException("certificate", id);
		}
		var certificate = certificates.findByMentorshipIdAndRevokedAtIsNull(id.value())
			.orElseThrow(() -> new NotFoundException("certificate", id))
			.view();
		var printed = language != null ? language
				: CertificateLanguage.of(participants.find(Actor.system(), mentorship.mentee()).details().preferredLanguage());
		return new CertificateDocument(certificate.code() + "-" + printed.code() + ".pdf",
				pdf.print(certificate, printed, verificationAddress + "?code=" + certificate.code()));
	}

	/** What a verification code says, to anyone; empty for a code that names no certificate. */
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String typed) {
		return CertificateCode.normalise(typed).flatMap(certificates::findByCode).map(Certificate::view).map(found ->
				new Verification(found.code(), found.valid(), !found.valid(), found.personName(), found.programName(),
						found.organisationName(), found.issuedOn(), found.basis(),
						found.revokedAt() == null ? null : LocalDate.ofInstant(found.revokedAt(), clock.getZone())));
	}

	/**
	 * Issues the certificate of a closed mentorship when the rule holds for the mentee, once: never
	 * again once one was issued, even revoked since. Empty when none is issued now.
	 */
	Optional<CertificateView> issueAtClosure(MentorshipId id) {
		var mentorship = mentorships.findById(id.value()).orElse(null);
		if (mentorship == null || mentorship.status() != MentorshipStatus.CLOSED) {
			return Optional.empty();
		}
		lock(id);
		if (certificates.existsByMentorshipId(id.value())) {
			return Optional.empty();
		}
		var completion = completion(mentorship);
		if (!completion.holds()) {
			return Optional.empty();
		}
		return Optional.of(certificates.saveAndFlush(certificate(mentorship, completion, null)).view());
	}

	Completion completion(Mentorship mentorship) {
		var rule = programs.find(Actor.system(), mentorship.program()).rules().completion();
		var weeks = mentorship.activeDays(LocalDate.now(clock)) / 7;
		var attendance = rule.mandatorySessionsAttended()
				? activities.mandatoryAttendance(mentorship.mentee(), mentorship.program()) : null;
		// while no mandatory session was held, attendance is not known, which does not meet a rule asking for it
		Boolean attendedAll = attendance == null || attendance.held() == 0 ? null : attendance.noneMissed();
		var completion = Completion.evaluate(rule, weeks, hoursDone(mentorship.id().value()), attendedAll,
				mentorship.status() == MentorshipStatus.CLOSED ? mentorship.employmentAtClosure() : null);
		return attendance == null ? completion
				: completion.withMissedSessions(attendance.missedSessions()
					.stream()
					.map(session -> new Completion.MissedSession(session.title(), session.on()))
					.toList());
	}

	/** The hours that count: the meetings the other party confirmed, and the placement hours logged. */
	private double hoursDone(UUID mentorship) {
		var minutes = jdbc.sql("select coalesce(sum(minutes), 0) from meeting where mentorship_id = ? and confirmed_at is not null")
			.param(mentorship)
			.query(Long.class)
			.single();
		var placement = jdbc.sql("select coalesce(sum(hours), 0) from placement_week where mentorship_id = ?")
			.param(mentorship)
			.query(BigDecimal.class)
			.single();
		return minutes / 60.0 + placement.doubleValue();
	}

	private Certificate certificate(Mentorship mentorship, Completion completion, Actor by) {
		var program = programs.find(Actor.system(), mentorship.program());
		var name = participants.names(List.of(mentorship.mentee())).getOrDefault(mentorship.mentee(), "");
		var today = LocalDate.now(clock);
		return Certificate.issue(mentorship.id(), mentorship.mentee(), mentorship.program(), name, program.name(),
				program.leadOrganisationName(), completion, mentorship.startedOn(),
				mentorship.closedOn() != null ? mentorship.closedOn() : today, today, by == null ? null : by.userId());
	}

	/** What is missing, joined into one message argument that the reader's language resolves. */
	private static Object missingList(Completion completion) {
		var items = completion.explanation();
		var codes = new String[] { "completion.missing.list." + Math.min(items.size(), 6) };
		return new org.springframework.context.support.DefaultMessageSourceResolvable(codes,
				items.stream().limit(6).toArray());
	}

	/**
	 * Holds the mentorship's row until the transaction ends, so that a coordinator issuing by hand
	 * and the issuing at closure never both issue one.
	 */
	private void lock(MentorshipId id) {
		jdbc.sql("select 1 from mentorship where id = ? for update").param(id.value()).query(Integer.class).optional();
	}

	private Mentorship existing(MentorshipId id) {
		return management.mentorship(id);
	}

	private void requireCoordinator(Actor actor, Mentorship mentorship) {
		if (sideOf(actor, mentorship) != Party.COORDINATOR) {
			throw new NotFoundException("certificate", mentorship.id());
		}
	}

	/** The actor's side of the mentorship; not found for anyone outside it. */
	private Party sideOf(Actor actor, Mentorship mentorship) {
		return management.side(actor, mentorship.id());
	}
}
