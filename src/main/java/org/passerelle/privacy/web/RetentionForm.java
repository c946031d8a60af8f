package org.passerelle.privacy.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.passerelle.core.RecordKind;

/**
 * A period to set: how many months a program ({@code null} for the installation's kinds) keeps a
 * kind of record. The limits are the service's, said with their reason.
 */
record RetentionForm(UUID program, @NotNull(message = "{privacy.retention.kind.required}") RecordKind kind,
		@NotNull(message = "{privacy.retention.months.required}") Integer months) {
}
