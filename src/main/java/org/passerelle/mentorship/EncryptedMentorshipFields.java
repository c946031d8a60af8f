package org.passerelle.mentorship;

import org.passerelle.core.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mentorship's fields encrypted at rest: each party's private notes of meetings (ADR 0026). */
@Configuration(proxyBeanMethods = false)
class EncryptedMentorshipFields {

	@Bean
	EncryptedColumn meetingPrivateNotes() {
		return EncryptedColumn.text("meeting_private_note", "note", "meeting_id", "author");
	}
}
