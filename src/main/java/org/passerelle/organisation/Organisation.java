package org.passerelle.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;

/**
 * An organisation with its sites and contacts, changed as one.
 */
@Entity
class Organisation extends AggregateRoot<Organisation> {

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	private String website;

	private String email;

	private String phone;

	@Column(updatable = false)
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "organisation_id", nullable = false)
	@OrderBy("name")
	private List<Site> sites = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "organisation_id", nullable = false)
	@OrderBy("fullName")
	private List<Contact> contacts = new ArrayList<>();

	protected Organisation() {
	}

	private Organisation(OrganisationDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.createdAt = createdAt;
		describe(details);
	}

	static Organisation register(OrganisationDetails details, Instant at) {
		return new Organisation(details, at);
	}

	void describe(OrganisationDetails details) {
		this.name = details.name().strip();
		this.type = details.type();
		this.website = Site.blankToNull(details.website());
		this.email = Site.blankToNull(details.email());
		this.phone = Site.blankToNull(details.phone());
	}

	UUID addSite(SiteDetails details) {
		var site = new Site(details);
		sites.add(site);
		return site.id();
	}

	void removeSite(UUID siteId) {
		if (!sites.removeIf(site -> site.id().equals(siteId))) {
			throw new NotFoundException("site", siteId);
		}
	}

	UUID addContact(ContactDetails details) {
		var contact = new Contact(details);
		contacts.add(contact);
		return contact.id();
	}

	void removeContact(UUID contactId) {
		if (!contacts.removeIf(contact -> contact.id().equals(contactId))) {
			throw new NotFoundException("contact", contactId);
		}
	}

	OrganisationId id() {
		return new OrganisationId(id);
	}

	@Override
	protected Object identifier() {
		return id;
	}

	String name() {
		return name;
	}

	OrganisationType type() {
		return type;
	}

	OrganisationSummary summary() {
		return new OrganisationSummary(id(), name, type, sites.size(), createdAt);
	}

	OrganisationView view() {
		return new OrganisationView(id(), version(), name, type, website, email, phone, createdAt,
				sites.stream().map(site -> new OrganisationView.SiteView(site.id(), site.details())).toList(),
				contacts.stream().map(contact -> new OrganisationView.ContactView(contact.id(), contact.details())).toList());
	}
}
