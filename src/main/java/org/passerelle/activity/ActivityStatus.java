package org.passerelle.activity;

/**
 * Where an event stands: planned, called off (with a reason), or held (its attendance taken).
 */
public enum ActivityStatus {
	SCHEDULED, CANCELLED, HELD
}
