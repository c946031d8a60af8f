/**
 * Mentoring programs: their type, format and rules, the templates of every program model of the
 * seeds, eligibility criteria as data, and the coordinators assigned to each.
 */
@ApplicationModule(allowedDependencies = { "core", "identity", "reference" })
package org.passerelle.program;

import org.springframework.modulith.ApplicationModule;
