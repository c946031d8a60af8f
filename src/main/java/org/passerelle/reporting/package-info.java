/**
 * Reporting: read-only figures over what the other modules recorded — the results of a period per
 * program and the referrals per agency — for administrators, coordinators and funders, with their
 * exports and charts.
 */
package org.passerelle.reporting;
