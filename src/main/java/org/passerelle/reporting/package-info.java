/**
 * Reporting: read-only figures over what the other modules recorded — the results of a period per
 * program and the referrals per agency, profile statistics and the evaluation elements — for administrators, coordinators and funders, with their
 * exports and charts.
 */
@ApplicationModule(allowedDependencies = {
		"core", "evaluation", "identity", "program", "participant", "matching", "mentorship", "referral", "activity",
		"organisation" })
package org.passerelle.reporting;

import org.springframework.modulith.ApplicationModule;
