package org.passerelle.evaluation;

import java.time.LocalDate;

/** An interview obtained or a training followed, on a date, in a few words (R-OUT-2). */
public record CareerStep(CareerStepKind kind, LocalDate happenedOn, String description) implements java.io.Serializable {
}
