package org.passerelle.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the encryption keys come from: the configuration ({@code passerelle.encryption.keys.<id>},
 * {@code passerelle.encryption.current}) and the key file. An embedded installation with no key
 * at all generates one at its first start into the key file, readable by its owner only (0600): it
 * must be backed up with the database, and apart from it. An external database with no key configured
 * refuses to start — each node would otherwise make its own.
 */
final class EncryptionKeys {

	static final String KEYS = "passerelle.encryption.keys.";

	static final String CURRENT = "passerelle.encryption.current";

	private static final Logger log = LoggerFactory.getLogger(EncryptionKeys.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private EncryptionKeys() {
	}

	/**
	 * The keys configured and those of the key file, if it exists.
	 *
	 * @param mayGenerate whether a key is generated into the key file when there is none (the
	 *        embedded database)
	 */
	static FieldEncryption load(Map<String, String> configured, String current, Path keyFile, boolean mayGenerate) {
		var keys = new LinkedHashMap<String, byte[]>();
		String fileCurrent = null;
		if (Files.exists(keyFile)) {
			var file = read(keyFile);
			fileCurrent = file.getProperty(CURRENT);
			for (var name : file.stringPropertyNames()) {
				if (name.startsWith(KEYS)) {
					keys.put(name.substring(KEYS.length()), decode(name, file.getProperty(name)));
				}
			}
		}
		configured.forEach((id, key) -> {
			var bytes = decode(KEYS + id, key);
			if (keys.containsKey(id) && !java.util.Arrays.equals(keys.get(id), bytes)) {
				throw new IllegalStateException("Encryption key '" + id + "' is configured with another value than in "
						+ keyFile + ": give each key its own id");
			}
			keys.put(id, bytes);
		});
		if (keys.isEmpty()) {
			if (!mayGenerate) {
				throw new IllegalStateException("No encryption key: with an external database, configure "
						+ KEYS + "<id> (32 random bytes in Base64, the same on every node) and " + CURRENT
						+ " (docs/operations.md, \"Encryption at rest\")");
			}
			return generate(keyFile);
		}
		var chosen = current != null && !current.isBlank() ? current.strip()
				: fileCurrent != null ? fileCurrent.strip() : keys.size() == 1 ? keys.keySet().iterator().next() : null;
		if (chosen == null) {
			throw new IllegalStateException("Several encryption keys " + keys.keySet() + ": say which one encrypts with "
					+ CURRENT);
		}
		return new FieldEncryption(keys, chosen);
	}

	/** A new key, written to the key file with permissions for its owner only. */
	static FieldEncryption generate(Path keyFile) {
		var random = new SecureRandom();
		var key = new byte[FieldEncryption.KEY_BYTES];
		random.nextBytes(key);
		var idBytes = new byte[4];
		random.nextBytes(idBytes);
		var id = "k" + HexFormat.of().formatHex(idBytes);
		var text = """
				# Passerelle's encryption key for the fields encrypted at rest, generated at its first start.
				# Back it up with the database, but apart from it: without it, accommodation needs, private
				# notes and documents cannot be read. See docs/operations.md, "Encryption at rest".
				%s=%s
				%s%s=%s
				""".formatted(CURRENT, id, KEYS, id, Base64.getEncoder().encodeToString(key));
		try {
			var parent = keyFile.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			else {
				Files.createFile(keyFile);
			}
			Files.writeString(keyFile, text, StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the encryption key file " + keyFile, ex);
		}
		log.warn("Generated the encryption key '{}' into {}: back this file up with the database, and apart from it",
				id, keyFile.toAbsolutePath().normalize());
		return new FieldEncryption(Map.of(id, key), id);
	}

	private static Properties read(Path keyFile) {
		try {
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				var permissions = Files.getPosixFilePermissions(keyFile);
				if (!OWNER_ONLY.containsAll(permissions)) {
					log.warn("The encryption key file {} can be read by others ({}): chmod 600 it", keyFile,
							PosixFilePermissions.toString(permissions));
				}
			}
			var properties = new Properties();
			try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.ISO_8859_1)) {
				properties.load(reader);
			}
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the encryption key file " + keyFile, ex);
		}
	}

	private static byte[] decode(String name, String base64) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(name + " is not Base64: give 32 random bytes in Base64 (openssl rand -base64 32)");
		}
	}
}
