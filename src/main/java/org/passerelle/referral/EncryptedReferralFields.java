package org.passerelle.referral;

import org.passerelle.core.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The referral's fields encrypted at rest: the documents attached, such as CVs (ADR 0026). */
@Configuration(proxyBeanMethods = false)
class EncryptedReferralFields {

	@Bean
	EncryptedColumn referralDocuments() {
		return EncryptedColumn.bytes("referral_document", "content", "id");
	}
}
