package org.passerelle.reference;

/**
 * A place as a page shows it: its text, and {@code lang} — {@code "en"} — when that text is in
 * another language than the page's, for screen readers and translators; {@code null} otherwise.
 */
public record PlaceName(String text, String lang) {
}
