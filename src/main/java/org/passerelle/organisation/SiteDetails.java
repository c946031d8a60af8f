package org.passerelle.organisation;

import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;

/**
 * One of an organisation's locations.
 */
public record SiteDetails(String name, String street, String city, Province province, PostalCode postalCode) {
}
