package dev.mfastub.signon;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import dev.mfastub.environment.EnvironmentScopedId;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The sign-on policies of all environments; every lookup names the environment.
 */
interface SignOnPolicyRepository extends JpaRepository<SignOnPolicy, EnvironmentScopedId> {

	Optional<SignOnPolicy> findByEnvironmentIdAndId(UUID environmentId, UUID id);

	List<SignOnPolicy> findByEnvironmentIdOrderByCreatedAtAscNameKeyAsc(UUID environmentId);

	@Query("SELECT p FROM SignOnPolicy p WHERE p.environmentId = :environmentId AND p.isDefault = TRUE")
	Optional<SignOnPolicy> findDefault(UUID environmentId);

	/**
	 * The environment's default policy, locked until the transaction ends: every change
	 * to an environment's policies takes it first, so they take turns and the environment
	 * keeps exactly one default.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT p FROM SignOnPolicy p WHERE p.environmentId = :environmentId AND p.isDefault = TRUE")
	Optional<SignOnPolicy> lockDefault(UUID environmentId);

	boolean existsByEnvironmentIdAndNameKeyAndIdNot(UUID environmentId, String nameKey, UUID id);

}
