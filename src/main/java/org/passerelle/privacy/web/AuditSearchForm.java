package org.passerelle.privacy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The privacy officer's search of the audit trail: the person and the user each by e-mail address
 * or id, and the days from and to (both included); what is left out matches everything.
 */
record AuditSearchForm(@Size(max = 254, message = "{field.tooLong}") String person,
		@Size(max = 254, message = "{field.tooLong}") String user,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	static AuditSearchForm empty() {
		return new AuditSearchForm("", "", null, null);
	}
}
