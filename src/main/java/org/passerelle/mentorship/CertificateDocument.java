package org.passerelle.mentorship;

/**
 * A certificate printed as a PDF, with the name to save it under.
 */
public record CertificateDocument(String filename, byte[] content) {
}
