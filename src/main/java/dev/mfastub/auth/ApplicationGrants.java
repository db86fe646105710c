package dev.mfastub.auth;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a token's app may do, read on every API call: a deleted or disabled app's tokens
 * stop at once, and role changes apply to the next request, on every instance. One
 * indexed query outside any transaction; no cache, which could not know of a change made
 * through another instance.
 */
@Component
class ApplicationGrants {

	private static final String GRANTS = "SELECT enabled, roles FROM applications "
			+ "WHERE environment_id = ? AND client_id = ?";

	private final JdbcTemplate jdbc;

	ApplicationGrants(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The roles of an enabled app.
	 * @param environmentId the environment the token names
	 * @param clientId the client the token names
	 * @return its roles, or empty when the app is gone or disabled
	 */
	Optional<Set<Role>> of(UUID environmentId, String clientId) {
		if (!Application.possibleClientId(clientId)) {
			return Optional.empty();
		}
		List<Set<Role>> found = this.jdbc.query(GRANTS,
				(row, index) -> row.getBoolean(1) ? Application.roles(row.getString(2)) : null, environmentId,
				clientId);
		return found.stream().filter((roles) -> roles != null).findFirst();
	}

}
