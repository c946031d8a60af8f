package org.passerelle.participant;

/**
 * What a person consents to, one purpose at a time (R-PRIV-1), each with the version of its
 * wording shown to people today. The wording of every version is kept in the messages under
 * {@link #textCode(int)}, in both languages; a new wording is a new version, never an edit of an
 * old one (ADR 0023), so that what someone agreed to can always be read again.
 */
public enum ConsentPurpose {

	SHARE_WITH_PROGRAM(1), SHARE_WITH_REFERRING_AGENCY(1), SHARE_WITH_EMPLOYER(1), CONTACT_BY_EMAIL(1), SURVEYS(1),
	PHOTOGRAPHS(1);

	private final int textVersion;

	ConsentPurpose(int textVersion) {
		this.textVersion = textVersion;
	}

	/** The version of the wording shown today. */
	public int textVersion() {
		return textVersion;
	}

	/** The message code of a version of the wording. */
	public String textCode(int version) {
		return "privacy.consent.text." + name() + ".v" + version;
	}

	/** The message code of the wording shown today. */
	public String textCode() {
		return textCode(textVersion);
	}
}
