package org.passerelle.mentorship;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorshipRepository extends JpaRepository<Mentorship, UUID> {

	Optional<Mentorship> findByMatchId(UUID matchId);

	List<Mentorship> findByProgramIdIn(Collection<UUID> programIds);

	List<Mentorship> findByMenteeIdOrMentorId(UUID menteeId, UUID mentorId);

	List<Mentorship> findByProgramIdInAndStatus(Collection<UUID> programIds, MentorshipStatus status);

	List<Mentorship> findByStatusIn(Collection<MentorshipStatus> statuses);
}
