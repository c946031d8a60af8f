package org.passerelle.participant;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

	Optional<Participant> findByEmail(String email);

	Optional<Participant> findByUserId(UUID userId);
}
