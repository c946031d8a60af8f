package org.passerelle.mentorship;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, UUID> {

	Optional<Certificate> findByCode(String code);

	boolean existsByMentorshipId(UUID mentorshipId);

	Optional<Certificate> findByMentorshipIdAndRevokedAtIsNull(UUID mentorshipId);

	List<Certificate> findByMentorshipIdOrderByIssuedOnDesc(UUID mentorshipId);
}
