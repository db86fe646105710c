package dev.mfastub.environment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The environments of the store.
 */
public interface EnvironmentRepository extends JpaRepository<Environment, UUID>, EnvironmentClocks {

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
