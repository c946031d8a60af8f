package org.passerelle.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PoolRunRepository extends JpaRepository<PoolRun, UUID> {

	List<PoolRun> findTop10ByProgramIdOrderByCreatedAtDesc(UUID programId);

	Optional<PoolRun> findFirstByProgramIdAndStatus(UUID programId, PoolRun.Status status);
}
