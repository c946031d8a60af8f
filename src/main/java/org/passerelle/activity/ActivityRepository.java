package org.passerelle.activity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

	List<Activity> findByProgramIdIn(Collection<UUID> programIds);
}
