package org.passerelle.matching;

import org.passerelle.core.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The matching's fields encrypted at rest: the scans of agreements signed on paper (ADR 0026). */
@Configuration(proxyBeanMethods = false)
class EncryptedMatchingFields {

	@Bean
	EncryptedColumn signatureScans() {
		return EncryptedColumn.bytes("match_signature_scan", "content", "match_id", "side");
	}
}
