package dev.mfastub.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import dev.mfastub.environment.EnvironmentScopedId;

/**
 * The users of all environments. Every lookup names the environment, so one environment
 * can never see another's users.
 */
public interface UserRepository
		extends JpaRepository<User, EnvironmentScopedId>, JpaSpecificationExecutor<User>, UserMfaColumns, UserInserts {

	Optional<User> findByEnvironmentIdAndId(UUID environmentId, UUID id);

	/**
	 * The user, locked until the transaction ends: writes to one user queue up, so none
	 * overwrites another's change and the journal's before-states chain.
	 * @param environmentId the environment
	 * @param id the user
	 * @return the locked user
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT u FROM User u WHERE u.environmentId = :environmentId AND u.id = :id")
	Optional<User> lockByEnvironmentIdAndId(UUID environmentId, UUID id);

	List<User> findByEnvironmentIdOrderById(UUID environmentId);

	/**
	 * Deletes every user of an environment in one statement, before the environment
	 * itself goes: users hold on to their populations, which go with the environment.
	 * @param environmentId the environment
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("DELETE FROM User u WHERE u.environmentId = :environmentId")
	void deleteAllOfEnvironment(UUID environmentId);

	/**
	 * Sets the password of a user locked by {@link #lockByEnvironmentIdAndId}.
	 * @param environmentId the environment
	 * @param id the user
	 * @param hash the password, hashed
	 * @param status {@code OK} or {@code MUST_CHANGE_PASSWORD}
	 * @param now the environment's now
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("UPDATE User u SET u.passwordHash = :hash, u.passwordStatus = :status, u.passwordChangedAt = :now, "
			+ "u.updatedAt = :now, u.recoveryCodeHash = NULL, u.recoveryExpiresAt = NULL, u.recoveryFailures = 0 "
			+ "WHERE u.environmentId = :environmentId AND u.id = :id")
	void updatePassword(UUID environmentId, UUID id, String hash, String status, Instant now);

	/**
	 * The password recovery state: a new code (its hash, until when it is good, no
	 * failures yet), one more failure, or the password locked out.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("UPDATE User u SET u.recoveryCodeHash = :hash, u.recoveryExpiresAt = :expiresAt, "
			+ "u.recoveryFailures = :failures, u.passwordStatus = :status "
			+ "WHERE u.environmentId = :environmentId AND u.id = :id")
	void updateRecovery(UUID environmentId, UUID id, String hash, Instant expiresAt, int failures, String status);

	/**
	 * The MFA settings' lockout state of a user locked by
	 * {@link #lockByEnvironmentIdAndId}: its count of wrong passcodes, and the lock they
	 * led to.
	 */
	/**
	 * The password lockout state of a user locked by {@link #lockByEnvironmentIdAndId}:
	 * its count of wrong passwords at sign-on, and the lockout they led to.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("UPDATE User u SET u.passwordFailures = :failures, u.passwordLockedUntil = :lockedUntil "
			+ "WHERE u.environmentId = :environmentId AND u.id = :id")
	void updatePasswordLockout(UUID environmentId, UUID id, int failures, Instant lockedUntil);

	/** The user with this username (folded by {@link User#usernameKey}), locked. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT u FROM User u WHERE u.environmentId = :environmentId AND u.usernameKey = :usernameKey")
	Optional<User> lockByEnvironmentIdAndUsernameKey(UUID environmentId, String usernameKey);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("UPDATE User u SET u.mfaFailures = :failures, u.lockedAt = :lockedAt, u.unlockAt = :unlockAt "
			+ "WHERE u.environmentId = :environmentId AND u.id = :id")
	void updateMfaLockout(UUID environmentId, UUID id, int failures, Instant lockedAt, Instant unlockAt);

	@Query("SELECT new dev.mfastub.user.PopulationCount(u.populationId, COUNT(u)) FROM User u "
			+ "WHERE u.environmentId = :environmentId GROUP BY u.populationId")
	List<PopulationCount> countByPopulation(UUID environmentId);

	boolean existsByEnvironmentIdAndPopulationId(UUID environmentId, UUID populationId);

	long countByEnvironmentIdAndPopulationId(UUID environmentId, UUID populationId);

	boolean existsByEnvironmentIdAndUsernameKey(UUID environmentId, String usernameKey);

	boolean existsByEnvironmentIdAndUsernameKeyAndIdNot(UUID environmentId, String usernameKey, UUID id);

}
