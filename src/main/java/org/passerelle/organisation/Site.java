package org.passerelle.organisation;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;

/**
 * A location of an organisation, part of its aggregate.
 */
@Entity
@Table(name = "organisation_site")
class Site {

	@Id
	private UUID id;

	private String name;

	private String street;

	private String city;

	@Enumerated(EnumType.STRING)
	private Province province;

	private String postalCode;

	protected Site() {
	}

	Site(SiteDetails details) {
		this.id = UUID.randomUUID();
		this.name = details.name().strip();
		this.street = blankToNull(details.street());
		this.city = details.city().strip();
		this.province = details.province();
		this.postalCode = details.postalCode() == null ? null : details.postalCode().value();
	}

	UUID id() {
		return id;
	}

	SiteDetails details() {
		return new SiteDetails(name, street, city, province, postalCode == null ? null : new PostalCode(postalCode));
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
