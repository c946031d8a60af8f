package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cipher of the fields encrypted at rest, and where its keys come from; no Spring. */
class FieldEncryptionTests {

	static final byte[] KEY_A = key(1);

	static final byte[] KEY_B = key(2);

	static byte[] key(int seed) {
		var key = new byte[32];
		new Random(seed).nextBytes(key);
		return key;
	}

	final FieldEncryption underA = new FieldEncryption(Map.of("a", KEY_A), "a");

	@Test
	void aTextIsStoredUnderItsKeyIdWithoutThePlainTextAndReadBack() {
		var stored = underA.encrypt("Salle calme, appareil auditif");
		assertThat(stored).startsWith("enc:a:").doesNotContain("calme");
		assertThat(underA.decrypt(stored)).isEqualTo("Salle calme, appareil auditif");
		assertThat(underA.encrypt("Salle calme, appareil auditif")).as("a random nonce for each value").isNotEqualTo(stored);
		assertThat(underA.encrypt("")).isNotEmpty();
		assertThat(underA.decrypt(underA.encrypt(""))).isEmpty();
		assertThat(underA.encrypt((String) null)).isNull();
	}

	@Test
	void aDocumentIsStoredUnderItsKeyIdAndReadBackByteForByte() {
		var pdf = new byte[100_000];
		new Random(7).nextBytes(pdf);
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 8);
		var stored = underA.encrypt(pdf);
		assertThat(new String(stored, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("enc:a:");
		assertThat(FieldEncryption.keyIdOf(stored)).contains("a");
		assertThat(underA.decrypt(stored)).isEqualTo(pdf);
	}

	@Test
	void aValueWrittenBeforeEncryptionIsReadAsItIs() {
		assertThat(underA.decrypt("A quiet room")).isEqualTo("A quiet room");
		assertThat(underA.decrypt("enc: not really")).isEqualTo("enc: not really");
		assertThat(FieldEncryption.keyIdOf("A quiet room")).isEmpty();
		var pdf = "%PDF-1.4 a CV".getBytes(StandardCharsets.US_ASCII);
		assertThat(underA.decrypt(pdf)).isEqualTo(pdf);
		assertThat(FieldEncryption.keyIdOf(pdf)).isEmpty();
	}

	@Test
	void valuesUnderAnOlderKeyStayReadableOnceAnotherKeyIsCurrent() {
		var text = underA.encrypt("Needs a ramp");
		var bytes = underA.encrypt("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
		var underB = new FieldEncryption(Map.of("a", KEY_A, "b", KEY_B), "b");
		assertThat(underB.decrypt(text)).isEqualTo("Needs a ramp");
		assertThat(underB.decrypt(bytes)).asString(StandardCharsets.US_ASCII).isEqualTo("%PDF-1.7");
		assertThat(underB.encrypt("Needs a ramp")).startsWith("enc:b:");
	}

	@Test
	void anAlteredValueFailsLoudlyInsteadOfBeingReadWrong() {
		var stored = underA.encrypt("Needs a ramp");
		var sealed = Base64.getDecoder().decode(stored.substring("enc:a:".length()));
		sealed[sealed.length - 1] ^= 1;
		var altered = "enc:a:" + Base64.getEncoder().encodeToString(sealed);
		assertThatThrownBy(() -> underA.decrypt(altered)).isInstanceOf(UnreadableValueException.class)
			.hasMessageContaining("authentication tag");

		var bytes = underA.encrypt("%PDF-1.7 a CV".getBytes(StandardCharsets.US_ASCII));
		bytes[10] ^= 1;
		assertThatThrownBy(() -> underA.decrypt(bytes)).isInstanceOf(UnreadableValueException.class);

		var both = new FieldEncryption(Map.of("a", KEY_A, "b", KEY_B), "a");
		var movedToAnotherKeyId = "enc:b:" + stored.substring("enc:a:".length());
		assertThatThrownBy(() -> both.decrypt(movedToAnotherKeyId)).as("the key id is authenticated with the value")
			.isInstanceOf(UnreadableValueException.class);
	}

	@Test
	void aValueUnderAKeyNotConfiguredIsUnreadableAndSaysWhichKey() {
		var stored = new FieldEncryption(Map.of("b", KEY_B), "b").encrypt("Needs a ramp");
		assertThatThrownBy(() -> underA.decrypt(stored)).isInstanceOf(UnreadableValueException.class)
			.hasFieldOrPropertyWithValue("keyId", "b")
			.hasMessageContaining("not configured");
	}

	@Test
	void keysOfAnotherSizeOrAnUnknownCurrentKeyAreRefused() {
		assertThatThrownBy(() -> new FieldEncryption(Map.of("a", Arrays.copyOf(KEY_A, 16)), "a"))
			.hasMessageContaining("256");
		assertThatThrownBy(() -> new FieldEncryption(Map.of("a", KEY_A), "b")).hasMessageContaining("current");
		assertThatThrownBy(() -> new FieldEncryption(Map.of("a:b", KEY_A), "a:b")).hasMessageContaining("id");
		assertThatThrownBy(() -> new FieldEncryption(Map.of("K2026", KEY_A), "K2026")).hasMessageContaining("lower-case");
	}

	@Test
	void theEmbeddedInstallationGeneratesItsKeyOnceIntoAFileOnlyItsOwnerReads(@TempDir Path data) throws Exception {
		var file = data.resolve("data/encryption.keys");
		var generated = EncryptionKeys.load(Map.of(), null, file, true);
		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		var stored = generated.encrypt("Needs a ramp");

		var again = EncryptionKeys.load(Map.of(), null, file, true);
		assertThat(again.currentKey()).isEqualTo(generated.currentKey());
		assertThat(again.decrypt(stored)).isEqualTo("Needs a ramp");

		// a rotation: a configured key made current, the generated one still read
		var rotated = EncryptionKeys.load(Map.of("k2", Base64.getEncoder().encodeToString(KEY_B)), "k2", file, true);
		assertThat(rotated.currentKey()).isEqualTo("k2");
		assertThat(rotated.keyIds()).contains(generated.currentKey(), "k2");
		assertThat(rotated.decrypt(stored)).isEqualTo("Needs a ramp");
	}

	@Test
	void anExternalDatabaseWithoutAConfiguredKeyRefusesToStart(@TempDir Path data) {
		assertThatThrownBy(() -> EncryptionKeys.load(Map.of(), null, data.resolve("encryption.keys"), false))
			.hasMessageContaining("passerelle.encryption.keys.");
		assertThat(data.resolve("encryption.keys")).doesNotExist();
		assertThatThrownBy(() -> EncryptionKeys.load(Map.of("a", Base64.getEncoder().encodeToString(KEY_A), "b",
				Base64.getEncoder().encodeToString(KEY_B)), null, data.resolve("encryption.keys"), false))
			.as("several keys, none current")
			.hasMessageContaining("passerelle.encryption.current");
		assertThat(EncryptionKeys.load(Map.of("a", Base64.getEncoder().encodeToString(KEY_A)), null,
				data.resolve("encryption.keys"), false).currentKey()).isEqualTo("a");
	}
}
