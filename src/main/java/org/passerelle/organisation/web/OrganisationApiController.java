package org.passerelle.organisation.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.Actor;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationSummary;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.organisation.OrganisationView;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations over REST, scoped like the pages: administrators and coordinators see all,
 * everyone else their own; only administrators change them.
 */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "Organisations of the collaboration, their sites and contacts")
class OrganisationApiController {

	private final OrganisationManagement organisations;

	OrganisationApiController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "The organisations the caller may see")
	List<OrganisationSummaryResource> list(Actor actor) {
		return organisations.list(actor).stream().map(OrganisationSummaryResource::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation; 404 when it does not exist or lies outside the caller's scope")
	OrganisationView find(Actor actor, @PathVariable OrganisationId id) {
		return organisations.find(actor, id);
	}

	@PostMapping
	@Operation(summary = "Register an organisation (administrators); 409 when the name is taken")
	ResponseEntity<OrganisationView> register(Actor actor, @Valid @RequestBody OrganisationForm request) {
		var organisation = organisations.register(actor, request.details());
		return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id())).body(organisation);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an organisation (administrators); 409 when it changed since the given version")
	OrganisationView describe(Actor actor, @PathVariable OrganisationId id,
			@Validated({ Default.class, OrganisationForm.Change.class }) @RequestBody OrganisationForm request) {
		return organisations.describe(actor, id, request.version(), request.details());
	}

	@PostMapping("/{id}/sites")
	@Operation(summary = "Add a site")
	OrganisationView addSite(Actor actor, @PathVariable OrganisationId id, @Valid @RequestBody SiteForm site) {
		return organisations.addSite(actor, id, site.details());
	}

	@DeleteMapping("/{id}/sites/{siteId}")
	@Operation(summary = "Remove a site")
	OrganisationView removeSite(Actor actor, @PathVariable OrganisationId id, @PathVariable UUID siteId) {
		return organisations.removeSite(actor, id, siteId);
	}

	@PostMapping("/{id}/contacts")
	@Operation(summary = "Add a contact")
	OrganisationView addContact(Actor actor, @PathVariable OrganisationId id, @Valid @RequestBody ContactForm contact) {
		return organisations.addContact(actor, id, contact.details());
	}

	@DeleteMapping("/{id}/contacts/{contactId}")
	@Operation(summary = "Remove a contact")
	OrganisationView removeContact(Actor actor, @PathVariable OrganisationId id, @PathVariable UUID contactId) {
		return organisations.removeContact(actor, id, contactId);
	}

	/** A line of the list. */
	record OrganisationSummaryResource(UUID id, String name, OrganisationType type, int sites, Instant createdAt) {

		static OrganisationSummaryResource of(OrganisationSummary summary) {
			return new OrganisationSummaryResource(summary.id().value(), summary.name(), summary.type(),
					summary.sites(), summary.createdAt());
		}
	}
}
