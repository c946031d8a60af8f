/**
 * The people of the programs — mentees and mentors — with everything eligibility and matching
 * need, their screening, consent and accommodation needs, their participations over time, and
 * the lists, searches, exports and imports coordinators work with.
 */
@ApplicationModule(allowedDependencies = { "core", "identity", "program", "reference" })
package org.passerelle.participant;

import org.springframework.modulith.ApplicationModule;
