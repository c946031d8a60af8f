package org.passerelle.participant;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionGoalRepository extends JpaRepository<ActionGoal, UUID> {

	List<ActionGoal> findByParticipantIdOrderByCreatedAt(UUID participantId);
}
