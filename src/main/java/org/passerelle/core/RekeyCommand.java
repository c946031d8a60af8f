package org.passerelle.core;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar passerelle.jar rekey}: brings every encrypted value under the current key in the
 * foreground — after a new key was made current, before the old one is removed — says what it did,
 * then stops. It fails (exit status 1) while any value cannot be read: the old key must then stay.
 */
@Component
@Order(5)
class RekeyCommand implements ApplicationRunner {

	static final String COMMAND = "rekey";

	private final FieldReencryption reencryption;

	private final FieldEncryption encryption;

	RekeyCommand(FieldReencryption reencryption, FieldEncryption encryption) {
		this.reencryption = reencryption;
		this.encryption = encryption;
	}

	/** Whether the command line asks for the rekey command. */
	static boolean isCommand(String... args) {
		return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).findFirst().filter(COMMAND::equals).isPresent();
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		if (words.isEmpty() || !COMMAND.equals(words.getFirst())) {
			return;
		}
		var results = reencryption.reencrypt();
		results.forEach(result -> System.out.printf("%s: %d encrypted, %d moved to key '%s', %d unreadable%n",
				result.column(), result.encrypted(), result.rekeyed(), encryption.currentKey(), result.unreadable()));
		int unreadable = results.stream().mapToInt(FieldReencryption.Result::unreadable).sum();
		if (unreadable > 0) {
			throw new IllegalStateException(unreadable + " encrypted values cannot be read (see the log): keep every "
					+ "older key configured until they can");
		}
		System.out.printf("Every encrypted value is under key '%s': the older keys may be removed%n", encryption.currentKey());
	}
}
