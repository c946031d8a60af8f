package org.passerelle.program;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, UUID> {

	List<Program> findAllByOrderByNameAsc();

	@Query("select p from Program p where :user member of p.coordinators order by p.name")
	List<Program> findCoordinatedBy(UUID user);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);
}
