package dev.mfastub.population;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import dev.mfastub.environment.EnvironmentScopedId;

/**
 * The populations of all environments; every lookup names the environment.
 */
interface PopulationRepository extends JpaRepository<Population, EnvironmentScopedId> {

	Optional<Population> findByEnvironmentIdAndId(UUID environmentId, UUID id);

	/**
	 * The population, locked until the transaction ends, so a change and a delete of it
	 * take turns.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT p FROM Population p WHERE p.environmentId = :environmentId AND p.id = :id")
	Optional<Population> lockByEnvironmentIdAndId(UUID environmentId, UUID id);

	boolean existsByEnvironmentIdAndId(UUID environmentId, UUID id);

	@Query("SELECT p.environmentId FROM Population p WHERE p.id = :id ORDER BY p.createdAt, p.environmentId")
	List<UUID> findEnvironmentIdsById(UUID id);

	List<Population> findByEnvironmentIdOrderByCreatedAtAscIdAsc(UUID environmentId);

	boolean existsByEnvironmentIdAndNameKeyAndIdNot(UUID environmentId, String nameKey, UUID id);

}
