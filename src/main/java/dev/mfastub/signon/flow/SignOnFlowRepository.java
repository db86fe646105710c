package dev.mfastub.signon.flow;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import dev.mfastub.environment.EnvironmentScopedId;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The sign-on flows, and the authorization codes they end in.
 */
interface SignOnFlowRepository extends JpaRepository<SignOnFlow, EnvironmentScopedId> {

	Optional<SignOnFlow> findByEnvironmentIdAndId(UUID environmentId, UUID id);

	/** The flow, locked until the transaction ends: its actions take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT f FROM SignOnFlow f WHERE f.environmentId = :environmentId AND f.id = :id")
	Optional<SignOnFlow> lockByEnvironmentIdAndId(UUID environmentId, UUID id);

	/** The flow a code was issued by, locked: a code is redeemed once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT f FROM SignOnFlow f WHERE f.environmentId = :environmentId AND f.codeHash = :codeHash")
	Optional<SignOnFlow> lockByEnvironmentIdAndCodeHash(UUID environmentId, String codeHash);

}
