package org.passerelle.privacy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.passerelle.privacy.NoticeMeans;
import org.passerelle.privacy.NoticeRecipient;
import org.springframework.format.annotation.DateTimeFormat;

/** A notice of an incident sent, as of the incident's version read. */
record NoticeForm(@NotNull(message = "{privacy.incident.notice.recipient.required}") NoticeRecipient recipient,
		@NotNull(message = "{privacy.incident.notice.sentOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
		@NotNull(message = "{privacy.incident.notice.means.required}") NoticeMeans means,
		@NotNull(message = "{field.versionRequired}") Long version) {
}
