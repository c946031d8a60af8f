/**
 * The mentorship: from the signed agreement to its closure — meetings and hours, cadence against
 * the program's rules, pauses and extensions, check-ins and difficulties, group sessions, the
 * completion certificate.
 */
@ApplicationModule(allowedDependencies = {
		"activity", "core", "identity", "matching", "participant", "program" })
package org.passerelle.mentorship;

import org.springframework.modulith.ApplicationModule;
