package org.passerelle.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PoolRunRepository extends JpaRepository<PoolRun, UUID> {

	List<PoolRun> findTop10ByProgramIdOrderByCreatedAtDesc(UUID programId);

	Optional<PoolRun> findFirstByProgramIdAndStatus(UUID programId, PoolRun.Status status);

	/** How many pairs each of these runs holds and how many of them have a mentor: one query, no pair read. */
	@Query(value = "select run_id as run, count(*) as pairs, count(mentor_id) as matched from pool_run_pair "
			+ "where run_id in (:runs) group by run_id", nativeQuery = true)
	List<PairCount> countPairs(@Param("runs") List<UUID> runs);

	/** A run's pairs, counted. */
	interface PairCount {

		UUID getRun();

		long getPairs();

		long getMatched();
	}
}
