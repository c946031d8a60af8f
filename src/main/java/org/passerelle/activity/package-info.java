/**
 * Group sessions and events of a program (R-MEN-6): peer support meetings, workshops, networking,
 * interview simulations, conferences and celebrations, with their invitations, answers and attendance.
 */
package org.passerelle.activity;
