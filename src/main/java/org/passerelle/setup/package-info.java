/**
 * Setting up an installation: the first administrator on an empty database, and the
 * demonstration data.
 */
@ApplicationModule(allowedDependencies = {
		"activity", "core", "identity", "matching", "mentorship", "organisation", "participant",
		"program", "reference", "referral" })
package org.passerelle.setup;

import org.springframework.modulith.ApplicationModule;
