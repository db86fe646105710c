package dev.mfastub.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.mfastub.MfaStubApplication;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.PostgresTestDatabase;
import dev.mfastub.support.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

/**
 * A stub process killed with SIGKILL while writes are still arriving keeps every write it
 * acknowledged: started again on the same database, each user whose creation got a 201
 * exists, and each {@code mfaEnabled} or {@code bypassMFA} holds the last value that got
 * a 200, or a value sent after it that was never answered (it may have landed).
 */
// Starts its own stub processes on H2 and on PostgreSQL: the suite runs it once, in its
// first (H2) run; pom.xml leaves it out of the PostgreSQL run.
class KillDurabilityTest {

	private static final String ENV = ApiTest.ENV;

	private static final String USERS = "/v1/environments/" + ENV + "/users";

	private static final List<String> SEEDED = List.of(ApiTest.ADA, ApiTest.GRACE, ApiTest.ALAN);

	private static final List<String> SEEDED_USERNAMES = List.of("ada.lovelace", "grace.hopper", "alan.turing");

	/** Acknowledged creations before the kill: the kill comes while writes still flow. */
	private static final int CREATES_BEFORE_KILL = 200;

	private static final int CREATOR_THREADS = 3;

	/**
	 * Generous bounds: a stub process starts in about 15 s and the writes take a few
	 * seconds, so the test takes under a minute, but a loaded machine can take far longer
	 * to start a JVM.
	 */
	private static final Duration STARTUP = Duration.ofSeconds(90);

	private static final Duration WRITING = Duration.ofSeconds(30);

	/** Far in the future, so every bypass sent is still running when it is read back. */
	private static final Instant BYPASS_BASE = Instant.parse("2035-01-01T00:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path LOGS = Path.of("target", "kill-durability");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Process> children = new CopyOnWriteArrayList<>();

	@TempDir
	Path directory;

	@AfterEach
	void killChildren() throws InterruptedException {
		for (Process child : this.children) {
			child.destroyForcibly();
			child.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void shouldKeepEveryAcknowledgedWriteOfAStubKilledMidWriteOnAnH2File() throws Exception {
		shouldKeepEveryAcknowledgedWrite("h2", List.of("--stub.h2-database=file:" + this.directory.resolve("db")));
	}

	@Test
	void shouldKeepEveryAcknowledgedWriteOfAStubKilledMidWriteOnPostgres() throws Exception {
		String url = PostgresTestDatabase.url("kill-durability-" + UUID.randomUUID());
		shouldKeepEveryAcknowledgedWrite("postgres",
				List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
	}

	private void shouldKeepEveryAcknowledgedWrite(String name, List<String> database) throws Exception {
		Files.createDirectories(LOGS);
		Stub first = start(name + "-first", database);
		String token = token(first.port());
		Writes writes = new Writes();
		List<Thread> writers = new ArrayList<>();
		for (int k = 0; k < CREATOR_THREADS; k++) {
			int creator = k;
			writers.add(new Thread(() -> writes.create(creator, first.port(), token), "creator-" + k));
		}
		writers.add(new Thread(() -> writes.changeSeeded(first.port(), token), "seeded-writer"));
		writers.forEach(Thread::start);

		await().atMost(WRITING)
			.pollInterval(Duration.ofMillis(5))
			.until(() -> writes.acknowledgedCreates.get() >= CREATES_BEFORE_KILL || writes.allStopped(writers));
		int inFlightAtKill = writes.inFlight.get();
		first.process().destroyForcibly();
		assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).as("the killed stub exits").isTrue();
		writes.stop.set(true);
		for (Thread writer : writers) {
			writer.join(15_000);
			assertThat(writer.isAlive()).as("%s ends once the stub is gone", writer.getName()).isFalse();
		}

		Stub second = start(name + "-second", database);
		String secondToken = token(second.port());
		List<String> lost = writes.lost(second.port(), secondToken);
		System.out.printf("%s: %d creations acknowledged, %d requests in flight at the kill, %d writes lost%n", name,
				writes.acknowledgedCreates.get(), inFlightAtKill, lost.size());
		assertSoftly((softly) -> {
			softly.assertThat(writes.acknowledgedCreates.get())
				.as("acknowledged creations before the kill")
				.isGreaterThanOrEqualTo(CREATES_BEFORE_KILL);
			softly.assertThat(inFlightAtKill).as("requests in flight when the stub was killed").isPositive();
			softly.assertThat(writes.unexpected).as("answers other than 2xx while the stub was up").isEmpty();
			softly.assertThat(lost)
				.as("acknowledged writes missing after kill -9 (%d creations acknowledged, %d requests in flight at the"
						+ " kill; logs in %s)", writes.acknowledgedCreates.get(), inFlightAtKill, LOGS.toAbsolutePath())
				.isEmpty();
		});
	}

	/** Everything the writers sent and what the stub acknowledged. */
	private final class Writes {

		final AtomicBoolean stop = new AtomicBoolean();

		final AtomicInteger inFlight = new AtomicInteger();

		final AtomicInteger acknowledgedCreates = new AtomicInteger();

		final List<String> unexpected = new CopyOnWriteArrayList<>();

		/** Every username a creation was sent for, answered or not. */
		final Set<String> sentUsernames = ConcurrentHashMap.newKeySet();

		/** Username to id, for each creation answered 201. */
		final Map<String, String> created = new ConcurrentHashMap<>();

		/** Created users whose {@code mfaEnabled: true} was answered 200. */
		final Set<String> mfaEnabled = ConcurrentHashMap.newKeySet();

		/** Created user id to the bypass end answered 200 (one PUT per user). */
		final Map<String, String> bypass = new ConcurrentHashMap<>();

		/**
		 * Per seeded user and field, the last acknowledged value and the values sent
		 * after it: the only writer of these is one thread, one request at a time.
		 */
		final Map<String, History> seeded = new ConcurrentHashMap<>();

		boolean allStopped(List<Thread> writers) {
			return writers.stream().noneMatch(Thread::isAlive);
		}

		void create(int creator, int port, String token) {
			try {
				for (int i = 0; !this.stop.get(); i++) {
					String username = "durable-" + creator + "-" + i;
					this.sentUsernames.add(username);
					Reply reply = send(port, token, "POST", USERS, "{\"username\": \"" + username + "\"}");
					if (reply.status() != 201) {
						this.unexpected.add("POST " + username + ": " + reply);
						continue;
					}
					String id = JSON.readTree(reply.body()).get("id").asString();
					this.created.put(username, id);
					this.acknowledgedCreates.incrementAndGet();
					reply = send(port, token, "PUT", USERS + "/" + id + "/mfaEnabled", "{\"mfaEnabled\": true}");
					if (reply.status() == 200) {
						this.mfaEnabled.add(id);
					}
					else {
						this.unexpected.add("PUT mfaEnabled " + username + ": " + reply);
					}
					String until = BYPASS_BASE.plusSeconds(creator * 100_000L + i).toString().replace("Z", ".000Z");
					reply = send(port, token, "PUT", USERS + "/" + id + "/bypassMFA",
							"{\"bypassMFAEnabledUntil\": \"" + until + "\"}");
					if (reply.status() == 200) {
						this.bypass.put(id, until);
					}
					else {
						this.unexpected.add("PUT bypassMFA " + username + ": " + reply);
					}
				}
			}
			catch (IOException ex) {
				// The stub is gone: the request in flight may or may not have landed.
			}
		}

		void changeSeeded(int port, String token) {
			for (String id : SEEDED) {
				this.seeded.put(id + " mfaEnabled", new History("false"));
				this.seeded.put(id + " bypassMFA", new History(null));
			}
			try {
				for (int n = 0; !this.stop.get(); n++) {
					String id = SEEDED.get(n % SEEDED.size());
					boolean bypassWrite = (n / SEEDED.size()) % 2 == 1;
					String field = bypassWrite ? "bypassMFA" : "mfaEnabled";
					History history = this.seeded.get(id + " " + field);
					String value = bypassWrite
							? BYPASS_BASE.plus(Duration.ofDays(1000)).plusSeconds(n).toString().replace("Z", ".000Z")
							: Boolean.toString(!"true".equals(history.acknowledged()));
					String body = bypassWrite ? "{\"bypassMFAEnabledUntil\": \"" + value + "\"}"
							: "{\"mfaEnabled\": " + value + "}";
					history.sent(value);
					Reply reply = send(port, token, "PUT", USERS + "/" + id + "/" + field, body);
					if (reply.status() == 200) {
						history.acknowledge(value);
					}
					else {
						this.unexpected.add("PUT " + field + " " + id + ": " + reply);
					}
				}
			}
			catch (IOException ex) {
				// The stub is gone: the request in flight may or may not have landed.
			}
		}

		Reply send(int port, String token, String method, String path, String json) throws IOException {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(10))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.method(method, BodyPublishers.ofString(json))
				.build();
			this.inFlight.incrementAndGet();
			try {
				return reply(KillDurabilityTest.this.http.send(request, BodyHandlers.ofString()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			finally {
				this.inFlight.decrementAndGet();
			}
		}

		/** What the restarted stub lacks of what the first one acknowledged. */
		List<String> lost(int port, String token) throws IOException, InterruptedException {
			List<String> lost = new ArrayList<>();
			Map<String, JsonNode> users = listUsers(port, token);
			for (Map.Entry<String, JsonNode> user : users.entrySet()) {
				if (!SEEDED_USERNAMES.contains(user.getKey()) && !this.sentUsernames.contains(user.getKey())) {
					lost.add("user " + user.getKey() + " exists but was never sent");
				}
			}
			for (Map.Entry<String, String> created : this.created.entrySet()) {
				JsonNode user = users.get(created.getKey());
				if (user == null) {
					lost.add("created user " + created.getKey() + " (" + created.getValue() + ") is missing");
					continue;
				}
				if (!created.getValue().equals(user.get("id").asString())) {
					lost.add("created user " + created.getKey() + " has id " + user.get("id") + ", acknowledged as "
							+ created.getValue());
				}
				if (this.mfaEnabled.contains(created.getValue()) && !user.get("mfaEnabled").asBoolean()) {
					lost.add("mfaEnabled true of " + created.getKey() + " is missing");
				}
				String acknowledgedBypass = this.bypass.get(created.getValue());
				if (acknowledgedBypass != null) {
					String actual = bypassUntil(port, token, created.getValue());
					if (!acknowledgedBypass.equals(actual)) {
						lost.add("bypassMFA of " + created.getKey() + " is " + actual + ", acknowledged as "
								+ acknowledgedBypass);
					}
				}
			}
			for (String id : SEEDED) {
				String mfa = get(port, token, USERS + "/" + id + "/mfaEnabled").get("mfaEnabled").toString();
				this.seeded.get(id + " mfaEnabled").check(id + " mfaEnabled", mfa, lost);
				this.seeded.get(id + " bypassMFA").check(id + " bypassMFA", bypassUntil(port, token, id), lost);
			}
			return lost;
		}

	}

	/**
	 * One seeded user's field, written by one thread: the last value answered 200 and the
	 * values sent after it without an answer, any of which may have landed.
	 */
	private static final class History {

		private String acknowledged;

		private final List<String> unanswered = new ArrayList<>();

		History(String initial) {
			this.acknowledged = initial;
		}

		synchronized String acknowledged() {
			return this.acknowledged;
		}

		synchronized void sent(String value) {
			this.unanswered.add(value);
		}

		synchronized void acknowledge(String value) {
			this.acknowledged = value;
			this.unanswered.clear();
		}

		synchronized void check(String what, String actual, List<String> lost) {
			if (!Objects.equals(this.acknowledged, actual) && !this.unanswered.contains(actual)) {
				lost.add(what + " is " + actual + ", acknowledged as " + this.acknowledged + " (unanswered after it: "
						+ this.unanswered + ")");
			}
		}

	}

	private record Reply(int status, String body) {

	}

	private record Stub(Process process, int port) {

	}

	private static Reply reply(HttpResponse<String> response) {
		return new Reply(response.statusCode(), response.body());
	}

	/** Starts the stub as a child process and waits, bounded, until it is healthy. */
	private Stub start(String name, List<String> database) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				MfaStubApplication.class.getName(), "--server.port=" + port, "--stub.seed=classpath:stub/seed.json"));
		command.addAll(database);
		Path log = LOGS.resolve(name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		this.children.add(process);
		long started = System.nanoTime();
		await().atMost(STARTUP).pollInterval(Duration.ofMillis(200)).until(() -> {
			assertThat(process.isAlive())
				.as("stub %s exited early with %s; log %s", name, process.isAlive() ? null : process.exitValue(),
						log.toAbsolutePath())
				.isTrue();
			return healthy(port);
		});
		System.out.printf("stub %s healthy on port %d after %d ms%n", name, port,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		return new Stub(process, port);
	}

	private boolean healthy(int port) {
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private String token(int port) throws IOException, InterruptedException {
		String form = "grant_type=client_credentials&client_id=" + Tokens.ADMIN_CLIENT + "&client_secret="
				+ Tokens.ADMIN_SECRET;
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + ENV + "/as/token"))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString(form, StandardCharsets.UTF_8))
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	private JsonNode get(int port, String token, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(10))
				.header("Authorization", "Bearer " + token)
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** Every user of the environment by username, across pages. */
	private Map<String, JsonNode> listUsers(int port, String token) throws IOException, InterruptedException {
		Map<String, JsonNode> users = new LinkedHashMap<>();
		String next = USERS + "?limit=1000";
		while (next != null) {
			JsonNode page = get(port, token, next);
			for (JsonNode user : page.path("_embedded").path("users")) {
				users.put(user.get("username").asString(), user);
			}
			JsonNode link = page.path("_links").path("next").path("href");
			next = link.isMissingNode() ? null : link.asString();
		}
		return users;
	}

	/** A user's bypass end as the stub shows it, or {@code null} without one. */
	private String bypassUntil(int port, String token, String id) throws IOException, InterruptedException {
		JsonNode until = get(port, token, USERS + "/" + id + "/bypassMFA").get("bypassMFAEnabledUntil");
		return (until != null) ? until.asString() : null;
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
