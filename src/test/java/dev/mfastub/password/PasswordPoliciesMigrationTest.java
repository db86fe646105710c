package dev.mfastub.password;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.mfastub.support.MigrationDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema version 20 on a store of version 18: every environment stored before it gets
 * PingOne's three standard password policies, with the ids and rules the code gives a new
 * environment ({@link StandardPasswordPolicies}), Standard the default. On H2, and on
 * PostgreSQL in its run; no Spring context, only Flyway.
 */
class PasswordPoliciesMigrationTest {

	/** An id with every hex digit, so the shift wraps {@code f} round to {@code 0}. */
	private static final UUID ENVIRONMENT = UUID.fromString("0f3c2b1a-4567-4890-abde-0000000000f9");

	private static final String COLUMNS = "name, description, is_default, excludes_profile_data, "
			+ "not_similar_to_current, excludes_commonly_used, max_repeated_characters, min_unique_characters, "
			+ "min_complexity, length_min, length_max, min_uppercase, min_lowercase, min_digits, min_special, "
			+ "history_count, history_retention_days, lockout_failure_count, lockout_duration_seconds, max_age_days, "
			+ "min_age_days";

	@Test
	void shouldGiveEveryEnvironmentTheStandardPoliciesTheCodeGivesANewOne() {
		DriverManagerDataSource database = MigrationDatabase.fresh("password-policies-migration-" + UUID.randomUUID());
		MigrationDatabase.migrate(database, "18");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		Timestamp created = Timestamp.from(Instant.parse("2025-11-20T10:00:00Z"));
		UUID population = UUID.randomUUID();
		jdbc.update("INSERT INTO environments (id, name, organization_id, default_population_id, created_at) "
				+ "VALUES (?, 'Before', ?, ?, ?)", ENVIRONMENT, UUID.randomUUID(), population, created);

		MigrationDatabase.migrate(database, "20");

		List<StandardPasswordPolicies.Standard> expected = StandardPasswordPolicies.of(ENVIRONMENT);
		for (StandardPasswordPolicies.Standard standard : expected) {
			Map<String, Object> row = jdbc.queryForMap(
					"SELECT id, name_key, " + COLUMNS + " FROM password_policies WHERE environment_id = ? AND id = ?",
					ENVIRONMENT, standard.id());
			assertThat(row.get("name_key")).isEqualTo(standard.rules().name().toLowerCase());
			assertThat(
					jdbc.queryForObject("SELECT created_at FROM password_policies WHERE environment_id = ? AND id = ?",
							Timestamp.class, ENVIRONMENT, standard.id()))
				.isEqualTo(created);
			assertThat(values(row)).as(standard.rules().name()).isEqualTo(values(standard));
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_policies", Integer.class)).isEqualTo(3);
	}

	/** The policy's members, in the order of {@link #COLUMNS}. */
	private static List<Object> values(Map<String, Object> row) {
		return Arrays.stream(COLUMNS.split(", ")).map((column) -> normalized(row.get(column))).toList();
	}

	private static List<Object> values(StandardPasswordPolicies.Standard standard) {
		PasswordPolicyRules rules = standard.rules();
		MinCharacters characters = (rules.minCharacters() != null) ? rules.minCharacters()
				: new MinCharacters(null, null, null, null);
		return Arrays.asList(rules.name(), rules.description(), standard.isDefault(), rules.excludesProfileData(),
				rules.notSimilarToCurrent(), rules.excludesCommonlyUsed(), rules.maxRepeatedCharacters(),
				rules.minUniqueCharacters(), rules.minComplexity(),
				(rules.length() != null) ? rules.length().min() : null,
				(rules.length() != null) ? rules.length().max() : null, characters.uppercase(), characters.lowercase(),
				characters.digits(), characters.special(), (rules.history() != null) ? rules.history().count() : null,
				(rules.history() != null) ? rules.history().retentionDays() : null,
				(rules.lockout() != null) ? rules.lockout().failureCount() : null,
				(rules.lockout() != null) ? rules.lockout().durationSeconds() : null, rules.maxAgeDays(),
				rules.minAgeDays());
	}

	private static Object normalized(Object value) {
		return (value instanceof Number number) ? Integer.valueOf(number.intValue()) : value;
	}

}
