package org.passerelle.participant;

/**
 * What an import did.
 */
public record ImportResult(int added, int updated) implements java.io.Serializable {
}
