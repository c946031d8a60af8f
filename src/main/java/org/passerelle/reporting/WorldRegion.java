package org.passerelle.reporting;

import java.util.HashMap;
import java.util.Map;

/**
 * The region of the world a country of origin lies in, after the United Nations' geoscheme
 * (M49), Canada apart: the seeds count people born here ("Québécois d'origine") apart from
 * immigrants. A code no region holds, or none, is {@link #NOT_RECORDED}.
 */
enum WorldRegion {

	CANADA(""), AFRICA("""
			DZ EG LY MA SD TN EH BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW AO CM CF TD CG CD GQ GA
			ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG IO TF"""),
	ASIA("""
			KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN IR MV NP PK LK AM AZ
			BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"""),
	EUROPE("""
			BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB AL AD BA HR GI GR VA IT MT
			ME MK PT SM RS SI ES XK AT BE FR DE LI LU MC NL CH"""),
	LATIN_AMERICA("""
			AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI BZ CR SV GT HN MX NI
			PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE"""),
	NORTHERN_AMERICA("US BM GL PM"),
	OCEANIA("AU NZ NF FJ NC PG SB VU GU KI MH FM NR MP PW AS CK PF NU PN WS TK TO TV WF UM CX CC HM"),
	NOT_RECORDED("");

	private static final Map<String, WorldRegion> BY_COUNTRY = new HashMap<>();

	static {
		for (var region : values()) {
			for (var code : region.countries.split("\\s+")) {
				if (!code.isBlank()) {
					BY_COUNTRY.put(code, region);
				}
			}
		}
		BY_COUNTRY.put("CA", CANADA);
	}

	private final String countries;

	WorldRegion(String countries) {
		this.countries = countries;
	}

	/** The region of an ISO 3166 two-letter code. */
	static WorldRegion of(String country) {
		return country == null ? NOT_RECORDED : BY_COUNTRY.getOrDefault(country.strip().toUpperCase(java.util.Locale.ROOT), NOT_RECORDED);
	}
}
