package org.passerelle.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DataRequestRepository extends ListCrudRepository<DataRequest, UUID> {

	/** Open requests first, the nearest deadline first; then the answered ones, the most recent first. */
	@Query("select r from DataRequest r order by case when r.answeredOn is null then 0 else 1 end, "
			+ "case when r.answeredOn is null then r.deadline end asc, r.answeredOn desc, r.recordedAt desc")
	List<DataRequest> findAllByDeadline();

	/** Notes when the person's export was produced for the request, without changing its version. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update DataRequest r set r.exportedAt = ?2 where r.id = ?1")
	void exported(UUID id, Instant at);
}
