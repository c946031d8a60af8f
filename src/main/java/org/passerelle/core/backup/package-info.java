/**
 * Backups of the whole database through JDBC (the embedded server ships no {@code pg_dump}): the
 * {@code backup} and {@code restore} commands, and the optional nightly backup. Named for the
 * application's {@code main}, which runs the commands instead of the application.
 */
@NamedInterface("backup")
package org.passerelle.core.backup;

import org.springframework.modulith.NamedInterface;
