package org.passerelle.reference;

import org.passerelle.core.Province;

/**
 * A forward sortation area — the first three characters of a postal code — with its place and the
 * coordinates of its centre.
 */
public record PostalArea(String code, String city, Province province, double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	/** The great-circle distance to another area's centre, in kilometres. */
	public double kilometresTo(PostalArea other) {
		double lat1 = Math.toRadians(latitude);
		double lat2 = Math.toRadians(other.latitude);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
