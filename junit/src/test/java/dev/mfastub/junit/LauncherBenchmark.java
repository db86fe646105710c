package dev.mfastub.junit;

import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's start, for bench/launcher.sh: how long the test JVM waits for a healthy
 * stub, then for a sandbox, and how long the stop takes (the first run writes the class
 * cache then). Arguments: the {@code java} to run the stub with, the cache directory.
 */
public final class LauncherBenchmark {

	private LauncherBenchmark() {
	}

	public static void main(String[] args) {
		StubOptions options = new StubOptions(null, null, List.of(), 0, null, Path.of(args[0]),
				StubOptions.DEFAULT_START_TIMEOUT, Path.of(args[1]));
		long start = System.nanoTime();
		StubProcess stub = StubProcess.start(options);
		long ready = System.nanoTime();
		PingOneSandbox.create(stub, "{}");
		long sandbox = System.nanoTime();
		stub.stop();
		long stopped = System.nanoTime();
		System.out.printf("ready-ms=%d sandbox-ms=%d stop-ms=%d%n", (ready - start) / 1_000_000,
				(sandbox - ready) / 1_000_000, (stopped - sandbox) / 1_000_000);
	}

}
