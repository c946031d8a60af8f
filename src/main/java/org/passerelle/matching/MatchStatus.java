package org.passerelle.matching;

/**
 * Where a proposed pair stands (R-MAT-5): proposed to both, accepted by both, introduced at a
 * meeting, agreement signed by both — or declined by one, or cancelled by the program; ended once
 * the mentorship that followed closed.
 */
public enum MatchStatus {
	PROPOSED, ACCEPTED, INTRODUCED, AGREED, DECLINED, CANCELLED, ENDED;

	/** Whether the pair still holds the mentee and a place of the mentor's. */
	public boolean open() {
		return this != DECLINED && this != CANCELLED && this != ENDED;
	}
}
