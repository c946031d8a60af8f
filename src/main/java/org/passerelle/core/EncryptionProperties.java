package org.passerelle.core;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys of the fields encrypted at rest (docs/operations.md, "Encryption at rest").
 *
 * @param keys each AES-256 key, in Base64, by its id: {@code passerelle.encryption.keys.<id>}
 * @param current the id of the key new values are encrypted with; may be left out with one key
 * @param keyFile where the embedded installation keeps the key it generated when none is configured
 *        (read too when keys are configured, so that its key stays readable after a rotation)
 * @param reencryptAtStart whether the values written before encryption or under an older key are
 *        encrypted under the current key after each start, in the background
 * @param batchSize how many values are read at a time while they are encrypted again
 */
@ConfigurationProperties("passerelle.encryption")
public record EncryptionProperties(Map<String, String> keys, String current,
		@DefaultValue("./data/encryption.keys") Path keyFile, @DefaultValue("true") boolean reencryptAtStart,
		@DefaultValue("200") int batchSize) {

	public EncryptionProperties {
		keys = keys == null ? Map.of() : Map.copyOf(keys);
	}
}
