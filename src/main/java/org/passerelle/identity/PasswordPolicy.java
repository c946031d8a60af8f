package org.passerelle.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.passerelle.core.InvalidFieldException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B: long enough, not one of the passwords people
 * use most, not the person's own address — and nothing else. No mix of letters, digits and
 * symbols is demanded (such rules make passwords harder to remember, not harder to guess); any
 * character is accepted, spaces and accents included, up to {@value #MAXIMUM_LENGTH} characters.
 * The common passwords come from the npm package {@code popular-passwords} 1.0.3 (MIT licence,
 * Manuel Vila, drawn from zxcvbn's lists; see {@code common-passwords.NOTICE}).
 */
@Component
public class PasswordPolicy {

	/** Shortest password accepted. */
	public static final int MINIMUM_LENGTH = 12;

	/** Longest password accepted: long passphrases are welcome. */
	public static final int MAXIMUM_LENGTH = 200;

	/** Local parts this short say nothing about the password ("jo" in "jo@…"). */
	private static final int SHORTEST_TELLING_LOCAL_PART = 3;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("common-passwords.txt");
	}

	/**
	 * Refuses a password that breaks the policy, saying why through the message code, on the
	 * field {@code password}.
	 *
	 * @param email the address of the account, whose local part the password may not contain
	 */
	public void check(String password, String email) {
		if (password == null || password.isEmpty()) {
			throw new InvalidFieldException("password", "password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			throw new InvalidFieldException("password", "password.tooShort", MINIMUM_LENGTH);
		}
		if (length > MAXIMUM_LENGTH) {
			throw new InvalidFieldException("password", "password.tooLong", MAXIMUM_LENGTH);
		}
		var folded = password.strip().toLowerCase(Locale.ROOT);
		if (common.contains(folded)) {
			throw new InvalidFieldException("password", "password.common");
		}
		var localPart = email == null ? "" : email.strip().toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
		if (localPart.length() >= SHORTEST_TELLING_LOCAL_PART && folded.contains(localPart)) {
			throw new InvalidFieldException("password", "password.containsEmail");
		}
	}

	/** Whether the password is one of the common ones, whatever its case. */
	boolean isCommon(String password) {
		return common.contains(password.strip().toLowerCase(Locale.ROOT));
	}

	int commonCount() {
		return common.size();
	}

	private static Set<String> load(String resource) {
		var passwords = new HashSet<String>(64_000);
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}
}
