package org.passerelle.core;

/**
 * What an action refused, for the rules tests of the aggregates: the message code of the rule it
 * broke, or the field and code it refused; an action that refuses nothing fails the test.
 */
public final class Refusals {

	private Refusals() {
	}

	/** The message code of the rule the action breaks. */
	public static String rule(Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolationException ex) {
			return ex.messageCode();
		}
		throw new AssertionError("no rule broken");
	}

	/** {@code field:code} of the field the action refuses. */
	public static String field(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidFieldException ex) {
			return ex.field() + ":" + ex.messageCode();
		}
		throw new AssertionError("no field refused");
	}
}
