package org.passerelle.privacy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, UUID> {

	/** Open incidents first, then the most recently known. */
	@Query("select i from Incident i order by case when i.closedOn is null then 0 else 1 end, i.knownOn desc, i.recordedAt desc")
	List<Incident> findAllOpenFirst();
}
