/**
 * The organisations of a mentoring collaboration (lead agency, referral agencies, employers,
 * associations, schools, funders), with their sites and contacts.
 */
package org.passerelle.organisation;
