package org.passerelle.participant;

/**
 * How a person gave or withdrew a consent: on a form with staff, on paper, by phone, on the public
 * application form, or themselves from their account.
 */
public enum ConsentMeans {
	FORM, PAPER, PHONE, ONLINE_APPLICATION, ACCOUNT
}
