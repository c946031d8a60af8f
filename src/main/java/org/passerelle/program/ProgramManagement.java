package org.passerelle.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.OrganisationDirectory;
import org.passerelle.identity.Role;
import org.passerelle.identity.Scope;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates programs (from a template or from scratch), changes their rules and criteria, assigns
 * their coordinators and evaluates people against their criteria, within what the
 * {@link AccessPolicy} allows: administrators do everything, coordinators change only the programs
 * they are assigned to.
 */
@Service
@Transactional
public class ProgramManagement {

	private final ProgramRepository programs;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisations;

	private final UserManagement users;

	private final CriterionDescriptions descriptions;

	private final Clock clock;

	ProgramManagement(ProgramRepository programs, AccessPolicy policy, OrganisationDirectory organisations,
			UserManagement users, CriterionDescriptions descriptions, Clock clock) {
		this.programs = programs;
		this.policy = policy;
		this.organisations = organisations;
		this.users = users;
		this.descriptions = descriptions;
		this.clock = clock;
	}

	/** The programs the actor may see, by name. */
	@Transactional(readOnly = true)
	public List<ProgramSummary> list(Actor actor) {
		var found = switch (policy.programsVisibleTo(actor)) {
			case Scope.Everything everything -> programs.findAllByOrderByNameAsc();
			case Scope.OfPerson(var person) -> programs.findCoordinatedBy(person.value());
			case Scope.OfOrganisation(var organisation) -> programs.findAllByOrderByNameAsc()
				.stream()
				.filter(program -> program.leadOrganisation().equals(organisation))
				.toList();
			case Scope.Nothing nothing -> List.<Program>of();
		};
		var names = organisations.names(found.stream().map(Program::leadOrganisation).toList());
		return found.stream().map(program -> program.summary(names.getOrDefault(program.leadOrganisation(), ""))).toList();
	}

	/**
	 * The programs the actor coordinates, by name, in one read: every program for an
	 * administrator, those a coordinator is assigned to, none for anyone else — the programs for
	 * which {@link #coordinates} holds.
	 */
	@Transactional(readOnly = true)
	public List<ProgramSummary> coordinatedBy(Actor actor) {
		return switch (actor.role()) {
			case ADMIN, COORDINATOR -> list(actor);
			case REFERRAL_PARTNER, MENTOR, MENTEE, EMPLOYER, FUNDER, PRIVACY_OFFICER -> List.of();
		};
	}

	/** One program, if the actor may see it; otherwise not found. */
	@Transactional(readOnly = true)
	public ProgramView find(Actor actor, ProgramId id) {
		return view(visible(actor, id));
	}

	/**
	 * The programs anyone may apply to on the public form, by name: mentors to every program that
	 * is not internal to one organisation, mentees only where the program allows direct
	 * applications (R-REC-1).
	 */
	@Transactional(readOnly = true)
	public List<ProgramView> openForApplications() {
		return programs.findAllByOrderByNameAsc()
			.stream()
			.filter(program -> program.type() != ProgramType.INTERNAL)
			.map(this::view)
			.toList();
	}

	/** The program, if the public form accepts an application to it from this audience. */
	@Transactional(readOnly = true)
	public Optional<ProgramView> openForApplication(ProgramId id, Audience audience) {
		return programs.findById(id.value())
			.filter(program -> program.type() != ProgramType.INTERNAL)
			.filter(program -> audience == Audience.MENTOR || program.rules().menteesMayApply())
			.map(this::view);
	}

	/** How many months each program keeps the applications it did not select (R-INT-5). */
	@Transactional(readOnly = true)
	public Map<ProgramId, Integer> retentionMonths() {
		var months = new LinkedHashMap<ProgramId, Integer>();
		programs.findAllByOrderByNameAsc().forEach(program -> months.put(program.id(), program.rules().retentionMonths()));
		return months;
	}

	/**
	 * Whether the actor coordinates the program — an administrator, or a coordinator assigned to
	 * it; false for everyone else and for a program that does not exist, without failing.
	 */
	@Transactional(readOnly = true)
	public boolean coordinates(Actor actor, ProgramId id) {
		return programs.findById(id.value())
			.map(program -> policy.mayChangeProgram(actor, program.coordinators()))
			.orElse(false);
	}

	/** Whether the actor may change this program's rules and criteria. */
	@Transactional(readOnly = true)
	public boolean mayChange(Actor actor, ProgramId id) {
		return policy.mayChangeProgram(actor, visible(actor, id).coordinators());
	}

	/** Creates a program from scratch (administrators). */
	public ProgramView create(Actor actor, ProgramDetails details) {
		policy.require(policy.mayCreatePrograms(actor));
		checkRules(details);
		requireLeadAgency(details.leadOrganisation());
		requireUniqueName(details.name(), null);
		return view(save(Program.create(details, null, clock.instant())));
	}

	/**
	 * Creates a program from a template: its rules, languages, weights and criteria, ready to be
	 * adjusted.
	 */
	public ProgramView createFromTemplate(Actor actor, ProgramTemplate template, String name,
			OrganisationId lead) {
		policy.require(policy.mayCreatePrograms(actor));
		requireLeadAgency(lead);
		var details = ProgramDetails.fromTemplate(template, name, lead);
		requireUniqueName(name, null);
		var program = Program.create(details, template, clock.instant());
		var definition = template.definition(lead);
		definition.menteeCriteria().forEach(criterion -> program.addCriterion(Audience.MENTEE, criterion));
		definition.mentorCriteria().forEach(criterion -> program.addCriterion(Audience.MENTOR, criterion));
		return view(save(program));
	}

	/**
	 * Changes a program as it was at {@code version}; if someone changed it since, nothing is
	 * overwritten.
	 */
	public ProgramView change(Actor actor, ProgramId id, long version, ProgramDetails details) {
		checkRules(details);
		return change(actor, id, version, program -> {
			requireUniqueName(details.name(), id);
			if (!program.leadOrganisation().equals(details.leadOrganisation())) {
				// a program changes hands only by an administrator, and only to a lead agency
				policy.require(policy.mayCreatePrograms(actor));
				requireLeadAgency(details.leadOrganisation());
			}
			program.describe(details);
		});
	}

	private void requireLeadAgency(OrganisationId lead) {
		if (lead == null || !organisations.leadsPrograms(lead)) {
			throw new InvalidFieldException("leadOrganisation", "program.leadOrganisation.notLeadAgency");
		}
	}

	public ProgramView addCriterion(Actor actor, ProgramId id, Audience audience, EligibilityCriterion criterion) {
		return change(actor, id, null, program -> program.addCriterion(audience, criterion));
	}

	public ProgramView removeCriterion(Actor actor, ProgramId id, UUID criterionId) {
		return change(actor, id, null, program -> program.removeCriterion(criterionId));
	}

	/** Assigns the program's coordinators (administrators); each must have the coordinator role. */
	public ProgramView assignCoordinators(Actor actor, ProgramId id, Set<UserId> coordinators) {
		policy.require(policy.mayCreatePrograms(actor));
		for (var user : coordinators) {
			if (users.find(Actor.system(), user).role() != Role.COORDINATOR) {
				throw new RuleViolationException("program.coordinator.notCoordinator");
			}
		}
		var program = visible(actor, id);
		program.assignCoordinators(coordinators);
		return view(save(program));
	}

	/**
	 * Evaluates a person described by {@code facts} against the program's criteria for the
	 * audience, each outcome described in {@code locale}.
	 */
	@Transactional(readOnly = true)
	public Eligibility evaluate(Actor actor, ProgramId id, Audience audience, EligibilityFacts facts, Locale locale) {
		var program = visible(actor, id);
		LocalDate today = LocalDate.now(clock);
		var results = program.criteria()
			.stream()
			.filter(criterion -> criterion.audience() == audience)
			.map(criterion -> new Eligibility.Result(criterion.id(), criterion.rule().kind(),
					criterion.rule().evaluate(facts, today), descriptions.describe(criterion.rule(), locale)))
			.toList();
		return new Eligibility(id, audience, results);
	}

	/**
	 * What the program's criteria for the audience ask of a person, written in {@code locale}, for
	 * the forms where facts are entered. Criteria are no secret — the public form shows them — so
	 * whoever may enter facts for the program reads them; an unknown program is not found.
	 */
	@Transactional(readOnly = true)
	public EligibilityQuestions questions(ProgramId id, Audience audience, Locale locale) {
		var program = programs.findById(id.value()).orElseThrow(() -> new NotFoundException("program", id));
		return EligibilityQuestions.of(id, audience, program.criteria()
			.stream()
			.filter(criterion -> criterion.audience() == audience)
			.map(ProgramView.Criterion::rule)
			.toList(), locale);
	}

	/** The keys of the attestations some program's criteria ask, whatever the audience. */
	@Transactional(readOnly = true)
	public Set<String> attestationKeys() {
		return programs.findAllByOrderByNameAsc()
			.stream()
			.flatMap(program -> program.criteria().stream())
			.map(ProgramView.Criterion::rule)
			.filter(EligibilityCriterion.Attestation.class::isInstance)
			.map(rule -> ((EligibilityCriterion.Attestation) rule).key())
			.collect(java.util.stream.Collectors.toSet());
	}

	/** Each criterion of a program written in {@code locale}, by criterion id. */
	@Transactional(readOnly = true)
	public Map<UUID, String> describeCriteria(Actor actor, ProgramId id, Locale locale) {
		var described = new LinkedHashMap<UUID, String>();
		visible(actor, id).criteria().forEach(criterion -> described.put(criterion.id(),
				descriptions.describe(criterion.rule(), locale)));
		return described;
	}

	private ProgramView change(Actor actor, ProgramId id, Long version, Consumer<Program> change) {
		var program = visible(actor, id);
		policy.require(policy.mayChangeProgram(actor, program.coordinators()));
		if (version != null) {
			program.requireVersion(version);
		}
		change.accept(program);
		return view(save(program));
	}

	private Program visible(Actor actor, ProgramId id) {
		var scope = policy.programsVisibleTo(actor);
		return policy.requireVisible(programs.findById(id.value()), program -> switch (scope) {
			case Scope.Everything everything -> true;
			case Scope.OfPerson(var person) -> program.coordinators().contains(person);
			case Scope.OfOrganisation(var organisation) -> program.leadOrganisation().equals(organisation);
			case Scope.Nothing nothing -> false;
		}, "program", id);
	}

	private void requireUniqueName(String name, ProgramId except) {
		var taken = except == null ? programs.existsByNameIgnoreCase(name.strip())
				: programs.existsByNameIgnoreCaseAndIdNot(name.strip(), except.value());
		if (taken) {
			throw new DuplicateValueException("name", "program.name.taken");
		}
	}

	private static void checkRules(ProgramDetails details) {
		var rules = details.rules();
		if (rules.mentorCapacity() < 1) {
			throw new RuleViolationException("program.rules.capacity");
		}
		if (details.languages() == null || details.languages().isEmpty()) {
			throw new RuleViolationException("program.languages.required");
		}
		if (rules.menteesPerGroupMin() != null && rules.menteesPerGroupMax() != null
				&& rules.menteesPerGroupMin() > rules.menteesPerGroupMax()
				|| rules.mentorsPerGroupMin() != null && rules.mentorsPerGroupMax() != null
						&& rules.mentorsPerGroupMin() > rules.mentorsPerGroupMax()) {
			throw new RuleViolationException("program.rules.groupSize");
		}
		if (details.weights().values().stream().anyMatch(weight -> weight == null || weight < 0 || weight > 100)) {
			throw new RuleViolationException("program.weights.range");
		}
		if (details.weights().values().stream().mapToInt(Integer::intValue).sum() == 0) {
			throw new RuleViolationException("program.weights.none");
		}
	}

	private Program save(Program program) {
		try {
			return programs.saveAndFlush(program);
		}
		catch (DataIntegrityViolationException ex) {
			var message = String.valueOf(ex.getMostSpecificCause().getMessage());
			if (message.contains("program_name_unique")) {
				throw new DuplicateValueException("name", "program.name.taken");
			}
			if (message.contains("program_lead_organisation_fk")) {
				throw new RuleViolationException("program.leadOrganisation.unknown");
			}
			throw ex;
		}
	}

	private ProgramView view(Program program) {
		var lead = program.leadOrganisation();
		return program.view(organisations.names(Set.of(lead)).getOrDefault(lead, ""));
	}
}
