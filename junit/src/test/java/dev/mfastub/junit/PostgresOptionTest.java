package dev.mfastub.junit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code postgresUrl}: the stub keeps its state in that database, where another suite's
 * stub on the same database sees it.
 */
class PostgresOptionTest {

	@Test
	void shouldKeepTheSandboxesInTheGivenDatabase() throws IOException, SQLException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			StubOptions options = new StubOptions(null, null,
					List.of("--spring.datasource.username=postgres", "--spring.datasource.password=postgres"), 0, url,
					null, StubOptions.DEFAULT_START_TIMEOUT, null);
			StubProcess stub = StubProcess.start(options);
			try {
				PingOneSandbox sandbox = PingOneSandbox.create(stub, "{}");
				Calls.createUser(sandbox, "kept.in.postgres");

				try (Connection connection = postgres.getPostgresDatabase().getConnection();
						Statement statement = connection.createStatement();
						ResultSet users = statement.executeQuery(
								"SELECT count(*) FROM users WHERE environment_id = '" + sandbox.environmentId() + "'")) {
					users.next();
					assertThat(users.getInt(1)).isEqualTo(1);
				}
			}
			finally {
				stub.stop();
			}
			assertThat(stub.alive()).isFalse();
		}
	}

}
