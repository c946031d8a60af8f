package org.passerelle.privacy;

/** How a request reached the organisation. */
public enum RequestChannel {
	ONLINE_FORM, EMAIL, LETTER, PHONE, IN_PERSON
}
