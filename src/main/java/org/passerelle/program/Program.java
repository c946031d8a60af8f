package org.passerelle.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.UserId;

/**
 * A mentoring program: its lead organisation, type, format and rules, the eligibility criteria
 * of mentees and mentors, and its coordinators, changed as one.
 */
@Entity
class Program extends AggregateRoot<Program> {

	@Id
	private UUID id;

	private String name;

	private String description;

	private UUID leadOrganisationId;

	@Enumerated(EnumType.STRING)
	private ProgramType type;

	@Enumerated(EnumType.STRING)
	private ProgramFormat format;

	@Enumerated(EnumType.STRING)
	private ProgramTemplate template;

	@Embedded
	private ProgramRules rules;

	@ElementCollection
	@CollectionTable(name = "program_language", joinColumns = @JoinColumn(name = "program_id"))
	@Column(name = "language")
	@Enumerated(EnumType.STRING)
	private Set<Language> languages = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "program_matching_weight", joinColumns = @JoinColumn(name = "program_id"))
	@MapKeyColumn(name = "criterion")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "weight")
	private Map<MatchingCriterion, Integer> weights = new EnumMap<>(MatchingCriterion.class);

	@ElementCollection
	@CollectionTable(name = "program_criterion", joinColumns = @JoinColumn(name = "program_id"))
	@OrderColumn(name = "position")
	private List<CriterionEntry> criteria = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "program_intake_step", joinColumns = @JoinColumn(name = "program_id"))
	private Set<IntakeRequirement> intake = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "program_coordinator", joinColumns = @JoinColumn(name = "program_id"))
	@Column(name = "user_id")
	private Set<UUID> coordinators = new HashSet<>();

	@Column(updatable = false)
	private Instant createdAt;

	protected Program() {
	}

	private Program(ProgramDetails details, ProgramTemplate template, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.template = template;
		this.createdAt = createdAt;
		describe(details);
	}

	static Program create(ProgramDetails details, ProgramTemplate template, Instant at) {
		return new Program(details, template, at);
	}

	void describe(ProgramDetails details) {
		this.name = details.name().strip();
		this.description = details.description() == null || details.description().isBlank() ? null
				: details.description().strip();
		this.leadOrganisationId = details.leadOrganisation().value();
		this.type = details.type();
		this.format = details.format();
		this.rules = details.rules();
		this.languages.clear();
		this.languages.addAll(details.languages());
		this.weights.clear();
		this.weights.putAll(details.weights());
		this.intake.clear();
		this.intake.addAll(details.intake());
	}

	UUID addCriterion(Audience audience, EligibilityCriterion criterion) {
		var entry = new CriterionEntry(audience, criterion);
		criteria.add(entry);
		return entry.id();
	}

	void removeCriterion(UUID criterionId) {
		if (!criteria.removeIf(entry -> entry.id().equals(criterionId))) {
			throw new NotFoundException("criterion", criterionId);
		}
	}

	void assignCoordinators(Set<UserId> users) {
		coordinators.clear();
		users.forEach(user -> coordinators.add(user.value()));
	}

	/** Published by Spring Data on every save of the program, whatever changed. */
	@Override
	@org.springframework.data.domain.DomainEvents
	protected java.util.Collection<Object> domainEvents() {
		return List.of(new ProgramEvents.ProgramChanged(id()));
	}

	ProgramId id() {
		return new ProgramId(id);
	}

	@Override
	protected Object identifier() {
		return id;
	}

	String name() {
		return name;
	}

	Set<UserId> coordinators() {
		return coordinators.stream().map(UserId::new).collect(Collectors.toSet());
	}

	List<ProgramView.Criterion> criteria() {
		return criteria.stream()
			.map(entry -> new ProgramView.Criterion(entry.id(), entry.audience(), entry.criterion()))
			.toList();
	}

	ProgramView view(String leadOrganisationName) {
		var sortedLanguages = EnumSet.noneOf(Language.class);
		sortedLanguages.addAll(languages);
		return new ProgramView(id(), version(), name, description, new OrganisationId(leadOrganisationId),
				leadOrganisationName, type, format, template, rules, sortedLanguages, new EnumMap<>(weights), criteria(),
				coordinators(), Set.copyOf(intake), createdAt);
	}

	ProgramSummary summary(String leadOrganisationName) {
		return new ProgramSummary(id(), name, new OrganisationId(leadOrganisationId), leadOrganisationName, type, format,
				template, coordinators.size());
	}

	ProgramType type() {
		return type;
	}

	ProgramRules rules() {
		return rules;
	}

	OrganisationId leadOrganisation() {
		return new OrganisationId(leadOrganisationId);
	}
}
