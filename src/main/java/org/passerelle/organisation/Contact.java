package org.passerelle.organisation;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person to reach at an organisation, part of its aggregate.
 */
@Entity
@Table(name = "organisation_contact")
class Contact {

	@Id
	private UUID id;

	private String fullName;

	private String title;

	private String email;

	private String phone;

	protected Contact() {
	}

	Contact(ContactDetails details) {
		this.id = UUID.randomUUID();
		this.fullName = details.fullName().strip();
		this.title = Site.blankToNull(details.title());
		this.email = Site.blankToNull(details.email());
		this.phone = Site.blankToNull(details.phone());
	}

	UUID id() {
		return id;
	}

	ContactDetails details() {
		return new ContactDetails(fullName, title, email, phone);
	}
}
