package org.passerelle.core;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The one {@link FieldEncryption} of the application, from the configured keys and the key file;
 * the embedded database's installation generates its key at its first start (ADR 0026).
 */
@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

	@Bean
	FieldEncryption fieldEncryption(EncryptionProperties properties, Environment environment) {
		boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		return EncryptionKeys.load(properties.keys(), properties.current(), properties.keyFile(), embedded);
	}
}
