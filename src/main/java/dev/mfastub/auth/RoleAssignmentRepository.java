package dev.mfastub.auth;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The role assignments of every worker app. The hot path, an app's assignments on every
 * call, reads them with the app itself ({@link ApplicationGrants}).
 */
public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, UUID> {

	List<RoleAssignment> findByApplicationIdOrderByCreatedAtAscIdAsc(UUID applicationId);

}
