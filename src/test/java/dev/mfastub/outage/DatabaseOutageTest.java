package dev.mfastub.outage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import dev.mfastub.MfaStubApplication;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.OpenApiContract;
import dev.mfastub.support.Tokens;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.mfastub.support.PingOneErrors.UNAVAILABLE;
import static dev.mfastub.support.PingOneErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * A stub on the postgres profile whose PostgreSQL goes away and comes back: while it is
 * gone every request that needs it answers 503 with PingOne's body and
 * {@code Retry-After} within a few seconds (never a 500, never a hang), readiness is DOWN
 * and liveness UP; once it is back the same stub serves again without a restart, with
 * every acknowledged write kept and no refused write applied.
 */
// Runs its own PostgreSQL: the suite runs it once, in its first (H2) run; pom.xml leaves
// it out of the PostgreSQL run. Isolated: its bound is on time (2 s of connection timeout
// and 1 s to answer), and in one CI run a token request took 4.26 s while the hostile
// corpus ran beside it on the machine's two cores.
@Isolated
class DatabaseOutageTest {

	private static final String USERS = "/v1/environments/" + ApiTest.ENV + "/users";

	/** The bound on any answer while the database is out of reach. */
	private static final Duration PROMPT = Duration.ofSeconds(3);

	/** How long a restarted PostgreSQL may take to be usable by the stub's pool again. */
	private static final Duration RECONNECT = Duration.ofSeconds(15);

	/** A request that hangs fails the test instead of stalling the build. */
	private static final RestAssuredConfig NO_HANG = RestAssuredConfig.config()
		.httpClient(HttpClientConfig.httpClientConfig()
			.setParam("http.connection.timeout", 5000)
			.setParam("http.socket.timeout", 15000));

	@TempDir
	Path directory;

	private StoppablePostgres postgres;

	private ConfigurableApplicationContext stub;

	private int port;

	private String token;

	@BeforeEach
	void startPostgresAndStub() {
		this.postgres = new StoppablePostgres(this.directory.resolve("pgdata"));
		this.postgres.start();
		// Command-line arguments: they take precedence over the profile's environment
		// defaults.
		this.stub = new SpringApplicationBuilder(MfaStubApplication.class).run("--server.port=0",
				"--spring.profiles.active=postgres", "--spring.datasource.url=" + this.postgres.jdbcUrl(),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--stub.seed=classpath:stub/seed.json");
		Integer localPort = this.stub.getEnvironment().getProperty("local.server.port", Integer.class);
		assertThat(localPort).isNotNull().isPositive();
		this.port = localPort;
		// The contract filter reads the served document now, while everything is up.
		OpenApiContract.filter(this.port);
		this.token = Tokens.fetch(this.port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
	}

	@AfterEach
	void stopStubAndPostgres() {
		try {
			if (this.stub != null) {
				this.stub.close();
			}
		}
		finally {
			this.postgres.close();
		}
	}

	@Test
	void shouldAnswerEveryRequestThatNeedsTheDatabaseWith503AndRetryAfterPromptlyWhileItIsDown() {
		api().get(user(ApiTest.ADA) + "/bypassMFA").then().statusCode(200);
		putMfaEnabled(ApiTest.GRACE, true).then().statusCode(200);

		this.postgres.stop();

		assertAll(() -> assertUnavailable("GET bypassMFA", () -> api().get(user(ApiTest.ADA) + "/bypassMFA")),
				() -> assertUnavailable("PUT mfaEnabled", () -> putMfaEnabled(ApiTest.ADA, true)),
				() -> assertUnavailable("token request", this::requestToken),
				() -> assertUnavailable("users list", () -> api().get(USERS)), () -> {
					Timed readiness = timed(() -> plain().get("/actuator/health/readiness"));
					assertThat(readiness.response().statusCode()).as("readiness: %s", readiness).isEqualTo(503);
					assertThat(JsonDocument.of(readiness.response()).getString("status")).isEqualTo("DOWN");
					assertThat(readiness.duration()).as("readiness probe duration").isLessThan(PROMPT);
				}, () -> {
					Timed liveness = timed(() -> plain().get("/actuator/health/liveness"));
					assertThat(liveness.response().statusCode()).as("liveness: %s", liveness).isEqualTo(200);
					assertThat(JsonDocument.of(liveness.response()).getString("status")).isEqualTo("UP");
					assertThat(liveness.duration()).as("liveness probe duration").isLessThan(PROMPT);
				});
	}

	@Test
	void shouldServeAgainWithoutARestartOnceTheDatabaseIsBackKeepingAcknowledgedWritesOnly() {
		putMfaEnabled(ApiTest.GRACE, true).then().statusCode(200);

		this.postgres.stop();
		Timed refusedPut = timed(() -> putMfaEnabled(ApiTest.ADA, true));
		Timed refusedCreate = timed(() -> api().contentType("application/json")
			.body("{\"username\": \"written.during.outage\"}")
			.post(USERS));
		this.postgres.start();

		awaitServing();
		await().atMost(RECONNECT)
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(plain().get("/actuator/health/readiness").statusCode()).isEqualTo(200));
		// What the outage answered is checked after the recovery, so both are reported.
		assertAll(() -> assertUnavailable(refusedPut, "PUT mfaEnabled during the outage"),
				() -> assertUnavailable(refusedCreate, "POST user during the outage"),
				() -> plain().get("/actuator/health/readiness")
					.then()
					.statusCode(200)
					.body(JsonDocument.at("status", is("UP"))),
				() -> assertThat(requestToken().statusCode()).isEqualTo(200),
				() -> assertThat(mfaEnabled(ApiTest.GRACE)).as("grace's mfaEnabled, acknowledged before the outage")
					.isTrue(),
				() -> assertThat(mfaEnabled(ApiTest.ADA)).as("ada's mfaEnabled, refused during the outage").isFalse(),
				() -> assertThat(JsonDocument.of(api().get(USERS)).getList("_embedded.users.username", String.class))
					.containsExactlyInAnyOrder("ada.lovelace", "grace.hopper", "alan.turing"),
				// Nor did half of either write reach the journal.
				() -> assertThat(events()).doesNotContain(ApiTest.ADA).doesNotContain("written.during.outage"));
	}

	@Test
	void shouldAnswer503ToAWriteInFlightWhenTheDatabaseGoesDownAndNotApplyIt() throws Exception {
		CompletableFuture<Response> inFlight;
		long stopped;
		try (Connection blocker = this.postgres.connect()) {
			// The test's own transaction holds ada's row: the stub's PUT is waiting on
			// the
			// lock, mid-transaction, when the database goes down.
			blocker.setAutoCommit(false);
			try (PreparedStatement lock = blocker
				.prepareStatement("SELECT id FROM users WHERE environment_id = ? AND id = ? FOR UPDATE")) {
				lock.setObject(1, UUID.fromString(ApiTest.ENV));
				lock.setObject(2, UUID.fromString(ApiTest.ADA));
				try (ResultSet row = lock.executeQuery()) {
					assertThat(row.next()).isTrue();
				}
			}
			inFlight = CompletableFuture.supplyAsync(() -> putMfaEnabled(ApiTest.ADA, true));
			await().atMost(Duration.ofSeconds(4))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> waitingOnALock(blocker) || inFlight.isDone());
			assertThat(inFlight).as("the PUT must wait on the row lock").isNotDone();
			stopped = System.nanoTime();
			this.postgres.stop();
		}
		Response response = inFlight.get(20, TimeUnit.SECONDS);
		Duration afterStop = Duration.ofNanos(System.nanoTime() - stopped);

		this.postgres.start();
		awaitServing();
		assertAll(() -> assertUnavailable(new Timed(response, afterStop), "PUT mfaEnabled in flight"),
				() -> assertThat(mfaEnabled(ApiTest.ADA)).as("ada's mfaEnabled, whose PUT was cut off mid-transaction")
					.isFalse(),
				() -> assertThat(events()).doesNotContain(ApiTest.ADA));
	}

	private String events() {
		return plain().get("/__stub/environments/" + ApiTest.ENV + "/events")
			.then()
			.statusCode(200)
			.extract()
			.asString();
	}

	/** Waits, bounded, until the stub's pool reaches the restarted server. */
	private void awaitServing() {
		await().atMost(RECONNECT)
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(
					() -> assertThat(api().get(user(ApiTest.GRACE) + "/mfaEnabled").statusCode()).isEqualTo(200));
	}

	private static boolean waitingOnALock(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
						+ " WHERE application_name = 'pingone-mfa-stub' AND wait_event_type = 'Lock'")) {
			waiting.next();
			return waiting.getInt(1) > 0;
		}
	}

	private static void assertUnavailable(String what, Supplier<Response> request) {
		assertUnavailable(timed(request), what);
	}

	/**
	 * A 503 with PingOne's body and {@code Retry-After}, answered within {@link #PROMPT}.
	 */
	private static void assertUnavailable(Timed timed, String what) {
		Response response = timed.response();
		assertThat(response.statusCode()).as("%s: %s", what, timed).isEqualTo(503);
		assertError(response, 503, "UNEXPECTED_ERROR", UNAVAILABLE);
		assertThat(response.header("Retry-After")).as("%s Retry-After", what).isEqualTo("1");
		assertThat(timed.duration()).as("%s duration", what).isLessThan(PROMPT);
	}

	private static Timed timed(Supplier<Response> request) {
		long start = System.nanoTime();
		Response response = request.get();
		return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
	}

	private boolean mfaEnabled(String userId) {
		Response response = api().get(user(userId) + "/mfaEnabled");
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
		return JsonDocument.of(response).getBoolean("mfaEnabled");
	}

	private Response putMfaEnabled(String userId, boolean enabled) {
		return api().contentType("application/json")
			.body("{\"mfaEnabled\": " + enabled + "}")
			.put(user(userId) + "/mfaEnabled");
	}

	private Response requestToken() {
		return anonymous().formParam("grant_type", "client_credentials")
			.formParam("client_id", Tokens.ADMIN_CLIENT)
			.formParam("client_secret", Tokens.ADMIN_SECRET)
			.post("/" + ApiTest.ENV + "/as/token");
	}

	private RequestSpecification api() {
		return anonymous().auth().oauth2(this.token);
	}

	/** A request whose response is checked against the served OpenAPI document. */
	private RequestSpecification anonymous() {
		return plain().filter(OpenApiContract.filter(this.port));
	}

	/** A request outside the documented API: actuator and control plane. */
	private RequestSpecification plain() {
		return RestAssured.given().config(NO_HANG).baseUri("http://localhost").port(this.port);
	}

	private static String user(String id) {
		return USERS + "/" + id;
	}

	private record Timed(Response response, Duration duration) {

		@Override
		public String toString() {
			return this.response.statusLine() + " " + this.response.headers() + " " + this.response.asString() + " in "
					+ this.duration.toMillis() + " ms";
		}

	}

}
