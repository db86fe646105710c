package dev.mfastub.user;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The MFA columns of {@code users}, part of {@link UserRepository}: the API's hottest
 * statements, in plain JDBC ({@link UserMfaColumnsImpl}) because Spring Data's query
 * methods cost these paths half their throughput (bench/RESULTS.md, "One door per
 * table").
 */
public interface UserMfaColumns {

	/**
	 * A user's MFA settings, without loading the user; one statement, outside any
	 * transaction.
	 * @param environmentId the environment
	 * @param id the user
	 * @return the settings, or empty when either is unknown
	 */
	Optional<MfaState> findMfaState(UUID environmentId, UUID id);

	/**
	 * A user's MFA settings, the row locked until the transaction ends: changes to one
	 * user take turns, and each sees the state the one before it left.
	 * @param environmentId the environment
	 * @param id the user
	 * @return the settings before the change, or empty when either is unknown
	 */
	Optional<MfaState> lockMfaState(UUID environmentId, UUID id);

	/** Turns MFA on or off for a user locked by {@link #lockMfaState}. */
	void updateMfaEnabled(UUID environmentId, UUID id, boolean enabled, Instant now);

	/** Sets when the bypass of a user locked by {@link #lockMfaState} ends. */
	void updateBypassMfaUntil(UUID environmentId, UUID id, Instant until, Instant now);

}
