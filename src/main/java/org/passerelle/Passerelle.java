package org.passerelle;

import org.passerelle.core.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Passerelle: professional mentoring programs for skilled newcomers, from referral to outcome.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Passerelle {

	public static void main(String[] args) {
		if (BackupCommand.isCommand(args)) {
			// the database alone, before any web server, job or migration
			System.exit(BackupCommand.run(args));
		}
		var context = SpringApplication.run(Passerelle.class, args);
		if (args.length > 0 && ("import".equals(args[0]) || "rekey".equals(args[0]))) {
			// a command: the import or the rekey ran while starting; stop instead of serving pages
			System.exit(SpringApplication.exit(context));
		}
	}
}
