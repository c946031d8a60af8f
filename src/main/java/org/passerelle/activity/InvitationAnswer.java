package org.passerelle.activity;

/**
 * What an invited person answers.
 */
public enum InvitationAnswer {
	ATTENDING, NOT_ATTENDING
}
