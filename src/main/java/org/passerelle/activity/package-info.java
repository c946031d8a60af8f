/**
 * Group sessions and events of a program (R-MEN-6): peer support meetings, workshops, networking,
 * interview simulations, conferences and celebrations, with their invitations, answers and attendance.
 */
@ApplicationModule(allowedDependencies = { "core", "identity", "participant", "program" })
package org.passerelle.activity;

import org.springframework.modulith.ApplicationModule;
