package org.passerelle.matching;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MatchRepository extends JpaRepository<Match, UUID> {

	List<Match> findByProgramIdOrderByProposedAtDesc(UUID programId);

	List<Match> findByMenteeIdOrMentorIdOrderByProposedAtDesc(UUID menteeId, UUID mentorId);

	List<Match> findByStatusIn(Collection<MatchStatus> statuses);

	List<Match> findByProgramIdAndStatusIn(UUID programId, Collection<MatchStatus> statuses);
}
