package dev.mfastub.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One running stub: its own JVM, started from the stub's executable jar, on a loopback
 * port. Equal options share one per JVM, started on first use and stopped when the JVM
 * exits. A JVM class cache (JDK 25's AOT cache, an AppCDS archive before) is made by the
 * first run and used by every later one, kept under the user's cache directory and keyed
 * by jar and JDK.
 */
final class StubProcess {

	/** The stubs of this JVM, or why one did not come up: later classes fail alike, at once. */
	private static final Map<StubOptions, Object> SHARED = new ConcurrentHashMap<>();

	private static final Pattern STARTED_ON_PORT = Pattern.compile("started on port (\\d+)");

	/** The stub's main class, inside its executable jar: how the jar is found. */
	private static final String MARKER = "BOOT-INF/classes/dev/mfastub/MfaStubApplication.class";

	private static final int TAIL_LINES = 40;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(StubProcess::stopAll, "pingone-mfa-stub-stop"));
	}

	private final Process process;

	private final Path log;

	private final int port;

	private final Path trainingCache;

	private final Path cache;

	private StubProcess(Process process, Path log, int port, Path trainingCache, Path cache) {
		this.process = process;
		this.log = log;
		this.port = port;
		this.trainingCache = trainingCache;
		this.cache = cache;
	}

	/**
	 * The stub for these options: the running one, or a new one.
	 * @throws PingOneStubException when it does not come up, or came up once and died
	 */
	static StubProcess shared(StubOptions options) {
		Object shared = SHARED.computeIfAbsent(options, (key) -> {
			try {
				return start(key);
			}
			catch (PingOneStubException ex) {
				return ex;
			}
		});
		if (shared instanceof PingOneStubException failure) {
			throw new PingOneStubException(failure.getMessage(), failure);
		}
		StubProcess stub = (StubProcess) shared;
		stub.requireAlive();
		return stub;
	}

	static void stopAll() {
		SHARED.values().stream().filter(StubProcess.class::isInstance).map(StubProcess.class::cast).forEach(StubProcess::stop);
	}

	/**
	 * Starts a stub and waits until it answers its health check.
	 * @throws PingOneStubException when it exits first or does not answer in time
	 */
	static StubProcess start(StubOptions options) {
		Path java = (options.java() != null) ? options.java() : configuredJava();
		if (!Files.isExecutable(java)) {
			throw new PingOneStubException("No java at " + java + " to start the PingOne MFA stub with.");
		}
		Path jar = (options.jar() != null) ? options.jar() : locateJar();
		if (!Files.isRegularFile(jar)) {
			throw new PingOneStubException("The PingOne MFA stub's jar " + jar + " does not exist.");
		}
		int version = featureVersion(java);
		List<String> command = new ArrayList<>();
		command.add(java.toString());
		// Small and quick to warm, as start-fast.sh starts it: a stub in a test run should
		// not take the run's memory, and lives for minutes.
		command.addAll(List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m", "-XX:TieredStopAtLevel=1",
				"-Dspring.aot.enabled=true"));
		if (version >= 21) {
			command.add("-Dspring.threads.virtual.enabled=true");
		}
		Path cacheFile = null;
		Path training = null;
		Path runnable = jar;
		Path cacheDirectory = cacheDirectory(options, jar, java, version);
		if (cacheDirectory != null) {
			Path extracted = extracted(java, jar, cacheDirectory);
			if (extracted != null) {
				runnable = extracted;
				cacheFile = cacheDirectory.resolve((version >= 25) ? "app.aot" : "app.jsa");
				if (Files.isRegularFile(cacheFile)) {
					command.add(((version >= 25) ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cacheFile);
				}
				else {
					// Several stubs of one JVM may train at once: each writes its own file.
					training = cacheDirectory.resolve(cacheFile.getFileName() + "." + ProcessHandle.current().pid() + "-"
							+ System.nanoTime());
					command.add(((version >= 25) ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + training);
				}
				command.add((version >= 25) ? "-Xlog:aot*=error" : "-Xlog:cds=error");
			}
		}
		command.addAll(List.of("-jar", runnable.toString(), "--server.port=" + options.port(),
				"--server.address=127.0.0.1"));
		if (options.seed() != null) {
			command.add("--stub.seed=file:" + options.seed().toAbsolutePath());
		}
		if (options.postgresUrl() != null) {
			command.add("--spring.profiles.active=postgres");
			command.add("--spring.datasource.url=" + options.postgresUrl());
		}
		command.addAll(options.args());
		Path log;
		Process process;
		try {
			log = Files.createTempFile("pingone-mfa-stub-", ".log");
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.redirectInput(ProcessBuilder.Redirect.PIPE)
				.start();
		}
		catch (IOException ex) {
			throw new PingOneStubException("Could not start the PingOne MFA stub with " + java + ": " + ex.getMessage(),
					ex);
		}
		int port = awaitPort(process, log, options);
		StubProcess stub = new StubProcess(process, log, port, training, cacheFile);
		stub.awaitHealth(options.startTimeout());
		return stub;
	}

	int port() {
		return this.port;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	long pid() {
		return this.process.pid();
	}

	boolean alive() {
		return this.process.isAlive();
	}

	/** @throws PingOneStubException when the stub's JVM is gone: it is not restarted */
	void requireAlive() {
		if (!this.process.isAlive()) {
			throw new PingOneStubException("The PingOne MFA stub (pid " + this.process.pid() + ") exited with code "
					+ this.process.exitValue() + " while the tests ran; it is not restarted. " + tail());
		}
	}

	/** Stops the stub, and keeps the class cache its first run made. */
	void stop() {
		if (this.process.isAlive()) {
			this.process.destroy();
			// A first run writes the class cache as it exits: JDK 25 assembles its AOT
			// cache then, which can take a while on a busy machine.
			long patience = (this.trainingCache != null) ? 180 : 30;
			try {
				if (!this.process.waitFor(patience, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				this.process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
		if (this.trainingCache != null && Files.isRegularFile(this.trainingCache)) {
			try {
				if (Files.size(this.trainingCache) > 0 && !Files.exists(this.cache)) {
					Files.move(this.trainingCache, this.cache, StandardCopyOption.ATOMIC_MOVE);
				}
			}
			catch (IOException ex) {
				// Another JVM kept its cache first: this one is not needed.
			}
			try {
				Files.deleteIfExists(this.trainingCache);
			}
			catch (IOException ex) {
				// Left for the next run to overwrite.
			}
		}
	}

	/** The end of the stub's log, for a failure's message. */
	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return "The end of its log (" + this.log + "):\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "Its log " + this.log + " could not be read.";
		}
	}

	private static int awaitPort(Process process, Path log, StubOptions options) {
		long deadline = System.nanoTime() + options.startTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new PingOneStubException("The PingOne MFA stub exited with code " + process.exitValue()
						+ " before it was ready. " + new StubProcess(process, log, 0, null, null).tail());
			}
			try {
				Matcher matcher = STARTED_ON_PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
				if (matcher.find()) {
					return Integer.parseInt(matcher.group(1));
				}
			}
			catch (IOException | UncheckedIOException ex) {
				// Not written yet.
			}
			pause();
		}
		try {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new PingOneStubException("The PingOne MFA stub did not start within " + options.startTimeout() + ". "
				+ new StubProcess(process, log, 0, null, null).tail());
	}

	private void awaitHealth(Duration timeout) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			requireAliveWhileStarting();
			try {
				HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				stop();
				throw new PingOneStubException("Interrupted while the PingOne MFA stub started.", ex);
			}
			pause();
		}
		stop();
		throw new PingOneStubException(
				"The PingOne MFA stub did not answer its health check within " + timeout + ". " + tail());
	}

	private void requireAliveWhileStarting() {
		if (!this.process.isAlive()) {
			throw new PingOneStubException("The PingOne MFA stub exited with code " + this.process.exitValue()
					+ " before it was ready. " + tail());
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PingOneStubException("Interrupted while the PingOne MFA stub started.", ex);
		}
	}

	/**
	 * The stub's executable jar on the class path: the {@code exec} artifact the
	 * library's dependency brings.
	 */
	static Path locateJar() {
		String configured = System.getProperty("pingone.stub.jar");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		URL marker = StubProcess.class.getClassLoader().getResource(MARKER);
		if (marker == null || !"jar".equals(marker.getProtocol())) {
			throw new PingOneStubException("The PingOne MFA stub's executable jar is not on the class path: add "
					+ "dev.mfastub:pingone-mfa-stub-junit, which brings it, or name one with the jar option "
					+ "or -Dpingone.stub.jar.");
		}
		// jar:file:/...stub-exec.jar!/BOOT-INF/...: the file's URL, already percent-encoded.
		String file = marker.getPath().substring(0, marker.getPath().indexOf("!/"));
		return Path.of(URI.create(file));
	}

	/**
	 * The {@code java} named by {@code -Dpingone.stub.java} or {@code PINGONE_STUB_JAVA}
	 * (a JDK 25 for its AOT cache, say), else the test's own.
	 */
	private static Path configuredJava() {
		String configured = System.getProperty("pingone.stub.java", System.getenv("PINGONE_STUB_JAVA"));
		return (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of(System.getProperty("java.home"), "bin", "java");
	}

	private static int featureVersion(Path java) {
		if (java.equals(Path.of(System.getProperty("java.home"), "bin", "java"))) {
			return Runtime.version().feature();
		}
		try {
			Process process = new ProcessBuilder(java.toString(), "-XshowSettings:properties", "-version")
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(30, TimeUnit.SECONDS);
			Matcher matcher = Pattern.compile("java\\.specification\\.version = (\\d+)").matcher(output);
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : 17;
		}
		catch (IOException ex) {
			throw new PingOneStubException("Could not run " + java + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PingOneStubException("Interrupted while asking " + java + " its version.", ex);
		}
	}

	/** The cache directory of this jar on this JDK, or {@code null} when caching is off. */
	private static Path cacheDirectory(StubOptions options, Path jar, Path java, int version) {
		Path root = options.cacheDirectory();
		if (root == null) {
			String configured = System.getProperty("pingone.stub.cache");
			if ("off".equals(configured)) {
				return null;
			}
			String xdg = System.getenv("XDG_CACHE_HOME");
			root = (configured != null && !configured.isBlank()) ? Path.of(configured)
					: (xdg != null && !xdg.isBlank()) ? Path.of(xdg, "pingone-mfa-stub")
							: Path.of(System.getProperty("user.home"), ".cache", "pingone-mfa-stub");
		}
		try {
			String identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar)
					+ "|" + java.toAbsolutePath() + "|" + version + "|" + System.getProperty("java.vm.version");
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
			return root.resolve(HexFormat.of().formatHex(digest, 0, 8));
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			return null;
		}
	}

	/**
	 * The jar extracted once (Spring Boot's {@code jarmode=tools}), which a class cache
	 * can cover; {@code null} when extracting failed, and the jar runs as it is.
	 */
	private static Path extracted(Path java, Path jar, Path cacheDirectory) {
		Path app = cacheDirectory.resolve("app");
		Path runnable = app.resolve(jar.getFileName());
		if (Files.isRegularFile(runnable)) {
			return runnable;
		}
		Path staging = cacheDirectory.resolve("app-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
		try {
			Files.createDirectories(cacheDirectory);
			Process extract = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
					"--destination", staging.toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!extract.waitFor(120, TimeUnit.SECONDS) || extract.exitValue() != 0) {
				extract.destroyForcibly();
				return null;
			}
			try {
				Files.move(staging, app, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
				// Another JVM extracted it first.
			}
			catch (IOException ex) {
				if (!Files.isRegularFile(runnable)) {
					throw ex;
				}
			}
			return Files.isRegularFile(runnable) ? runnable : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		finally {
			delete(staging);
		}
	}

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover staging directory is harmless.
		}
	}

}
