package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

/**
 * Verification codes: random, in one readable shape, and read back however they are typed.
 */
class CertificateCodeTests {

	@Test
	void codesAreRandomAndReadable() {
		var seen = new HashSet<String>();
		for (int i = 0; i < 2000; i++) {
			var code = CertificateCode.generate();
			assertThat(code).matches("PSR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
			assertThat(seen.add(code)).as("no code twice").isTrue();
			assertThat(CertificateCode.normalise(code)).contains(code);
		}
	}

	@Test
	void whatIsTypedIsReadBackAsTheCode() {
		assertThat(CertificateCode.normalise("psr-7k3m-q9tx-4fjw")).contains("PSR-7K3M-Q9TX-4FJW");
		assertThat(CertificateCode.normalise(" PSR 7K3M Q9TX 4FJW ")).contains("PSR-7K3M-Q9TX-4FJW");
		assertThat(CertificateCode.normalise("PSR7K3MQ9TX4FJW")).contains("PSR-7K3M-Q9TX-4FJW");
		assertThat(CertificateCode.normalise("7k3m-q9tx-4fjw")).contains("PSR-7K3M-Q9TX-4FJW");
		assertThat(CertificateCode.normalise("7K3MQ9TX4FJW")).contains("PSR-7K3M-Q9TX-4FJW");
		assertThat(CertificateCode.normalise("PSR-1O0L-ABCD-EFGH")).as("O for zero, I and L for one")
			.contains("PSR-1001-ABCD-EFGH");
		assertThat(CertificateCode.normalise("psr-psr0-0000-0000")).contains("PSR-PSR0-0000-0000");
	}

	@Test
	void whatCannotBeACodeIsNone() {
		assertThat(CertificateCode.normalise(null)).isEmpty();
		assertThat(CertificateCode.normalise("")).isEmpty();
		assertThat(CertificateCode.normalise("PSR-7K3M-Q9TX")).isEmpty();
		assertThat(CertificateCode.normalise("PSR-7K3M-Q9TX-4FJWX")).isEmpty();
		assertThat(CertificateCode.normalise("PSR-7K3M-Q9TX-4FJU")).as("U is not in the alphabet").isEmpty();
		assertThat(CertificateCode.normalise("' or 1=1 --")).isEmpty();
	}
}
