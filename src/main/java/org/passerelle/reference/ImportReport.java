package org.passerelle.reference;

/**
 * What an import of reference data did.
 *
 * @param read rows read from the file
 * @param added classes or areas that were new
 * @param updated classes or areas already known, whose titles or places were replaced
 * @param setAside rows left out without refusing the file, such as a postal area centred outside Canada
 */
public record ImportReport(int read, int added, int updated, int setAside) implements java.io.Serializable {
}
