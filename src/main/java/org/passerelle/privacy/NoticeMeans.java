package org.passerelle.privacy;

/** How a notice of an incident was sent. */
public enum NoticeMeans {
	ONLINE_FORM, EMAIL, LETTER, PHONE, IN_PERSON,
	/** A public notice, where telling each person directly is not possible (Law 25 s. 3.5, par. 3). */
	PUBLIC_NOTICE
}
