package dev.mfastub.group;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.mfastub.support.MigrationDatabase;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema version 19 on a store of version 18: groups, memberships and nestings, and what
 * goes with what (a membership with its user or group, a nesting with either group, a
 * population's group with its population, everything with its environment). On H2, and on
 * PostgreSQL in its run; no Spring context, only Flyway.
 */
class GroupsMigrationTest {

	private static final UUID ENVIRONMENT = UUID.fromString("0f3c2b1a-0000-4000-8000-000000000019");

	private static final UUID DEFAULT = UUID.fromString("0f3c2b1a-0000-4000-8000-0000000000d9");

	private static final UUID OTHER = UUID.fromString("0f3c2b1a-0000-4000-8000-0000000000e9");

	private static final UUID USER = UUID.fromString("0f3c2b1a-0000-4000-8000-0000000000f9");

	private static final Timestamp CREATED = Timestamp.from(Instant.parse("2025-11-20T10:00:00Z"));

	@Test
	void shouldDeleteMembershipsAndNestingsWithWhatTheyHoldOnTo() {
		DriverManagerDataSource database = MigrationDatabase.fresh("groups-migration-" + UUID.randomUUID());
		MigrationDatabase.migrate(database, "18");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("INSERT INTO environments (id, name, organization_id, default_population_id, created_at) "
				+ "VALUES (?, 'Before', ?, ?, ?)", ENVIRONMENT, UUID.randomUUID(), DEFAULT, CREATED);
		insertPopulation(jdbc, DEFAULT, "Default");
		insertPopulation(jdbc, OTHER, "Other");
		jdbc.update(
				"INSERT INTO users (id, environment_id, population_id, username, username_key, enabled, "
						+ "mfa_enabled, lifecycle_status, created_at, updated_at) "
						+ "VALUES (?, ?, ?, 'ada', 'ada', TRUE, FALSE, 'ACCOUNT_OK', ?, ?)",
				USER, ENVIRONMENT, DEFAULT, CREATED, CREATED);

		MigrationDatabase.migrate(database, "19");

		UUID everyone = insertGroup(jdbc, null, "Everyone");
		UUID staff = insertGroup(jdbc, null, "Staff");
		UUID others = insertGroup(jdbc, OTHER, "Others");
		insertGroup(jdbc, DEFAULT, "Everyone");
		// One name once in a scope: the service's check, held by the schema against
		// races.
		assertThatThrownBy(() -> insertGroup(jdbc, null, "Everyone"))
			.isInstanceOf(DataIntegrityViolationException.class);
		insertMembership(jdbc, everyone);
		insertMembership(jdbc, staff);
		insertNesting(jdbc, staff, everyone);
		insertNesting(jdbc, others, everyone);
		assertThatThrownBy(() -> insertMembership(jdbc, staff)).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insertMembership(jdbc, UUID.randomUUID()))
			.isInstanceOf(DataIntegrityViolationException.class);

		jdbc.update("DELETE FROM identity_groups WHERE environment_id = ? AND id = ?", ENVIRONMENT, staff);
		assertThat(count(jdbc, "group_memberships")).isEqualTo(1);
		assertThat(count(jdbc, "group_nestings")).isEqualTo(1);
		jdbc.update("DELETE FROM populations WHERE environment_id = ? AND id = ?", ENVIRONMENT, OTHER);
		assertThat(count(jdbc, "identity_groups")).isEqualTo(2);
		assertThat(count(jdbc, "group_nestings")).isZero();
		jdbc.update("DELETE FROM users WHERE environment_id = ? AND id = ?", ENVIRONMENT, USER);
		assertThat(count(jdbc, "group_memberships")).isZero();
		jdbc.update("DELETE FROM environments WHERE id = ?", ENVIRONMENT);
		assertThat(count(jdbc, "identity_groups")).isZero();
	}

	private static void insertPopulation(JdbcTemplate jdbc, UUID id, String name) {
		jdbc.update(
				"INSERT INTO populations (id, environment_id, name, name_key, created_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)",
				id, ENVIRONMENT, name, name.toLowerCase(Locale.ROOT), CREATED, CREATED);
	}

	private static UUID insertGroup(JdbcTemplate jdbc, UUID population, String name) {
		UUID id = UUID.randomUUID();
		jdbc.update(
				"INSERT INTO identity_groups (id, environment_id, population_id, scope_id, name, name_key, "
						+ "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				id, ENVIRONMENT, population, (population != null) ? population : ENVIRONMENT, name,
				name.toLowerCase(Locale.ROOT), CREATED, CREATED);
		return id;
	}

	private static void insertMembership(JdbcTemplate jdbc, UUID group) {
		jdbc.update("INSERT INTO group_memberships (id, environment_id, user_id, group_id, created_at) "
				+ "VALUES (?, ?, ?, ?, ?)", UUID.randomUUID(), ENVIRONMENT, USER, group, CREATED);
	}

	private static void insertNesting(JdbcTemplate jdbc, UUID group, UUID parent) {
		jdbc.update("INSERT INTO group_nestings (id, environment_id, group_id, parent_id, created_at) "
				+ "VALUES (?, ?, ?, ?, ?)", UUID.randomUUID(), ENVIRONMENT, group, parent, CREATED);
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE environment_id = ?", Long.class,
				ENVIRONMENT);
	}

}
