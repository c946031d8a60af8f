package org.passerelle.core.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nightly backup, off unless a folder is given.
 *
 * @param directory the folder the backups go to; none means no nightly backup
 * @param cron when it runs, by default at 2 a.m. in the organisation's time zone
 * @param keep how many backups stay in the folder; older ones are deleted
 */
@ConfigurationProperties("passerelle.backup.nightly")
public record NightlyBackupProperties(Path directory, @DefaultValue("0 0 2 * * *") String cron,
		@DefaultValue("14") int keep) {
}
