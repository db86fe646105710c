package dev.mfastub.auth;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The role assignments of every worker app. The hot path, an app's assignments on every
 * call, reads them with the app itself ({@link ApplicationGrants}).
 */
public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, UUID> {

	List<RoleAssignment> findByApplicationIdOrderByCreatedAtAscIdAsc(UUID applicationId);

	/** Removes every assignment over one scope: the environment is gone. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("DELETE FROM RoleAssignment r WHERE r.scopeType = :scopeType AND r.scopeId = :scopeId")
	void deleteByScope(RoleScope scopeType, UUID scopeId);

	/** Deletes the roles held over the populations of an environment. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("DELETE FROM RoleAssignment r WHERE r.scopeEnvironmentId = :environmentId")
	void deleteByScopeEnvironment(UUID environmentId);

	java.util.Optional<RoleAssignment> findByIdAndApplicationId(UUID id, UUID applicationId);

}
