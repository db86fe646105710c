package dev.mfastub.signon;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mfastub.environment.EnvironmentScopedId;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The applications' sign-on policy assignments; every lookup names the environment.
 */
interface SignOnPolicyAssignmentRepository extends JpaRepository<SignOnPolicyAssignment, EnvironmentScopedId> {

	Optional<SignOnPolicyAssignment> findByEnvironmentIdAndApplicationIdAndId(UUID environmentId, UUID applicationId,
			UUID id);

	List<SignOnPolicyAssignment> findByEnvironmentIdAndApplicationIdOrderByPriorityAscCreatedAtAscIdAsc(
			UUID environmentId, UUID applicationId);

}
