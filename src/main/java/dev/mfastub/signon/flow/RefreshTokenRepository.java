package dev.mfastub.signon.flow;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import dev.mfastub.environment.EnvironmentScopedId;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The refresh tokens of sign-ons.
 */
interface RefreshTokenRepository extends JpaRepository<RefreshToken, EnvironmentScopedId> {

	/** The token with this hash, locked: a refresh token is spent once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT t FROM RefreshToken t WHERE t.environmentId = :environmentId AND t.tokenHash = :tokenHash")
	Optional<RefreshToken> lockByEnvironmentIdAndTokenHash(UUID environmentId, String tokenHash);

	/** Revokes what a replayed code issued (RFC 6749 section 4.1.2). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.environmentId = :environmentId "
			+ "AND t.flowId = :flowId AND t.revokedAt IS NULL")
	int revokeByFlow(UUID environmentId, UUID flowId, Instant now);

	/** Revokes a session's tokens: its sign-off. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.environmentId = :environmentId "
			+ "AND t.sessionId = :sessionId AND t.revokedAt IS NULL")
	int revokeBySession(UUID environmentId, UUID sessionId, Instant now);

}
