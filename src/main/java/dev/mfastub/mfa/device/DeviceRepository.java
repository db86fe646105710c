package dev.mfastub.mfa.device;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import dev.mfastub.environment.EnvironmentScopedId;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The devices of all environments' users; every lookup names the environment and the
 * user.
 */
public interface DeviceRepository extends JpaRepository<Device, EnvironmentScopedId> {

	List<Device> findByEnvironmentIdAndUserId(UUID environmentId, UUID userId);

	Optional<Device> findByEnvironmentIdAndUserIdAndId(UUID environmentId, UUID userId, UUID id);

	/**
	 * The device, locked until the transaction ends: two activations of one device take
	 * turns, so exactly one wins and the failure count is exact.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT d FROM Device d WHERE d.environmentId = :environmentId AND d.userId = :userId AND d.id = :id")
	Optional<Device> lockByEnvironmentIdAndUserIdAndId(UUID environmentId, UUID userId, UUID id);

	long countByEnvironmentIdAndUserIdAndStatus(UUID environmentId, UUID userId, DeviceStatus status);

}
