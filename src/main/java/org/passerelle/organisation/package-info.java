/**
 * The organisations of a mentoring collaboration (lead agency, referral agencies, employers,
 * associations, schools, funders), with their sites and contacts.
 */
@ApplicationModule(allowedDependencies = { "core", "identity" })
package org.passerelle.organisation;

import org.springframework.modulith.ApplicationModule;
