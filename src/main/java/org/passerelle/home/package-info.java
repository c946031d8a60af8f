/**
 * Each person's home page and {@code GET /api/home}: what they have to do next, as counts that
 * link to the page where it is done, gathered from the other modules' public services.
 */
@ApplicationModule(allowedDependencies = {
		"activity", "core", "evaluation", "identity", "matching", "mentorship", "participant", "privacy", "program",
		"referral", "reporting" })
package org.passerelle.home;

import org.springframework.modulith.ApplicationModule;
