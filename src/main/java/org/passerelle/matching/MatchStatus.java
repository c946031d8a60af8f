package org.passerelle.matching;

/**
 * Where a proposed pair stands (R-MAT-5): proposed to both, accepted by both, introduced at a
 * meeting, agreement signed by both — or declined by one, or cancelled by the program.
 */
public enum MatchStatus {
	PROPOSED, ACCEPTED, INTRODUCED, AGREED, DECLINED, CANCELLED;

	/** Whether the pair still holds the mentee and a place of the mentor's. */
	public boolean open() {
		return this != DECLINED && this != CANCELLED;
	}
}
