package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 5 of the schema: a worker app's access becomes its role assignments, each a
 * role over a scope, in their own table. Each app's roles, kept until now as enum names
 * in one column, become assignments over its own environment ({@code IDENTITY_ADMIN}
 * becomes {@code IDENTITY_DATA_ADMIN}, PingOne's name), with the ids the stub gives
 * assignments; then the column goes. In Java because those ids are computed, and H2 and
 * PostgreSQL share no function that computes them. Flyway finds it in
 * {@code db/migration}, beside the SQL migrations, in every context that migrates.
 */
public class V5__Role_assignments extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE TABLE role_assignments (
					    id             UUID         NOT NULL PRIMARY KEY,
					    application_id UUID         NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
					    role_name      VARCHAR(64)  NOT NULL,
					    scope_type     VARCHAR(16)  NOT NULL,
					    scope_id       UUID         NOT NULL,
					    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
					    CONSTRAINT role_assignments_unique UNIQUE (application_id, role_name, scope_type, scope_id)
					)""");
			statement.execute("CREATE INDEX role_assignments_scope ON role_assignments (scope_type, scope_id)");
		}
		try (Statement select = connection.createStatement();
				ResultSet apps = select.executeQuery("SELECT id, environment_id, roles, created_at FROM applications");
				PreparedStatement insert = connection.prepareStatement("INSERT INTO role_assignments "
						+ "(id, application_id, role_name, scope_type, scope_id, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
			while (apps.next()) {
				UUID app = apps.getObject("id", UUID.class);
				UUID environment = apps.getObject("environment_id", UUID.class);
				Timestamp created = apps.getTimestamp("created_at");
				for (String stored : apps.getString("roles").split(",")) {
					if (stored.isEmpty()) {
						continue;
					}
					String role = "IDENTITY_ADMIN".equals(stored) ? "IDENTITY_DATA_ADMIN" : stored;
					insert.setObject(1, idOf(app, role, environment));
					insert.setObject(2, app);
					insert.setString(3, role);
					insert.setString(4, "ENVIRONMENT");
					insert.setObject(5, environment);
					insert.setTimestamp(6, created);
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE applications DROP COLUMN roles");
		}
	}

	/** As {@code RoleAssignment.idOf} gives it, for an assignment over an environment. */
	private static UUID idOf(UUID application, String role, UUID environment) {
		return UUID.nameUUIDFromBytes(
				(application + ":" + role + ":ENVIRONMENT:" + environment).getBytes(StandardCharsets.UTF_8));
	}

}
