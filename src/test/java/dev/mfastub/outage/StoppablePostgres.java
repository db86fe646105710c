package dev.mfastub.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL server of one test that can be stopped and started again on the
 * same port and data directory: to a client it is one database that went away and came
 * back, with everything committed before still there.
 */
final class StoppablePostgres implements AutoCloseable {

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres server;

	/**
	 * A server on a free port, with its data in {@code dataDirectory}, not started yet.
	 * @param dataDirectory where the cluster lives across stops and starts
	 */
	StoppablePostgres(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
		this.port = freePort();
	}

	/** Starts the server, initialising the cluster on the first start only. */
	synchronized void start() {
		if (this.server != null) {
			throw new IllegalStateException("PostgreSQL is already running on port " + this.port);
		}
		try {
			this.server = EmbeddedPostgres.builder()
				.setDataDirectory(this.dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(this.port)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start PostgreSQL on port " + this.port, ex);
		}
	}

	/**
	 * Stops the server the way an administrator or a failing host does: open sessions are
	 * ended and new connections refused.
	 */
	synchronized void stop() {
		if (this.server == null) {
			return;
		}
		try {
			this.server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot stop PostgreSQL on port " + this.port, ex);
		}
		finally {
			this.server = null;
		}
	}

	/** The stub's datasource URL: the server's own {@code postgres} database. */
	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	/** A connection of the test itself, beside the stub's pool. */
	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
	}

	@Override
	public void close() {
		stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
