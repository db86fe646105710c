package dev.mfastub.junit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a stub is started. Equal options share one stub per JVM.
 *
 * @param jar the stub's executable jar; {@code null} for the one on the class path
 * @param seed the startup seed file, whose first environment each sandbox copies;
 * {@code null} for the stub's own seed and empty sandboxes
 * @param args more arguments for the stub, such as {@code --stub.journal.limit=100}
 * @param port a fixed port; 0 for a free one
 * @param postgresUrl a PostgreSQL JDBC URL to run on instead of H2 in memory
 * @param java the {@code java} to run the stub with; {@code null} for the test's own
 * @param startTimeout how long the stub may take to answer its health check
 * @param cacheDirectory where the JVM class caches are kept; {@code null} for the
 * user's cache directory
 */
record StubOptions(Path jar, Path seed, List<String> args, int port, String postgresUrl, Path java,
		Duration startTimeout, Path cacheDirectory) {

	static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

	StubOptions {
		args = List.copyOf(args);
	}

	static StubOptions defaults() {
		return new StubOptions(null, null, List.of(), 0, null, null, DEFAULT_START_TIMEOUT, null);
	}

}
