package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.passerelle.core.InvalidFieldException;

/**
 * The password policy after NIST SP 800-63B: length and a list of common passwords, no
 * composition rules.
 */
class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void shipsAListOfAtLeastTenThousandCommonPasswords() {
		assertThat(policy.commonCount()).isGreaterThanOrEqualTo(10_000);
	}

	@Test
	void refusesElevenCharactersAndAcceptsTwelve() {
		assertThatThrownBy(() -> policy.check("tulip-field", "amina@example.org"))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> {
				assertThat(ex.messageCode()).isEqualTo("password.tooShort");
				assertThat(ex.field()).isEqualTo("password");
			});
		assertThatCode(() -> policy.check("tulip-fields", "amina@example.org")).doesNotThrowAnyException();
	}

	@Test
	void acceptsSpacesAccentsAndLongPassphrasesWithoutDemandingDigitsOrSymbols() {
		assertThatCode(() -> policy.check("le café de la rue est très bon", "amina@example.org"))
			.doesNotThrowAnyException();
		assertThatCode(() -> policy.check("x".repeat(30) + " y".repeat(20), "amina@example.org"))
			.doesNotThrowAnyException();
		assertThatCode(() -> policy.check("نخلة في الصحراء الكبيرة", "amina@example.org")).doesNotThrowAnyException();
	}

	@Test
	void countsCharactersNotBytesOrCodeUnits() {
		// 12 emoji are 24 UTF-16 units: still 12 characters, accepted; 11 are refused
		assertThatCode(() -> policy.check("🌷".repeat(12), "amina@example.org")).doesNotThrowAnyException();
		assertThatThrownBy(() -> policy.check("🌷".repeat(11), "amina@example.org"))
			.hasMessageContaining("password.tooShort");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThatThrownBy(() -> policy.check("password1234", "amina@example.org")).hasMessageContaining("password.common");
		assertThatThrownBy(() -> policy.check("PassWord1234", "amina@example.org")).hasMessageContaining("password.common");
	}

	@Test
	void refusesAPasswordContainingTheLocalPartOfTheAddress() {
		assertThatThrownBy(() -> policy.check("amina.diallo-2026", "Amina.Diallo@example.org"))
			.hasMessageContaining("password.containsEmail");
	}

	@Test
	void refusesTooLongAPassword() {
		assertThatThrownBy(() -> policy.check("a".repeat(PasswordPolicy.MAXIMUM_LENGTH + 1), "amina@example.org"))
			.hasMessageContaining("password.tooLong");
	}
}
