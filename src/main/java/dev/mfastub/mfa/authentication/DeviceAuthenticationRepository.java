package dev.mfastub.mfa.authentication;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import dev.mfastub.environment.EnvironmentScopedId;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * All environments' device authentications; every lookup names the environment.
 */
interface DeviceAuthenticationRepository extends JpaRepository<DeviceAuthentication, EnvironmentScopedId> {

	Optional<DeviceAuthentication> findByEnvironmentIdAndId(UUID environmentId, UUID id);

	/**
	 * The flow, locked until the transaction ends: two checks of one flow take turns, so
	 * exactly one wins and the failure count is exact.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT a FROM DeviceAuthentication a WHERE a.environmentId = :environmentId AND a.id = :id")
	Optional<DeviceAuthentication> lockByEnvironmentIdAndId(UUID environmentId, UUID id);

}
