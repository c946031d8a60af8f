package org.passerelle.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.passerelle.core.DocumentContent;
import org.passerelle.core.FieldEncryption;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.OrganisationDirectory;
import org.passerelle.identity.Role;
import org.passerelle.identity.Scope;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.Eligibility;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path of a referral (R-REF-1..3): an agency drafts it for a client, completes it and submits
 * it; the program's coordinator sees the client's eligibility and admits them or returns the
 * referral with the failed criteria and a message; the agency completes and resubmits. Every
 * change is dated and attributed, and an agency never sees another agency's referrals.
 */
@Service
@Transactional
public class ReferralManagement {

	private final ReferralRepository referrals;

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ParticipantManagement participants;

	private final ParticipantDirectory directory;

	private final IntakeChecklist intake;

	private final ProgramManagement programs;

	private final OrganisationDirectory organisations;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final FieldEncryption encryption;

	ReferralManagement(ReferralRepository referrals, JdbcClient jdbc, AccessPolicy policy,
			ParticipantManagement participants, ParticipantDirectory directory, IntakeChecklist intake,
			ProgramManagement programs, OrganisationDirectory organisations,
			MessageSource messages, Clock clock, ApplicationEventPublisher events, FieldEncryption encryption) {
		this.events = events;
		this.encryption = encryption;
		this.referrals = referrals;
		this.jdbc = jdbc;
		this.policy = policy;
		this.participants = participants;
		this.directory = directory;
		this.intake = intake;
		this.programs = programs;
		this.organisations = organisations;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Drafts a referral of a client to a program; the client's profile is recorded at once, and
	 * the agency completes it before submitting.
	 */
	public ReferralView refer(Actor agency, ProgramId program, ParticipantDetails client, String readinessNotes,
			boolean consentToShare, Locale locale) {
		policy.require(policy.mayRefer(agency));
		programs.find(agency, program);
		var participant = participants.registerReferred(agency, client, program);
		var referral = Referral.draft(program, agency.organisationId(), participant.id(), agency.userId(),
				clock.instant());
		referral.describe(readinessNotes, consentToShare, clock.instant());
		return view(agency, referrals.saveAndFlush(referral), locale);
	}

	/** The referrals the actor may see, newest first. */
	@Transactional(readOnly = true)
	public List<ReferralSummary> list(Actor actor, Locale locale) {
		var found = switch (policy.referralsVisibleTo(actor)) {
			case Scope.Everything everything -> referrals.findAllByOrderByCreatedAtDesc();
			case Scope.Nothing nothing -> List.<Referral>of();
			case Scope.OfOrganisation(var agency) -> referrals.findByAgencyIdOrderByCreatedAtDesc(agency.value());
			case Scope.OfPerson(var person) -> referrals.findByProgramIdInOrderByCreatedAtDesc(coordinated(actor));
		};
		var programNames = programNames();
		var agencyNames = organisations.names(found.stream().map(Referral::agency).collect(Collectors.toSet()));
		return found.stream()
			.map(referral -> new ReferralSummary(referral.id(), personName(referral, locale),
					programNames.getOrDefault(referral.program().value(), ""),
					agencyNames.getOrDefault(referral.agency(), ""), referral.status(), referral.createdAt(),
					referral.submittedAt()))
			.toList();
	}

	/**
	 * How many referrals wait for a decision (submitted) in each program the actor decides on —
	 * administrators every program, coordinators theirs; programs with none are left out. One read.
	 */
	@Transactional(readOnly = true)
	public Map<ProgramId, Long> awaitingDecision(Actor actor) {
		var decided = programs.coordinatedBy(actor).stream().map(program -> program.id().value()).toList();
		var counts = new java.util.LinkedHashMap<ProgramId, Long>();
		if (decided.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select program_id, count(*) from referral where status = 'SUBMITTED' and program_id in (:programs)
				group by program_id""")
			.param("programs", decided)
			.query(rs -> {
				counts.put(new ProgramId(rs.getObject(1, UUID.class)), rs.getLong(2));
			});
		return counts;
	}

	/**
	 * The agency's drafts with what each one lacks, its referrals returned, and the decisions on its
	 * referrals this month (R-REF-2); for referral partners, empty for anyone else.
	 */
	@Transactional(readOnly = true)
	public AgencyAgenda agenda(Actor actor, Locale locale) {
		if (!policy.mayRefer(actor)) {
			return new AgencyAgenda(List.of(), List.of(), 0, 0);
		}
		var agency = actor.organisationId().value();
		var open = referrals.findByAgencyIdAndStatusInOrderByCreatedAtAsc(agency,
				List.of(ReferralStatus.DRAFT, ReferralStatus.RETURNED));
		var programNames = programNames();
		var people = directory.names(open.stream().map(Referral::participant).filter(java.util.Objects::nonNull).toList());
		var agencyName = organisations.names(Set.of(actor.organisationId())).getOrDefault(actor.organisationId(), "");
		java.util.function.Function<Referral, ReferralSummary> summary = referral -> new ReferralSummary(referral.id(),
				referral.participant() == null ? messages.getMessage("referral.destroyed", null, locale)
						: people.getOrDefault(referral.participant(), ""),
				programNames.getOrDefault(referral.program().value(), ""), agencyName, referral.status(),
				referral.createdAt(), referral.submittedAt());
		var drafts = open.stream()
			.filter(referral -> referral.status() == ReferralStatus.DRAFT && referral.participant() != null)
			.map(referral -> new AgencyAgenda.Draft(summary.apply(referral), missing(referral, locale)))
			.toList();
		var returned = open.stream().filter(referral -> referral.status() == ReferralStatus.RETURNED).map(summary).toList();
		var monthStart = LocalDate.now(clock).withDayOfMonth(1);
		var decided = jdbc.sql("""
				select count(*) filter (where status = 'ADMITTED'), count(*) filter (where status = 'NOT_SELECTED')
				from referral where agency_id = ? and decided_at >= ?""")
			.params(agency, java.sql.Timestamp.from(start(monthStart, clock.getZone())))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		return new AgencyAgenda(drafts, returned, decided[0], decided[1]);
	}

	/** One referral, if the actor may see it; otherwise not found. */
	@Transactional(readOnly = true)
	public ReferralView find(Actor actor, ReferralId id, Locale locale) {
		return view(actor, visible(actor, id), locale);
	}

	/** The agency's readiness notes and the client's consent to share. */
	public ReferralView describe(Actor agency, ReferralId id, long version, String readinessNotes,
			boolean consentToShare, Locale locale) {
		return asAgency(agency, id, version, locale,
				referral -> referral.describe(readinessNotes, consentToShare, clock.instant()));
	}

	/**
	 * Submits, or resubmits after a return. What the program needs and is missing is named, and
	 * the referral stays a draft: nothing is lost.
	 */
	public ReferralView submit(Actor agency, ReferralId id, Locale locale) {
		return asAgency(agency, id, null, locale,
				referral -> referral.submit(missing(referral, locale), agency.userId(), clock.instant()));
	}

	public ReferralView withdraw(Actor agency, ReferralId id, Locale locale) {
		return asAgency(agency, id, null, locale, referral -> referral.withdraw(agency.userId(), clock.instant()));
	}

	/** Admits the person referred: they are enrolled in the program. */
	public ReferralView admit(Actor coordinator, ReferralId id, long version, String note, Locale locale) {
		return asProgram(coordinator, id, version, locale, referral -> {
			referral.admit(coordinator.userId(), clock.instant(), note);
			participants.settleParticipation(referral.participant(), referral.program(), Audience.MENTEE,
					ParticipationStatus.ENROLLED);
		});
	}

	/**
	 * Returns the referral to the agency, naming the criteria it failed (by their ids in the
	 * program) and a message.
	 */
	public ReferralView returnToAgency(Actor coordinator, ReferralId id, long version, List<UUID> failedCriteria,
			String message, Locale locale) {
		return asProgram(coordinator, id, version, locale, referral -> {
			var known = programs.describeCriteria(Actor.system(), referral.program(), locale).keySet();
			var reasons = failedCriteria == null ? List.<String>of()
					: failedCriteria.stream().filter(known::contains).map(UUID::toString).toList();
			referral.returnToAgency(reasons, message, coordinator.userId(), clock.instant());
		});
	}

	/** Not selected: the application is kept for the program's retention period, then destroyed. */
	public ReferralView notSelect(Actor coordinator, ReferralId id, long version, String note, Locale locale) {
		return asProgram(coordinator, id, version, locale, referral -> {
			referral.notSelect(coordinator.userId(), clock.instant(), note);
			participants.settleParticipation(referral.participant(), referral.program(), Audience.MENTEE,
					ParticipationStatus.NOT_SELECTED);
		});
	}

	/**
	 * Attaches a document — a CV as PDF or Word — checked by its content, not its name.
	 */
	public ReferralView attach(Actor actor, ReferralId id, String fileName, byte[] content, Locale locale) {
		var referral = visible(actor, id);
		if (!(policy.mayRefer(actor) || mayDecide(actor, referral)) || decisionOnly(actor, referral)) {
			throw new NotFoundException("referral", id);
		}
		if (content.length == 0 || content.length > DocumentContent.MAXIMUM_BYTES) {
			throw new RuleViolationException("referral.document.size");
		}
		var type = DocumentContent.typeOf(content).orElseThrow(() -> new RuleViolationException("referral.document.type"));
		var name = org.passerelle.core.FileNames.plain(fileName, "document");
		jdbc.sql("""
				insert into referral_document (id, referral_id, file_name, content_type, size, content, uploaded_at, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id.value(), name, type, content.length, encryption.encrypt(content),
					java.sql.Timestamp.from(clock.instant()), actor.userId().value())
			.update();
		return view(actor, referral, locale);
	}

	/**
	 * A document of a referral the actor may see: its name, type and content. The audit trail records
	 * the download for the person referred, or the document is not given.
	 */
	public DocumentFile document(Actor actor, ReferralId id, UUID documentId) {
		var referral = visible(actor, id);
		if (decisionOnly(actor, referral)) {
			throw new NotFoundException("document", documentId);
		}
		var document = jdbc.sql("select file_name, content_type, content from referral_document where id = ? and referral_id = ?")
			.params(documentId, id.value())
			.query((rs, row) -> new DocumentFile(rs.getString("file_name"), rs.getString("content_type"),
					encryption.decrypt(rs.getBytes("content"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("document", documentId));
		if (referral.participant() != null) {
			events.publishEvent(PersonalDataAccessed.downloaded(actor.userId().value(), referral.participant().value(),
					"referral-document " + document.fileName()));
		}
		return document;
	}

	/** Whether the actor decides referrals to this program: administrators and its coordinators. */
	@Transactional(readOnly = true)
	public boolean mayDecide(Actor actor, ReferralId id) {
		return mayDecide(actor, visible(actor, id));
	}

	private boolean mayDecide(Actor actor, Referral referral) {
		return actor.is(Role.ADMIN)
				|| actor.is(Role.COORDINATOR) && coordinated(actor).contains(referral.program().value());
	}

	private List<String> missing(Referral referral, Locale locale) {
		var missing = new ArrayList<String>();
		if (!referral.consentToShare()) {
			missing.add(messages.getMessage("referral.missing.consent", null, locale));
		}
		var person = directory.find(Actor.system(), referral.participant());
		if ((person.details().email() == null || person.details().email().isBlank())
				&& (person.details().phone() == null || person.details().phone().isBlank())) {
			missing.add(messages.getMessage("referral.missing.contact", null, locale));
		}
		eligibility(referral, locale).lackingData()
			.forEach(result -> missing.add(messages.getMessage("referral.missing.criterion",
					new Object[] { result.description() }, locale)));
		return missing;
	}

	private Eligibility eligibility(Referral referral, Locale locale) {
		return programs.evaluate(Actor.system(), referral.program(), Audience.MENTEE,
				intake.facts(Actor.system(), referral.participant()), locale);
	}

	private ReferralView asAgency(Actor agency, ReferralId id, Long version, Locale locale, Consumer<Referral> change) {
		policy.require(policy.mayRefer(agency) || agency.is(Role.ADMIN));
		var referral = visible(agency, id);
		if (version != null) {
			referral.requireVersion(version);
		}
		change.accept(referral);
		return view(agency, referrals.saveAndFlush(referral), locale);
	}

	private ReferralView asProgram(Actor coordinator, ReferralId id, long version, Locale locale,
			Consumer<Referral> change) {
		var referral = visible(coordinator, id);
		policy.require(mayDecide(coordinator, referral));
		referral.requireVersion(version);
		change.accept(referral);
		return view(coordinator, referrals.saveAndFlush(referral), locale);
	}

	private Referral visible(Actor actor, ReferralId id) {
		var scope = policy.referralsVisibleTo(actor);
		return policy.requireVisible(referrals.findById(id.value()), referral -> switch (scope) {
			case Scope.Everything everything -> true;
			case Scope.Nothing nothing -> false;
			case Scope.OfOrganisation(var agency) -> referral.agency().equals(agency);
			case Scope.OfPerson(var person) -> coordinated(actor).contains(referral.program().value());
		}, "referral", id);
	}

	private Set<UUID> coordinated(Actor actor) {
		if (!actor.is(Role.COORDINATOR)) {
			return Set.of();
		}
		return programs.list(actor).stream().map(program -> program.id().value()).collect(Collectors.toSet());
	}

	private java.util.Map<UUID, String> programNames() {
		return programs.list(Actor.system())
			.stream()
			.collect(Collectors.toMap(program -> program.id().value(), ProgramSummary::name));
	}

	private String personName(Referral referral, Locale locale) {
		return referral.participant() == null ? messages.getMessage("referral.destroyed", null, locale)
				: directory.find(Actor.system(), referral.participant()).fullName();
	}

	private ReferralView view(Actor actor, Referral referral, Locale locale) {
		if (referral.participant() == null) {
			throw new NotFoundException("referral", referral.id());
		}
		var person = directory.find(Actor.system(), referral.participant());
		var program = programs.find(Actor.system(), referral.program());
		var agencyName = organisations.names(Set.of(referral.agency())).getOrDefault(referral.agency(), "");
		if (decisionOnly(actor, referral)) {
			var decisions = referral.history()
				.stream()
				.map(event -> new ReferralEvent(event.at(), null, event.fromStatus(), event.toStatus(), null))
				.toList();
			return new ReferralView(referral.id(), referral.version(), referral.program(), program.name(),
					referral.agency(), agencyName, null, person.fullName(), referral.status(), referral.consentToShare(),
					referral.consentRecordedAt(), null, null, List.of(), decisions, List.of(), null, List.of(),
					referral.createdAt(), referral.submittedAt(), true);
		}
		var descriptions = programs.describeCriteria(Actor.system(), referral.program(), locale);
		var documents = jdbc.sql("""
				select id, file_name, content_type, size, uploaded_at from referral_document
				where referral_id = ? order by uploaded_at""")
			.param(referral.id().value())
			.query((rs, row) -> new ReferralView.Document(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
		var reasons = referral.returnReasons()
			.stream()
			.map(reason -> descriptions.getOrDefault(UUID.fromString(reason), reason))
			.toList();
		var missing = referral.status().openToAgency() ? missing(referral, locale) : List.<String>of();
		return new ReferralView(referral.id(), referral.version(), referral.program(), program.name(), referral.agency(),
				agencyName, referral.participant(), person.fullName(), referral.status(), referral.consentToShare(),
				referral.consentRecordedAt(), referral.readinessNotes(), referral.returnMessage(), reasons,
				referral.history(), documents, eligibility(referral, locale), missing, referral.createdAt(),
				referral.submittedAt(), false);
	}

	/**
	 * Whether the actor is the agency of a client the program admitted who does not consent to
	 * sharing with it (ADR 0023): then the agency learns the decision and nothing else of the file.
	 */
	private boolean decisionOnly(Actor actor, Referral referral) {
		return actor.is(Role.REFERRAL_PARTNER) && referral.status() == ReferralStatus.ADMITTED
				&& referral.participant() != null
				&& !directory.consentsTo(referral.participant(), ConsentPurpose.SHARE_WITH_REFERRING_AGENCY);
	}

	private static Instant start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	/** A stored document. */
	public record DocumentFile(String fileName, String contentType, byte[] content) {
	}
}
