package org.passerelle.referral;

import java.util.List;

/**
 * A referral that cannot be submitted yet: it stays a draft, and these items are missing.
 */
public class IncompleteReferralException extends RuntimeException {

	private final transient List<String> missing;

	public IncompleteReferralException(List<String> missing) {
		super("Missing: " + missing);
		this.missing = List.copyOf(missing);
	}

	/** What is missing, each written in the reader's language. */
	public List<String> missing() {
		return missing;
	}
}
