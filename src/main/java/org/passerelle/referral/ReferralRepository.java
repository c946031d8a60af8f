package org.passerelle.referral;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

	List<Referral> findAllByOrderByCreatedAtDesc();

	List<Referral> findByAgencyIdOrderByCreatedAtDesc(UUID agencyId);

	List<Referral> findByProgramIdInOrderByCreatedAtDesc(Collection<UUID> programIds);

	List<Referral> findByAgencyIdAndStatusInOrderByCreatedAtAsc(UUID agencyId, Collection<ReferralStatus> statuses);

	List<Referral> findByParticipantId(UUID participantId);
}
