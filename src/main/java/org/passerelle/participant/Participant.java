package org.passerelle.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.EncryptedText;
import org.passerelle.program.IntakeStep;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.reference.ImmigrationStatus;

/**
 * A person taking part in mentoring programs, as a mentee or a mentor, over time: their profile,
 * their participations, the checks of their intake, their consents and their accommodation
 * needs, changed as one.
 */
@Entity
class Participant extends AggregateRoot<Participant> {

	/** Where a person stands once a program admitted them. */
	static final Set<ParticipationStatus> ADMITTED = EnumSet.of(ParticipationStatus.ENROLLED,
			ParticipationStatus.COMPLETED, ParticipationStatus.WITHDRAWN);

	@Id
	private UUID id;

	private String firstName;

	private String lastName;

	private String email;

	private String phone;

	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private Language preferredLanguage;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private String postalCode;

	private String city;

	@Enumerated(EnumType.STRING)
	private Province province;

	@ElementCollection
	@CollectionTable(name = "participant_language", joinColumns = @JoinColumn(name = "participant_id"))
	@OrderColumn(name = "position")
	private List<LanguageSkill> languages = new ArrayList<>();

	private String occupationCode;

	private String targetOccupationCode;

	private String industryCode;

	private Integer yearsExperienceAbroad;

	private Integer yearsExperienceCanada;

	@Enumerated(EnumType.STRING)
	private EducationLevel education;

	private Boolean foreignDiploma;

	@Enumerated(EnumType.STRING)
	private CredentialStatus credentials;

	@Enumerated(EnumType.STRING)
	private ImmigrationStatus immigrationStatus;

	private LocalDate arrivalDate;

	private String countryOfOrigin;

	private String culturalBackground;

	private String careerGoals;

	@ElementCollection
	@CollectionTable(name = "participant_availability", joinColumns = @JoinColumn(name = "participant_id"))
	@Column(name = "slot")
	@Enumerated(EnumType.STRING)
	private Set<AvailabilitySlot> availability = new HashSet<>();

	private boolean remoteOk;

	@ElementCollection
	@CollectionTable(name = "participant_workshop", joinColumns = @JoinColumn(name = "participant_id"))
	@Column(name = "workshop")
	private Set<String> workshopsAttended = new HashSet<>();

	// none attended is known, and not the same as not known
	private boolean workshopsKnown;

	@ElementCollection
	@CollectionTable(name = "participant_attestation", joinColumns = @JoinColumn(name = "participant_id"))
	@MapKeyColumn(name = "attestation_key")
	@Column(name = "answer")
	private Map<String, Boolean> attestations = new HashMap<>();

	private Integer commitmentMonths;

	private UUID employerOrganisationId;

	private String employerName;

	@Enumerated(EnumType.STRING)
	private PositionLevel positionLevel;

	@Enumerated(EnumType.STRING)
	private WorkStatus workStatus;

	private Integer capacity;

	@Enumerated(EnumType.STRING)
	private RecruitmentSource recruitmentSource;

	// encrypted at rest (ADR 0026)
	@Convert(converter = EncryptedText.class)
	private String accommodationNeeds;

	private UUID userId;

	private UUID referredBy;

	@ElementCollection
	@CollectionTable(name = "participant_participation", joinColumns = @JoinColumn(name = "participant_id"))
	private List<Participation> participations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "participant_screening", joinColumns = @JoinColumn(name = "participant_id"))
	@OrderColumn(name = "position")
	private List<ScreeningRecord> screenings = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "participant_consent", joinColumns = @JoinColumn(name = "participant_id"))
	@OrderColumn(name = "position")
	private List<ConsentRecord> consents = new ArrayList<>();

	@Column(updatable = false)
	private Instant createdAt;

	protected Participant() {
	}

	private Participant(ParticipantDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.createdAt = createdAt;
		describe(details);
	}

	static Participant register(ParticipantDetails details, Instant at) {
		return new Participant(details, at);
	}

	void describe(ParticipantDetails details) {
		this.firstName = details.firstName().strip();
		this.lastName = details.lastName().strip();
		this.email = details.email() == null || details.email().isBlank() ? null
				: details.email().strip().toLowerCase(Locale.ROOT);
		this.phone = blankToNull(details.phone());
		this.birthDate = details.birthDate();
		this.preferredLanguage = details.preferredLanguage() == null ? Language.FR : details.preferredLanguage();
		this.gender = details.gender();
		this.postalCode = details.postalCode() == null ? null : details.postalCode().value();
		this.city = blankToNull(details.city());
		this.province = details.province();
		this.languages.clear();
		this.languages.addAll(details.languages());
		this.occupationCode = blankToNull(details.occupationCode());
		this.targetOccupationCode = blankToNull(details.targetOccupationCode());
		this.industryCode = blankToNull(details.industryCode());
		this.yearsExperienceAbroad = details.yearsExperienceAbroad();
		this.yearsExperienceCanada = details.yearsExperienceCanada();
		this.education = details.education();
		this.foreignDiploma = details.foreignDiploma();
		this.credentials = details.credentials();
		this.immigrationStatus = details.immigrationStatus();
		this.arrivalDate = details.arrivalDate();
		this.countryOfOrigin = blankToNull(details.countryOfOrigin());
		this.culturalBackground = blankToNull(details.culturalBackground());
		this.careerGoals = blankToNull(details.careerGoals());
		this.availability.clear();
		this.availability.addAll(details.availability());
		this.remoteOk = details.remoteOk();
		this.workshopsAttended.clear();
		this.workshopsKnown = details.workshopsAttended() != null;
		if (workshopsKnown) {
			this.workshopsAttended.addAll(details.workshopsAttended());
		}
		this.attestations.clear();
		this.attestations.putAll(details.attestations());
		this.commitmentMonths = details.commitmentMonths();
		this.employerOrganisationId = details.employerOrganisation() == null ? null
				: details.employerOrganisation().value();
		this.employerName = blankToNull(details.employerName());
		this.positionLevel = details.positionLevel();
		this.workStatus = details.workStatus();
		this.capacity = details.capacity();
		this.recruitmentSource = details.recruitmentSource();
	}

	/** Takes part in a program; a person holds one role per program at a time. */
	void enrol(ProgramId program, Audience role, ParticipationStatus status, LocalDate since) {
		if (participations.stream().anyMatch(existing -> existing.programId().equals(program.value())
				&& existing.role() == role)) {
			throw new RuleViolationException("participant.participation.exists");
		}
		participations.add(new Participation(program.value(), role, status, since, since));
		if (status == ParticipationStatus.ENROLLED) {
			registerEvent(new ParticipantEvents.ParticipantAdmitted(id(), program, role));
		}
	}

	void changeParticipation(ProgramId program, Audience role, ParticipationStatus status, LocalDate on) {
		for (int i = 0; i < participations.size(); i++) {
			var existing = participations.get(i);
			if (existing.programId().equals(program.value()) && existing.role() == role) {
				if (existing.status() == status) {
					return;
				}
				participations.set(i, new Participation(existing.programId(), role, status, existing.since(), on));
				if (status == ParticipationStatus.ENROLLED) {
					registerEvent(new ParticipantEvents.ParticipantAdmitted(id(), program, role));
				}
				return;
			}
		}
		throw new NotFoundException("participation", program);
	}

	/**
	 * Forgets the application not selected by a program: the participation and the screening
	 * notes taken for that program.
	 */
	void forgetApplication(ProgramId program) {
		participations.removeIf(participation -> participation.programId().equals(program.value())
				&& participation.status() == ParticipationStatus.NOT_SELECTED);
		screenings.removeIf(screening -> program.value().equals(screening.programId()));
	}

	UUID recordScreening(IntakeStep kind, LocalDate date, ScreeningOutcome outcome, String notes, ProgramId program) {
		var record = new ScreeningRecord(UUID.randomUUID(), kind, date, outcome, blankToNull(notes),
				program == null ? null : program.value());
		screenings.add(record);
		return record.id();
	}

	/**
	 * Records an answer for a purpose — given or withdrawn — after the earlier ones, which are kept:
	 * the latest answer for a purpose is what holds, from now on.
	 */
	void recordConsent(ConsentPurpose purpose, boolean granted, LocalDate givenOn, ConsentMeans means, Instant at,
			UserId by) {
		consents.add(new ConsentRecord(purpose, granted, at, by == null ? null : by.value(), givenOn, means,
				purpose.textVersion()));
	}

	void describeAccommodationNeeds(String needs) {
		this.accommodationNeeds = blankToNull(needs);
	}

	/** What happened since the last save and, whatever it was, that the participant changed. */
	@Override
	@org.springframework.data.domain.DomainEvents
	protected java.util.Collection<Object> domainEvents() {
		var all = new ArrayList<>(super.domainEvents());
		all.add(new ParticipantEvents.ParticipantChanged(id(),
				participations.stream().map(p -> new ProgramId(p.programId())).collect(java.util.stream.Collectors.toSet())));
		return all;
	}

	void linkAccount(UserId user) {
		this.userId = user == null ? null : user.value();
	}

	void referredBy(OrganisationId agency) {
		this.referredBy = agency == null ? null : agency.value();
	}

	/**
	 * Takes in what a duplicate record of the same person holds: its participations, checks and
	 * consents, and any profile value this record lacks (the e-mail address comes once the duplicate
	 * is gone, see {@link #adoptEmail}).
	 */
	void absorb(Participant duplicate) {
		for (var participation : duplicate.participations) {
			if (participations.stream().noneMatch(existing -> existing.programId().equals(participation.programId())
					&& existing.role() == participation.role())) {
				participations.add(participation);
			}
		}
		screenings.addAll(duplicate.screenings);
		// the duplicate's answers for a purpose this record has none for, with their history
		var answered = consents.stream().map(ConsentRecord::purpose).collect(java.util.stream.Collectors.toSet());
		duplicate.consents.stream().filter(consent -> !answered.contains(consent.purpose())).forEach(consents::add);
		for (var language : duplicate.languages) {
			if (languages.stream().noneMatch(existing -> existing.code().equals(language.code()))) {
				languages.add(language);
			}
		}
		availability.addAll(duplicate.availability);
		workshopsAttended.addAll(duplicate.workshopsAttended);
		workshopsKnown = workshopsKnown || duplicate.workshopsKnown;
		duplicate.attestations.forEach(attestations::putIfAbsent);
		phone = phone != null ? phone : duplicate.phone;
		birthDate = birthDate != null ? birthDate : duplicate.birthDate;
		gender = gender != null ? gender : duplicate.gender;
		postalCode = postalCode != null ? postalCode : duplicate.postalCode;
		city = city != null ? city : duplicate.city;
		province = province != null ? province : duplicate.province;
		occupationCode = occupationCode != null ? occupationCode : duplicate.occupationCode;
		targetOccupationCode = targetOccupationCode != null ? targetOccupationCode : duplicate.targetOccupationCode;
		industryCode = industryCode != null ? industryCode : duplicate.industryCode;
		yearsExperienceAbroad = yearsExperienceAbroad != null ? yearsExperienceAbroad : duplicate.yearsExperienceAbroad;
		yearsExperienceCanada = yearsExperienceCanada != null ? yearsExperienceCanada : duplicate.yearsExperienceCanada;
		education = education != null ? education : duplicate.education;
		foreignDiploma = foreignDiploma != null ? foreignDiploma : duplicate.foreignDiploma;
		credentials = credentials != null ? credentials : duplicate.credentials;
		immigrationStatus = immigrationStatus != null ? immigrationStatus : duplicate.immigrationStatus;
		arrivalDate = arrivalDate != null ? arrivalDate : duplicate.arrivalDate;
		countryOfOrigin = countryOfOrigin != null ? countryOfOrigin : duplicate.countryOfOrigin;
		culturalBackground = culturalBackground != null ? culturalBackground : duplicate.culturalBackground;
		careerGoals = careerGoals != null ? careerGoals : duplicate.careerGoals;
		commitmentMonths = commitmentMonths != null ? commitmentMonths : duplicate.commitmentMonths;
		employerOrganisationId = employerOrganisationId != null ? employerOrganisationId : duplicate.employerOrganisationId;
		employerName = employerName != null ? employerName : duplicate.employerName;
		positionLevel = positionLevel != null ? positionLevel : duplicate.positionLevel;
		workStatus = workStatus != null ? workStatus : duplicate.workStatus;
		capacity = capacity != null ? capacity : duplicate.capacity;
		recruitmentSource = recruitmentSource != null ? recruitmentSource : duplicate.recruitmentSource;
		accommodationNeeds = accommodationNeeds != null ? accommodationNeeds : duplicate.accommodationNeeds;
		userId = userId != null ? userId : duplicate.userId;
		referredBy = referredBy != null ? referredBy : duplicate.referredBy;
	}

	/** Takes an e-mail address when this record has none. */
	void adoptEmail(String address) {
		if (email == null && address != null) {
			email = address;
		}
	}

	ParticipantId id() {
		return new ParticipantId(id);
	}

	@Override
	protected Object identifier() {
		return id;
	}

	String email() {
		return email;
	}

	List<Participation> participations() {
		return List.copyOf(participations);
	}

	UserId user() {
		return userId == null ? null : new UserId(userId);
	}

	OrganisationId referringOrganisation() {
		return referredBy == null ? null : new OrganisationId(referredBy);
	}

	OrganisationId employerOrganisation() {
		return employerOrganisationId == null ? null : new OrganisationId(employerOrganisationId);
	}

	String accommodationNeeds() {
		return accommodationNeeds;
	}

	ParticipantDetails details() {
		var slots = EnumSet.noneOf(AvailabilitySlot.class);
		slots.addAll(availability);
		return new ParticipantDetails(firstName, lastName, email, phone, birthDate, preferredLanguage, gender,
				postalCode == null ? null : new PostalCode(postalCode), city, province, List.copyOf(languages),
				occupationCode, targetOccupationCode, industryCode, yearsExperienceAbroad, yearsExperienceCanada,
				education, foreignDiploma, credentials, immigrationStatus, arrivalDate, countryOfOrigin,
				culturalBackground, careerGoals, slots, remoteOk, workshopsKnown ? Set.copyOf(workshopsAttended) : null,
				commitmentMonths, employerOrganisation(), employerName, positionLevel, workStatus, capacity,
				recruitmentSource, Map.copyOf(attestations));
	}

	List<ScreeningRecord> screenings() {
		return List.copyOf(screenings);
	}

	/** The answer that holds for each purpose answered: the latest one, in the order of the purposes. */
	List<ConsentRecord> consents() {
		var latest = new java.util.EnumMap<ConsentPurpose, ConsentRecord>(ConsentPurpose.class);
		consents.forEach(consent -> latest.put(consent.purpose(), consent));
		return List.copyOf(latest.values());
	}

	/** Whether the answer that holds for the purpose is a consent; no answer is no consent. */
	boolean consentsTo(ConsentPurpose purpose) {
		for (int i = consents.size() - 1; i >= 0; i--) {
			if (consents.get(i).purpose() == purpose) {
				return consents.get(i).granted();
			}
		}
		return false;
	}

	/** Whether a program admitted the person: enrolled in one, now or before. */
	boolean admitted() {
		return participations.stream().anyMatch(participation -> ADMITTED.contains(participation.status()));
	}

	/** Every answer ever recorded, oldest first. */
	List<ConsentRecord> consentHistory() {
		return List.copyOf(consents);
	}

	Instant createdAt() {
		return createdAt;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
