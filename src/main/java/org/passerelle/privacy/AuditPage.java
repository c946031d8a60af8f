package org.passerelle.privacy;

import java.util.List;

/** A page of the audit trail, the most recent first. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
