package org.passerelle.matching;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CohortRepository extends JpaRepository<Cohort, UUID> {

	List<Cohort> findByProgramIdOrderByCreatedAtDesc(UUID programId);

	List<Cohort> findByProgramIdAndStatusIn(UUID programId, Collection<Cohort.Status> statuses);
}
