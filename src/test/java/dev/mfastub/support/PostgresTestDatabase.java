package dev.mfastub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The suite's PostgreSQL run ({@code -Dstub.test.database=postgres}, the second surefire
 * execution): every application context the tests start gets a database of one embedded
 * PostgreSQL server instead of its H2 one. Each distinct H2 database (the
 * {@code stub.h2-database} name, or a test's own H2 URL) maps to its own PostgreSQL
 * database, so contexts that share an H2 store share a PostgreSQL one, and contexts that
 * keep theirs apart still do.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor, Ordered {

	/** Whether this JVM runs the suite on PostgreSQL. */
	public static final boolean ENABLED = "postgres".equals(System.getProperty("stub.test.database"));

	private static final String H2_PREFIX = "jdbc:h2:";

	private static EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ENABLED) {
			return;
		}
		String h2 = environment.getProperty("spring.datasource.url", "");
		if (!h2.startsWith(H2_PREFIX)) {
			return;
		}
		int options = h2.indexOf(';');
		String url = url(h2.substring(H2_PREFIX.length(), (options >= 0) ? options : h2.length()));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("postgresTestDatabase", Map.of("spring.datasource.url", url,
					"spring.datasource.username", "postgres", "spring.datasource.password", "postgres")));
	}

	@Override
	public int getOrder() {
		// After the configuration files: a test's own properties are known by then.
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * The JDBC URL of the database standing for an H2 database name, created on first
	 * use.
	 * @param h2Database the H2 database, such as {@code mem:mfastub}
	 * @return its PostgreSQL URL
	 */
	public static synchronized String url(String h2Database) {
		String name = databaseName(h2Database);
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			boolean exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next();
			if (!exists) {
				statement.execute("CREATE DATABASE " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	/** The shared server, started on first use and stopped when the JVM exits. */
	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				// Many cached test contexts each hold a connection pool.
				server = EmbeddedPostgres.builder().setServerConfig("max_connections", "500").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// the JVM is going anyway
				}
			}));
		}
		return server;
	}

	private static String databaseName(String h2Database) {
		String readable = h2Database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
		String hash = UUID.nameUUIDFromBytes(h2Database.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
		String prefix = readable.substring(0, Math.min(readable.length(), 40));
		return "stub_" + prefix + "_" + hash;
	}

}
