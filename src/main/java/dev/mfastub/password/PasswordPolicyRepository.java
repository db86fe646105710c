package dev.mfastub.password;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import dev.mfastub.environment.EnvironmentScopedId;

/**
 * The password policies of all environments; every lookup names the environment.
 */
interface PasswordPolicyRepository extends JpaRepository<PasswordPolicy, EnvironmentScopedId> {

	Optional<PasswordPolicy> findByEnvironmentIdAndId(UUID environmentId, UUID id);

	List<PasswordPolicy> findByEnvironmentIdOrderByCreatedAtAscNameKeyAsc(UUID environmentId);

	@Query("SELECT p FROM PasswordPolicy p WHERE p.environmentId = :environmentId AND p.isDefault = TRUE")
	Optional<PasswordPolicy> findDefault(UUID environmentId);

	/**
	 * The environment's default policy, locked until the transaction ends: every change
	 * to an environment's policies takes it first, so they take turns and the environment
	 * keeps exactly one default.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT p FROM PasswordPolicy p WHERE p.environmentId = :environmentId AND p.isDefault = TRUE")
	Optional<PasswordPolicy> lockDefault(UUID environmentId);

	boolean existsByEnvironmentIdAndNameKeyAndIdNot(UUID environmentId, String nameKey, UUID id);

}
