package org.passerelle.privacy;

/** Who must be told of an incident that presents a risk of serious injury (Law 25 s. 3.5). */
public enum NoticeRecipient {
	/** The Commission d'accès à l'information du Québec. */
	COMMISSION,
	/** The persons whose information the incident concerns. */
	PERSONS
}
