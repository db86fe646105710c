package dev.mfastub.environment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mfastub.call.EnvironmentClocks;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The environments of the store.
 */
public interface EnvironmentRepository extends JpaRepository<Environment, UUID>, EnvironmentClocks {

	@Query("SELECT e.organizationId FROM Environment e WHERE e.id = :id")
	Optional<UUID> findOrganizationIdById(UUID id);

	boolean existsByOrganizationIdAndNameIgnoreCaseAndIdNot(UUID organizationId, String name, UUID id);

	List<Environment> findByOrganizationIdInOrIdInOrderByCreatedAtAscIdAsc(Collection<UUID> organizationIds,
			Collection<UUID> ids);

	@Query("SELECT new dev.mfastub.environment.OrganizationFacts(COUNT(e), MIN(e.createdAt)) FROM Environment e "
			+ "WHERE e.organizationId = :organizationId")
	OrganizationFacts findOrganizationFacts(UUID organizationId);

	/**
	 * Deletes an environment and, through the schema's cascades, its users, apps, fault
	 * rules and journal, in one statement. What the persistence context held is written
	 * first and forgotten after, so a rebuild in the same transaction starts clean.
	 * @param id the environment
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("DELETE FROM Environment e WHERE e.id = :id")
	void deleteWithEverythingIn(UUID id);

}
