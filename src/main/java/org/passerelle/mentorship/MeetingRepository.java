package org.passerelle.mentorship;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

	List<Meeting> findByMentorshipIdOrderByHeldOnDescLoggedAtDesc(UUID mentorshipId);

	List<Meeting> findByMentorshipIdIn(Collection<UUID> mentorshipIds);
}
