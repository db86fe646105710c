package dev.mfastub.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement behind {@link ApplicationGrants}, on the application's
 * {@link JdbcTemplate}.
 */
record ApplicationGrantsImpl(JdbcTemplate jdbc) implements ApplicationGrants {

	private static final String ASSIGNMENTS = "SELECT r.role_name, r.scope_type, r.scope_id FROM applications a "
			+ "LEFT JOIN role_assignments r ON r.application_id = a.id "
			+ "WHERE a.environment_id = ? AND a.client_id = ? AND a.enabled";

	@Override
	public Optional<List<CallerRoles.Held>> findAssignmentsOfEnabled(UUID environmentId, String clientId) {
		List<CallerRoles.Held> held = new ArrayList<>();
		boolean[] found = { false };
		this.jdbc.query(ASSIGNMENTS, (row) -> {
			found[0] = true;
			String role = row.getString(1);
			if (role != null) {
				held.add(new CallerRoles.Held(Role.valueOf(role), RoleScope.valueOf(row.getString(2)),
						row.getObject(3, UUID.class)));
			}
		}, environmentId, clientId);
		return found[0] ? Optional.of(held) : Optional.empty();
	}

}
