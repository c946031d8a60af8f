package org.passerelle.organisation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	@EntityGraph(attributePaths = "sites")
	List<Organisation> findAllByOrderByNameAsc();

	@EntityGraph(attributePaths = "sites")
	List<Organisation> findByIdInOrderByNameAsc(Collection<UUID> ids);

	List<Organisation> findByTypeOrderByNameAsc(OrganisationType type);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);
}
