package org.passerelle.reporting;

import org.passerelle.core.OrganisationId;

/**
 * The referrals one agency made to the programs of a report over a period — or, without an
 * agency, those of all agencies (the total row). A figure is {@code null} where it is suppressed
 * because it is small. What each figure counts is set out in {@link ResultsReporting}.
 *
 * @param agency the referring organisation, {@code null} on the total row
 * @param name its name, {@code null} on the total row
 * @param referred referrals first submitted in the period
 * @param admitted of them, those admitted
 * @param returned of them, those returned to the agency at least once
 */
public record AgencyReferrals(OrganisationId agency, String name, Long referred, Long admitted, Long returned) {
}
