package org.passerelle.activity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

	/** The events of programs, with their invitations in the same read. */
	@EntityGraph(attributePaths = "invitations")
	List<Activity> findByProgramIdIn(Collection<UUID> programIds);

	/** Events by id, with their invitations in the same read. */
	@EntityGraph(attributePaths = "invitations")
	List<Activity> findByIdIn(Collection<UUID> ids);
}
