package dev.mfastub.signon;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mfastub.environment.EnvironmentScopedId;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The actions of all sign-on policies; every lookup names the environment.
 */
interface SignOnPolicyActionRepository extends JpaRepository<SignOnPolicyAction, EnvironmentScopedId> {

	Optional<SignOnPolicyAction> findByEnvironmentIdAndPolicyIdAndId(UUID environmentId, UUID policyId, UUID id);

	List<SignOnPolicyAction> findByEnvironmentIdAndPolicyIdOrderByPriorityAscCreatedAtAscIdAsc(UUID environmentId,
			UUID policyId);

	long countByEnvironmentIdAndPolicyId(UUID environmentId, UUID policyId);

}
