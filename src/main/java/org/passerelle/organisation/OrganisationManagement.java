package org.passerelle.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.OrganisationDirectory;
import org.passerelle.identity.Scope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers organisations and keeps their sites and contacts, within what the
 * {@link AccessPolicy} lets the actor see and do.
 */
@Service
@Transactional
public class OrganisationManagement implements OrganisationDirectory {

	private final OrganisationRepository organisations;

	private final AccessPolicy policy;

	private final Clock clock;

	OrganisationManagement(OrganisationRepository organisations, AccessPolicy policy, Clock clock) {
		this.organisations = organisations;
		this.policy = policy;
		this.clock = clock;
	}

	/** The organisations the actor may see, by name. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> list(Actor actor) {
		var scope = policy.organisationsVisibleTo(actor);
		var found = scope.isEverything() ? organisations.findAllByOrderByNameAsc()
				: organisations.findByIdInOrderByNameAsc(scope.organisation().map(id -> List.of(id.value())).orElse(List.of()));
		return found.stream().map(Organisation::summary).toList();
	}

	/** One organisation, if the actor may see it; otherwise not found. */
	@Transactional(readOnly = true)
	public OrganisationView find(Actor actor, OrganisationId id) {
		return visible(actor, id).view();
	}

	/** Registers an organisation; its name must not be taken, whatever the case. */
	public OrganisationView register(Actor actor, OrganisationDetails details) {
		policy.require(policy.mayManageOrganisations(actor));
		if (organisations.existsByNameIgnoreCase(details.name().strip())) {
			throw new DuplicateValueException("name", "organisation.name.taken");
		}
		return save(Organisation.register(details, clock.instant())).view();
	}

	/**
	 * Changes an organisation as it was at {@code version}; if someone changed it since, nothing
	 * is overwritten.
	 */
	public OrganisationView describe(Actor actor, OrganisationId id, long version, OrganisationDetails details) {
		return change(actor, id, version, organisation -> {
			if (organisations.existsByNameIgnoreCaseAndIdNot(details.name().strip(), id.value())) {
				throw new DuplicateValueException("name", "organisation.name.taken");
			}
			organisation.describe(details);
		});
	}

	public OrganisationView addSite(Actor actor, OrganisationId id, SiteDetails site) {
		return change(actor, id, null, organisation -> organisation.addSite(site));
	}

	public OrganisationView removeSite(Actor actor, OrganisationId id, UUID siteId) {
		return change(actor, id, null, organisation -> organisation.removeSite(siteId));
	}

	public OrganisationView addContact(Actor actor, OrganisationId id, ContactDetails contact) {
		return change(actor, id, null, organisation -> organisation.addContact(contact));
	}

	public OrganisationView removeContact(Actor actor, OrganisationId id, UUID contactId) {
		return change(actor, id, null, organisation -> organisation.removeContact(contactId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganisationChoice> choices() {
		return organisations.findAllByOrderByNameAsc()
			.stream()
			.map(organisation -> new OrganisationChoice(organisation.id(), organisation.name()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<OrganisationId, String> names(Collection<OrganisationId> ids) {
		return organisations.findAllById(ids.stream().map(OrganisationId::value).toList())
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganisationChoice> leadAgencies() {
		return organisations.findByTypeOrderByNameAsc(OrganisationType.LEAD_AGENCY)
			.stream()
			.map(organisation -> new OrganisationChoice(organisation.id(), organisation.name()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean leadsPrograms(OrganisationId id) {
		return organisations.findById(id.value()).filter(found -> found.type() == OrganisationType.LEAD_AGENCY).isPresent();
	}

	private OrganisationView change(Actor actor, OrganisationId id, Long version, Consumer<Organisation> change) {
		policy.require(policy.mayManageOrganisations(actor));
		var organisation = visible(actor, id);
		if (version != null) {
			organisation.requireVersion(version);
		}
		change.accept(organisation);
		return save(organisation).view();
	}

	private Organisation visible(Actor actor, OrganisationId id) {
		Scope scope = policy.organisationsVisibleTo(actor);
		return policy.requireVisible(organisations.findById(id.value()),
				organisation -> policy.includes(scope, organisation.id(), null), "organisation", id);
	}

	private Organisation save(Organisation organisation) {
		try {
			return organisations.saveAndFlush(organisation);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("organisation_name_unique")) {
				throw new DuplicateValueException("name", "organisation.name.taken");
			}
			throw ex;
		}
	}
}
