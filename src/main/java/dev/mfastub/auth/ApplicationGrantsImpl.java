package dev.mfastub.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement behind {@link ApplicationGrants}, on the application's
 * {@link JdbcTemplate}.
 */
record ApplicationGrantsImpl(JdbcTemplate jdbc) implements ApplicationGrants {

	private static final String ASSIGNMENTS = "SELECT r.role_name, r.scope_type, r.scope_id, r.scope_environment_id FROM applications a "
			+ "LEFT JOIN role_assignments r ON r.application_id = a.id "
			+ "WHERE a.environment_id = ? AND a.client_id = ? AND a.enabled";

	@Override
	public Optional<List<CallerRoles.Held>> findAssignmentsOfEnabled(UUID environmentId, String clientId) {
		// One row per assignment, or one row of nulls for an app that has none.
		List<CallerRoles.Held> rows = this.jdbc.query(ASSIGNMENTS,
				(row, index) -> (row.getString(1) != null) ? new CallerRoles.Held(Role.valueOf(row.getString(1)),
						RoleScope.valueOf(row.getString(2)), row.getObject(3, UUID.class), row.getObject(4, UUID.class))
						: null,
				environmentId, clientId);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.stream().filter(Objects::nonNull).toList());
	}

}
