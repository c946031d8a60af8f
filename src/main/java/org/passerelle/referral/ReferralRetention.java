package org.passerelle.referral;

import org.passerelle.participant.ParticipantEvents.ApplicationDestroyed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When an application not selected is destroyed at the end of its retention, destroys with it
 * what its referral held about the person — the agency's notes, the messages, the documents —
 * in the same transaction, so that nothing survives a destruction half done. The referral's
 * dated states remain for the statistics per agency.
 */
@Component
class ReferralRetention {

	private final ReferralRepository referrals;

	private final JdbcClient jdbc;

	ReferralRetention(ReferralRepository referrals, JdbcClient jdbc) {
		this.referrals = referrals;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ApplicationDestroyed event) {
		referrals.findByParticipantId(event.participant().value())
			.stream()
			.filter(referral -> event.personDestroyed() || referral.program().equals(event.program()))
			.forEach(referral -> {
				jdbc.sql("delete from referral_document where referral_id = ?").param(referral.id().value()).update();
				referral.forgetPersonalData(event.personDestroyed());
				referrals.save(referral);
			});
	}
}
