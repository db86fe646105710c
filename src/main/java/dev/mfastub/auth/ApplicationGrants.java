package dev.mfastub.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a token's app may do, part of {@link ApplicationRepository}: asked on every API
 * call, in one plain JDBC statement ({@link ApplicationGrantsImpl}) because a Spring Data
 * query method costs the hot paths too much (bench/RESULTS.md, "One door per table").
 */
interface ApplicationGrants {

	/**
	 * The role assignments of an enabled app, without loading the app.
	 * @param environmentId the environment the token names
	 * @param clientId the client the token names
	 * @return its assignments (none, if it has none), or empty when the app is gone or
	 * disabled
	 */
	Optional<List<CallerRoles.Held>> findAssignmentsOfEnabled(UUID environmentId, String clientId);

}
