package dev.mfastub.environment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The environments of the store.
 */
public interface EnvironmentRepository extends JpaRepository<Environment, UUID> {

	/**
	 * An environment's clock, without loading the environment: every API request reads
	 * it.
	 * @param id the environment
	 * @return its clock, or empty when there is no such environment
	 */
	@Query("SELECT new dev.mfastub.environment.ClockState(e.clockOffsetMillis, e.clockFrozenAt) "
			+ "FROM Environment e WHERE e.id = :id")
	Optional<ClockState> findClockById(UUID id);

}
