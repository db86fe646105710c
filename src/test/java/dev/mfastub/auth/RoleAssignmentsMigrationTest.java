package dev.mfastub.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.mfastub.support.MigrationDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema version 5 on a store of version 4: every app keeps its roles, now as assignments
 * over its own environment, under the ids the stub gives them, and the old name
 * {@code IDENTITY_ADMIN} becomes PingOne's. On H2, and on PostgreSQL in its run; no
 * Spring context, only Flyway.
 */
class RoleAssignmentsMigrationTest {

	private static final UUID ENVIRONMENT = UUID.fromString("0f3c2b1a-0000-4000-8000-000000000001");

	private static final UUID ADMIN = UUID.fromString("0f3c2b1a-0000-4000-8000-0000000000a1");

	private static final UUID READER = UUID.fromString("0f3c2b1a-0000-4000-8000-0000000000a2");

	@Test
	void shouldTurnEachStoredRoleIntoAnAssignmentOverTheAppsEnvironment() {
		DriverManagerDataSource database = MigrationDatabase.fresh("role-assignments-migration-" + UUID.randomUUID());
		MigrationDatabase.migrate(database, "4");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		Instant created = Instant.parse("2025-11-20T10:00:00Z");
		jdbc.update(
				"INSERT INTO environments (id, name, organization_id, default_population_id, created_at) "
						+ "VALUES (?, 'Before', ?, ?, ?)",
				ENVIRONMENT, UUID.randomUUID(), UUID.randomUUID(), java.sql.Timestamp.from(created));
		insertApp(jdbc, ADMIN, "admin", "ENVIRONMENT_ADMIN,IDENTITY_ADMIN", created);
		insertApp(jdbc, READER, "reader", "IDENTITY_DATA_READ_ONLY", created);

		MigrationDatabase.migrate(database, "5");

		List<List<Object>> rows = jdbc.query(
				"SELECT id, application_id, role_name, scope_type, scope_id "
						+ "FROM role_assignments ORDER BY application_id, role_name",
				(row, index) -> List.of(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
						row.getString(4), row.getObject(5, UUID.class)));
		assertThat(rows).containsExactly(row(ADMIN, "ENVIRONMENT_ADMIN"), row(ADMIN, "IDENTITY_DATA_ADMIN"),
				row(READER, "IDENTITY_DATA_READ_ONLY"));
		assertThat(rows.get(1).get(0)).as("the id RoleAssignment gives it")
			.isEqualTo(RoleAssignment.idOf(ADMIN, Role.IDENTITY_DATA_ADMIN, RoleScope.ENVIRONMENT, ENVIRONMENT));
		assertThat(jdbc.queryForList("SELECT * FROM applications WHERE id = ?", ADMIN).get(0).keySet())
			.map((column) -> column.toLowerCase(java.util.Locale.ROOT))
			.containsExactlyInAnyOrder("id", "environment_id", "client_id", "name", "secret_hash", "grant_types",
					"enabled", "created_at");
	}

	private static void insertApp(JdbcTemplate jdbc, UUID id, String clientId, String roles, Instant created) {
		jdbc.update(
				"INSERT INTO applications (id, environment_id, client_id, name, secret_hash, roles, grant_types, "
						+ "enabled, created_at) VALUES (?, ?, ?, ?, '{noop}x', ?, 'client_credentials', TRUE, ?)",
				id, ENVIRONMENT, clientId, clientId, roles, java.sql.Timestamp.from(created));
	}

	private static List<Object> row(UUID application, String role) {
		return List.of(
				UUID.nameUUIDFromBytes(
						(application + ":" + role + ":ENVIRONMENT:" + ENVIRONMENT).getBytes(StandardCharsets.UTF_8)),
				application, role, "ENVIRONMENT", ENVIRONMENT);
	}

}
