package dev.mfastub.auth;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** The statement behind {@link ApplicationGrants}. */
class ApplicationGrantsImpl implements ApplicationGrants {

	private static final String ROLES = "SELECT roles FROM applications "
			+ "WHERE environment_id = ? AND client_id = ? AND enabled";

	private final JdbcTemplate jdbc;

	ApplicationGrantsImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> findRolesOfEnabled(UUID environmentId, String clientId) {
		return this.jdbc.queryForList(ROLES, String.class, environmentId, clientId).stream().findFirst();
	}

}
