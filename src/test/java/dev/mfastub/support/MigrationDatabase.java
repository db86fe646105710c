package dev.mfastub.support;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database of the run's kind (H2, or PostgreSQL in its run) for the migration
 * tests, which move a store from one schema version to the next with Flyway alone, no
 * Spring context.
 */
public final class MigrationDatabase {

	private MigrationDatabase() {
	}

	/**
	 * A new, empty database.
	 * @param name a name no other test uses
	 * @return its data source
	 */
	public static DriverManagerDataSource fresh(String name) {
		String unique = "mem:" + name;
		return PostgresTestDatabase.ENABLED ? new DriverManagerDataSource(PostgresTestDatabase.url(unique))
				: new DriverManagerDataSource("jdbc:h2:" + unique + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	/**
	 * Migrates a database up to a schema version.
	 * @param database the database
	 * @param target the version, such as {@code "6"}
	 */
	public static void migrate(DriverManagerDataSource database, String target) {
		Flyway.configure().dataSource(database).target(target).load().migrate();
	}

}
