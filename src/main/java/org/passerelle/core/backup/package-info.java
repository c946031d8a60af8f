/**
 * Backups of the whole database through JDBC (the embedded server ships no {@code pg_dump}): the
 * {@code backup} and {@code restore} commands, and the optional nightly backup.
 */
package org.passerelle.core.backup;
