package org.passerelle.participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	Optional<Invitation> findByParticipantIdAndProgramIdAndRole(UUID participantId, UUID programId,
			org.passerelle.program.Audience role);

	List<Invitation> findByProgramId(UUID programId);
}
