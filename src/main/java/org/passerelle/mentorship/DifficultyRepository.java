package org.passerelle.mentorship;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DifficultyRepository extends JpaRepository<Difficulty, UUID> {

	List<Difficulty> findByMentorshipIdOrderByRaisedAtDesc(UUID mentorshipId);

	List<Difficulty> findByMentorshipIdInAndStatusNot(Collection<UUID> mentorshipIds, DifficultyStatus status);
}
