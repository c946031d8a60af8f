/**
 * The mentorship: from the signed agreement to its closure — meetings and hours, cadence against
 * the program's rules, pauses and extensions, check-ins and difficulties, group sessions, the
 * completion certificate.
 */
package org.passerelle.mentorship;
