package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One change of a referral's state: when, by whom, from what to what, and why.
 */
@Embeddable
public record ReferralEvent(Instant at, @Column(name = "by_user") UUID by,
		@Enumerated(EnumType.STRING) ReferralStatus fromStatus, @Enumerated(EnumType.STRING) ReferralStatus toStatus,
		String note) {
}
