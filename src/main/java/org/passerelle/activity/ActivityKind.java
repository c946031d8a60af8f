package org.passerelle.activity;

/**
 * What kind of group session or event it is.
 */
public enum ActivityKind {
	PEER_SUPPORT, WORKSHOP, NETWORKING, INTERVIEW_SIMULATION, CONFERENCE, RECOGNITION
}
