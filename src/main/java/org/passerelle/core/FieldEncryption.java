package org.passerelle.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fields kept encrypted at rest (accommodation needs, private notes, documents such as CVs):
 * AES-256-GCM, a random 96-bit nonce for each value, under the current key of several known by
 * their id. Each value stored starts with {@code enc:<key id>:} — followed by the nonce, ciphertext
 * and tag in Base64 for a text, as raw bytes for a document — so that values under an older key stay
 * readable while they are moved to the current one, and a value without the prefix (written before
 * encryption) is read as it is. The prefix is the associated data of the cipher: a value moved to
 * another key id, or altered in any way, fails with {@link UnreadableValueException} instead of
 * being read wrong.
 */
public final class FieldEncryption {

	/** What every encrypted value starts with, before its key id. */
	public static final String PREFIX = "enc:";

	/**
	 * A key id: lower-case letters, digits and {@code -}, 32 at most — read alike from a file and from
	 * an environment variable, which Spring lower-cases.
	 */
	public static final Pattern KEY_ID = Pattern.compile("[a-z0-9-]{1,32}");

	/** A key: 256 bits. */
	public static final int KEY_BYTES = 32;

	private static final Pattern ENCRYPTED_TEXT = Pattern.compile("enc:([a-z0-9-]{1,32}):([A-Za-z0-9+/]+={0,2})");

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys;

	private final String current;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param keys each key by its id, 32 bytes each
	 * @param current the id of the key new values are encrypted with
	 */
	public FieldEncryption(Map<String, byte[]> keys, String current) {
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("No encryption key");
		}
		var known = new LinkedHashMap<String, SecretKey>();
		keys.forEach((id, key) -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalArgumentException("Encryption key id '" + id + "': use lower-case letters, digits or - (32 at most)");
			}
			if (key.length != KEY_BYTES) {
				throw new IllegalArgumentException("Encryption key '" + id + "' has " + key.length * 8
						+ " bits; AES-256 needs 256 (32 bytes in Base64)");
			}
			known.put(id, new SecretKeySpec(key, "AES"));
		});
		if (current == null || !known.containsKey(current)) {
			throw new IllegalArgumentException("The current encryption key '" + current + "' is not among the keys "
					+ known.keySet());
		}
		this.keys = Map.copyOf(known);
		this.current = current;
	}

	/** The id of the key new values are encrypted with. */
	public String currentKey() {
		return current;
	}

	/** The ids of every key known, the current one and older ones still read. */
	public Set<String> keyIds() {
		return keys.keySet();
	}

	/** The text encrypted under the current key; {@code null} stays {@code null}. */
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		var prefix = prefix(current);
		return prefix + Base64.getEncoder().encodeToString(seal(current, prefix, plain.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The text a stored value holds: decrypted when it carries the prefix, as it is when it was
	 * written before encryption; {@code null} stays {@code null}.
	 *
	 * @throws UnreadableValueException under a key not known, or altered
	 */
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		var matcher = ENCRYPTED_TEXT.matcher(stored);
		if (!matcher.matches()) {
			return stored;
		}
		byte[] sealed;
		try {
			sealed = Base64.getDecoder().decode(matcher.group(2));
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableValueException(matcher.group(1), "its Base64 is damaged", ex);
		}
		return new String(open(matcher.group(1), prefix(matcher.group(1)), sealed), StandardCharsets.UTF_8);
	}

	/** The document's bytes encrypted under the current key; {@code null} stays {@code null}. */
	public byte[] encrypt(byte[] plain) {
		if (plain == null) {
			return null;
		}
		var prefix = prefix(current).getBytes(StandardCharsets.US_ASCII);
		var sealed = seal(current, prefix(current), plain);
		var stored = Arrays.copyOf(prefix, prefix.length + sealed.length);
		System.arraycopy(sealed, 0, stored, prefix.length, sealed.length);
		return stored;
	}

	/**
	 * The document's bytes: decrypted when they carry the prefix, as they are when written before
	 * encryption; {@code null} stays {@code null}.
	 *
	 * @throws UnreadableValueException under a key not known, or altered
	 */
	public byte[] decrypt(byte[] stored) {
		if (stored == null) {
			return null;
		}
		var keyId = keyIdOf(stored);
		if (keyId.isEmpty()) {
			return stored;
		}
		var prefix = prefix(keyId.get());
		return open(keyId.get(), prefix, Arrays.copyOfRange(stored, prefix.length(), stored.length));
	}

	/** The key a stored text is encrypted under, or empty for a text written before encryption. */
	public static Optional<String> keyIdOf(String stored) {
		if (stored == null) {
			return Optional.empty();
		}
		var matcher = ENCRYPTED_TEXT.matcher(stored);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The key stored bytes are encrypted under, or empty for a document written before encryption. */
	public static Optional<String> keyIdOf(byte[] stored) {
		if (stored == null || stored.length < PREFIX.length() + 2
				|| !Arrays.equals(stored, 0, PREFIX.length(), PREFIX.getBytes(StandardCharsets.US_ASCII), 0, PREFIX.length())) {
			return Optional.empty();
		}
		for (int i = PREFIX.length(); i < Math.min(stored.length, PREFIX.length() + 33); i++) {
			if (stored[i] == ':') {
				var id = new String(stored, PREFIX.length(), i - PREFIX.length(), StandardCharsets.US_ASCII);
				return KEY_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** What a value under this key starts with: {@code enc:<key id>:}. */
	public static String prefix(String keyId) {
		return PREFIX + keyId + ":";
	}

	private byte[] seal(String keyId, String prefix, byte[] plain) {
		try {
			var nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(prefix.getBytes(StandardCharsets.US_ASCII));
			var sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plain.length));
			cipher.doFinal(plain, 0, plain.length, sealed, NONCE_BYTES);
			return sealed;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available in this Java runtime", ex);
		}
	}

	private byte[] open(String keyId, String prefix, byte[] sealed) {
		var key = keys.get(keyId);
		if (key == null) {
			throw new UnreadableValueException(keyId, "its key is not configured", null);
		}
		if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new UnreadableValueException(keyId, "it is truncated", null);
		}
		try {
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(prefix.getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
		}
		catch (javax.crypto.AEADBadTagException ex) {
			throw new UnreadableValueException(keyId, "its authentication tag does not match (altered, or another key)", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new UnreadableValueException(keyId, ex.getMessage(), ex);
		}
	}
}
