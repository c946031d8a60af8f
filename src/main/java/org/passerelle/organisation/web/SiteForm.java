package org.passerelle.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.core.CanadianPostalCode;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.organisation.SiteDetails;

/**
 * A new site, as a form and as an API request body.
 */
record SiteForm(@NotBlank(message = "{site.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
		@Size(max = 300, message = "{field.tooLong}") String street,
		@NotBlank(message = "{site.city.required}") @Size(max = 100, message = "{field.tooLong}") String city,
		@NotNull(message = "{site.province.required}") Province province,
		@CanadianPostalCode String postalCode) {

	static SiteForm empty() {
		return new SiteForm("", "", "", Province.QC, "");
	}

	boolean hasPostalCode() {
		return postalCode != null && !postalCode.isBlank();
	}

	SiteDetails details() {
		return new SiteDetails(name, street, city, province,
				hasPostalCode() ? PostalCode.parse(postalCode).orElseThrow() : null);
	}
}
