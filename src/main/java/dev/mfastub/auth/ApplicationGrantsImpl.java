package dev.mfastub.auth;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement behind {@link ApplicationGrants}, on the application's
 * {@link JdbcTemplate}.
 */
record ApplicationGrantsImpl(JdbcTemplate jdbc) implements ApplicationGrants {

	private static final String ROLES = "SELECT roles FROM applications "
			+ "WHERE environment_id = ? AND client_id = ? AND enabled";

	@Override
	public Optional<String> findRolesOfEnabled(UUID environmentId, String clientId) {
		return this.jdbc.queryForList(ROLES, String.class, environmentId, clientId).stream().findFirst();
	}

}
