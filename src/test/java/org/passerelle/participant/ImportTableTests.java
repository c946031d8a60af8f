package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.passerelle.core.ImportRejectedException;

/**
 * A file that is not CSV — a quoted cell followed by more text, as in random bytes — is refused
 * as unreadable, which people are told, instead of the parser's error reaching them as a 500.
 */
class ImportTableTests {

	@Test
	void aQuotedCellFollowedByTextIsRefusedAsUnreadable() {
		var content = "first,last\n\"Ana\"x,Diallo\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ImportTable.read("people.csv", content))
			.isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.problems())
				.singleElement()
				.satisfies(problem -> assertThat(problem.messageCode()).isEqualTo("import.unreadable")));
	}
}
