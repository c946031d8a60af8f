package org.passerelle.evaluation;

/** A step on the way to work that the coordinator records (R-OUT-2): an interview obtained, a training followed. */
public enum CareerStepKind {
	INTERVIEW, TRAINING
}
