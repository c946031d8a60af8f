/**
 * Reporting: read-only figures over what the other modules recorded — the results of a period per
 * program and the referrals per agency — for administrators, coordinators and funders, with their
 * exports and charts.
 */
@ApplicationModule(allowedDependencies = {
		"core", "evaluation", "identity", "program", "participant", "matching", "mentorship", "referral" })
package org.passerelle.reporting;

import org.springframework.modulith.ApplicationModule;
