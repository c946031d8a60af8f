package org.passerelle.participant;

import org.passerelle.core.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The participant's fields encrypted at rest: accommodation needs (ADR 0026). */
@Configuration(proxyBeanMethods = false)
class EncryptedParticipantFields {

	@Bean
	EncryptedColumn participantAccommodationNeeds() {
		return EncryptedColumn.text("participant", "accommodation_needs", "id");
	}
}
