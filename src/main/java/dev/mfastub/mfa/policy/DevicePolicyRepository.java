package dev.mfastub.mfa.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import dev.mfastub.environment.EnvironmentScopedId;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DevicePolicyRepository extends JpaRepository<DevicePolicy, EnvironmentScopedId> {

	List<DevicePolicy> findByEnvironmentIdOrderByCreatedAtAscIdAsc(UUID environmentId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT p FROM DevicePolicy p WHERE p.environmentId = :environmentId AND p.id = :id")
	Optional<DevicePolicy> lockByEnvironmentIdAndId(UUID environmentId, UUID id);

}
