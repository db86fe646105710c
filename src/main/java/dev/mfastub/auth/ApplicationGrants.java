package dev.mfastub.auth;

import java.util.Optional;
import java.util.UUID;

/**
 * What a token's app may do, part of {@link ApplicationRepository}: asked on every API
 * call, in one plain JDBC statement ({@link ApplicationGrantsImpl}) because a Spring Data
 * query method costs the hot paths too much (bench/RESULTS.md, "One door per table").
 */
interface ApplicationGrants {

	/**
	 * The roles of an enabled app, as stored (comma-separated), without loading the app.
	 * @param environmentId the environment the token names
	 * @param clientId the client the token names
	 * @return its roles, or empty when the app is gone or disabled
	 */
	Optional<String> findRolesOfEnabled(UUID environmentId, String clientId);

}
