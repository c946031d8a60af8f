package org.passerelle.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByEmailAndIdNot(String email, UUID id);

	List<UserAccount> findAllByOrderByFullNameAsc();

	List<UserAccount> findByOrganisationIdOrderByFullNameAsc(UUID organisationId);

	List<UserAccount> findByRoleOrderByFullNameAsc(Role role);

	List<UserAccount> findByOrganisationIdAndRoleOrderByFullNameAsc(UUID organisationId, Role role);

	List<UserAccount> findByIdIn(Collection<UUID> ids);
}
