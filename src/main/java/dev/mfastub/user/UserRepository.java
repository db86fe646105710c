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

/**
 * The users of all environments. Every lookup names the environment, so one environment
 * can never see another's users.
 */
public interface UserRepository extends JpaRepository<User, User.Key>, JpaSpecificationExecutor<User> {

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

	boolean existsByEnvironmentIdAndUsernameKey(UUID environmentId, String usernameKey);

	boolean existsByEnvironmentIdAndUsernameKeyAndIdNot(UUID environmentId, String usernameKey, UUID id);

	/**
	 * A user's MFA settings, without loading the user: the API's hottest read.
	 * @param environmentId the environment
	 * @param id the user
	 * @return the settings, or empty when either is unknown
	 */
	@Query("SELECT new dev.mfastub.user.MfaState(u.mfaEnabled, u.bypassMfaUntil) FROM User u "
			+ "WHERE u.environmentId = :environmentId AND u.id = :id")
	Optional<MfaState> findMfaState(UUID environmentId, UUID id);

	/**
	 * A user's MFA settings, the row locked until the transaction ends: changes to one
	 * user take turns, and each sees the state the one before it left.
	 * @param environmentId the environment
	 * @param id the user
	 * @return the settings before the change, or empty when either is unknown
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT new dev.mfastub.user.MfaState(u.mfaEnabled, u.bypassMfaUntil) FROM User u "
			+ "WHERE u.environmentId = :environmentId AND u.id = :id")
	Optional<MfaState> lockMfaState(UUID environmentId, UUID id);

	/** Turns MFA on or off for a user locked by {@link #lockMfaState}. */
	@Modifying(flushAutomatically = true)
	@Query("UPDATE User u SET u.mfaEnabled = :enabled, u.updatedAt = :now "
			+ "WHERE u.environmentId = :environmentId AND u.id = :id")
	void updateMfaEnabled(UUID environmentId, UUID id, boolean enabled, Instant now);

	/** Sets when the bypass of a user locked by {@link #lockMfaState} ends. */
	@Modifying(flushAutomatically = true)
	@Query("UPDATE User u SET u.bypassMfaUntil = :until, u.updatedAt = :now "
			+ "WHERE u.environmentId = :environmentId AND u.id = :id")
	void updateBypassMfaUntil(UUID environmentId, UUID id, Instant until, Instant now);

}
