package dev.mfastub.population;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.mfastub.support.MigrationDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema version 7 on a store of version 6: every environment gets its default population
 * and every population a user names becomes one, so the new foreign key holds; after it,
 * a user of a population that does not exist is refused. On H2, and on PostgreSQL in its
 * run; no Spring context, only Flyway.
 */
class PopulationsMigrationTest {

	private static final UUID ENVIRONMENT = UUID.fromString("0f3c2b1a-0000-4000-8000-000000000007");

	private static final UUID DEFAULT = UUID.fromString("0f3c2b1a-0000-4000-8000-0000000000d7");

	private static final UUID OTHER = UUID.fromString("0f3c2b1a-0000-4000-8000-0000000000e7");

	@Test
	void shouldMakeAPopulationOfEveryOneUsersAreIn() {
		DriverManagerDataSource database = MigrationDatabase.fresh("populations-migration-" + UUID.randomUUID());
		MigrationDatabase.migrate(database, "6");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		Timestamp created = Timestamp.from(Instant.parse("2025-11-20T10:00:00Z"));
		jdbc.update("INSERT INTO environments (id, name, organization_id, default_population_id, created_at) "
				+ "VALUES (?, 'Before', ?, ?, ?)", ENVIRONMENT, UUID.randomUUID(), DEFAULT, created);
		insertUser(jdbc, "in.default", DEFAULT, created);
		insertUser(jdbc, "elsewhere.one", OTHER, created);
		insertUser(jdbc, "elsewhere.two", OTHER, created);

		MigrationDatabase.migrate(database, "7");

		List<List<Object>> rows = jdbc.query(
				"SELECT id, name, name_key FROM populations WHERE environment_id = ? ORDER BY name",
				(row, index) -> List.of(row.getObject(1, UUID.class), row.getString(2), row.getString(3)), ENVIRONMENT);
		assertThat(rows).containsExactly(List.of(DEFAULT, "Default", "default"),
				List.of(OTHER, "Population " + OTHER, "population " + OTHER));
		assertThatThrownBy(() -> insertUser(jdbc, "nowhere", UUID.randomUUID(), created))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static void insertUser(JdbcTemplate jdbc, String username, UUID population, Timestamp created) {
		jdbc.update(
				"INSERT INTO users (id, environment_id, population_id, username, username_key, enabled, "
						+ "mfa_enabled, lifecycle_status, created_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, TRUE, FALSE, 'ACCOUNT_OK', ?, ?)",
				UUID.randomUUID(), ENVIRONMENT, population, username, username, created, created);
	}

}
