package org.passerelle.participant;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * A step toward a goal of an action plan: what to do, by when, and when it was done.
 */
@Embeddable
record ActionStep(UUID id, String text, LocalDate dueDate, LocalDate doneOn) {
}
