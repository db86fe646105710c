package dev.mfastub.group;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import dev.mfastub.environment.EnvironmentScopedId;

/**
 * The groups of all environments; every lookup names the environment.
 */
interface GroupRepository extends JpaRepository<Group, EnvironmentScopedId> {

	Optional<Group> findByEnvironmentIdAndId(UUID environmentId, UUID id);

	/**
	 * The group, locked until the transaction ends, so changes to it (and nestings of it)
	 * take turns.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT g FROM IdentityGroup g WHERE g.environmentId = :environmentId AND g.id = :id")
	Optional<Group> lockByEnvironmentIdAndId(UUID environmentId, UUID id);

	List<Group> findByEnvironmentIdOrderById(UUID environmentId);

	long countByEnvironmentId(UUID environmentId);

	List<Group> findByEnvironmentIdAndUserFilterIsNotNull(UUID environmentId);

	/**
	 * Whether another group of the environment has the name: for an environment group.
	 */
	boolean existsByEnvironmentIdAndNameKeyAndIdNot(UUID environmentId, String nameKey, UUID id);

	/**
	 * Whether another group that a population's group sees has the name: an environment
	 * group, or one of the same population.
	 */
	@Query("SELECT COUNT(g) > 0 FROM IdentityGroup g WHERE g.environmentId = :environmentId AND g.nameKey = :nameKey "
			+ "AND g.id <> :id AND (g.populationId IS NULL OR g.populationId = :populationId)")
	boolean existsNameSeenFromPopulation(UUID environmentId, String nameKey, UUID id, UUID populationId);

}
