/**
 * The mentorship: from the signed agreement to its closure — pauses, extensions and the closure
 * in {@code MentorshipManagement}, meetings in {@code Meetings}, placement hours, cadence against the
 * program's rules, check-ins and difficulties, exit interviews, calendars and the completion
 * certificate. The rules live in the aggregates ({@code Mentorship}, {@code Meeting}), which raise
 * the module's events; group sessions are the {@code activity} module's.
 */
@ApplicationModule(allowedDependencies = {
		"activity", "core", "identity", "matching", "participant", "program" })
package org.passerelle.mentorship;

import org.springframework.modulith.ApplicationModule;
