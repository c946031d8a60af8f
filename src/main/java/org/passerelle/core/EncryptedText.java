package org.passerelle.core;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A text field of an entity kept encrypted in its column ({@code @Convert(converter =
 * EncryptedText.class)}): the entity holds the plain text, the database only {@code enc:<key id>:…}.
 * Hibernate makes it through Spring, which gives it the application's {@link FieldEncryption}.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

	private final FieldEncryption encryption;

	public EncryptedText(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	@Override
	public String convertToDatabaseColumn(String plain) {
		return encryption.encrypt(plain);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return encryption.decrypt(stored);
	}
}
