package org.passerelle.mentorship;

/**
 * Who acts on a mentorship: one of the pair, or the program's coordinator.
 */
public enum Party {
	MENTEE, MENTOR, COORDINATOR;

	/** The other one of the pair. */
	Party other() {
		return switch (this) {
			case MENTEE -> MENTOR;
			case MENTOR -> MENTEE;
			case COORDINATOR -> COORDINATOR;
		};
	}
}
