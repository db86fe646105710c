package dev.mfastub.scaleout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.mfastub.scaleout.StubInstance.Answer;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.PostgresTestDatabase;
import dev.mfastub.support.Tokens;

import static dev.mfastub.support.PingOneErrors.UNAUTHORIZED;
import static dev.mfastub.support.PingOneErrors.UNAVAILABLE;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two stub instances on one PostgreSQL database, as behind a load balancer: whatever one
 * instance is told, the other answers alike. Tokens, keys, users, sandboxes, clocks,
 * faults and the journal live in the database; concurrent writes through both instances
 * queue up on the user they change, and a restart or another instance never seeds over
 * what is there. Always PostgreSQL, in both runs of the suite: the instances are started
 * here with the {@code postgres} profile.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTest {

	private static final String ENV = ApiTest.ENV;

	private static final String DOC_USERS = "/v1/environments/" + ENV + "/users";

	/** Where the tests freeze every sandbox clock. */
	private static final String FROZEN_AT = "2030-01-01T00:00:00.000Z";

	private static final DateTimeFormatter PING_INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	/**
	 * Threads writing at once in the concurrency tests: half through A, half through B.
	 */
	private static final int THREADS = 8;

	/** Writes each thread makes. */
	private static final int WRITES = 12;

	private static String database;

	private static StubInstance a;

	private static StubInstance b;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		database = PostgresTestDatabase.url("scale-out-" + UUID.randomUUID());
		a = StubInstance.start("A", database);
		b = StubInstance.start("B", database);
	}

	@AfterAll
	static void stopInstances() {
		for (StubInstance instance : new StubInstance[] { a, b }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void shouldAcceptATokenOfOneInstanceOnTheOther() {
		String fromA = a.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		String fromB = b.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);

		// Each names its own instance as issuer: the other accepts it all the same.
		assertThat(claims(fromA).getString("iss")).isEqualTo(a.base() + "/" + ENV + "/as");
		assertThat(claims(fromB).getString("iss")).isEqualTo(b.base() + "/" + ENV + "/as");
		b.api(fromA).get(DOC_USERS).then().statusCode(200);
		a.api(fromB).get(DOC_USERS).then().statusCode(200);
		Box box = sandbox(a, "{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ApiTest.ADA));
		String sandboxFromA = box.token(a);
		String sandboxFromB = box.token(b);
		sendJson(b.api(sandboxFromA), "PUT", box.user(ApiTest.ADA) + "/mfaEnabled", "{\"mfaEnabled\":true}", 200);
		a.api(sandboxFromB).get(box.user(ApiTest.ADA) + "/mfaEnabled").then().statusCode(200);
	}

	@Test
	void shouldStopATokenOnOneInstanceOnceItsRoleIsTakenAwayThroughTheOther() {
		Box box = sandbox(a, """
				{"applications":[{"roles":["Environment Admin","Identity Data Admin"]},
				                 {"clientId":"second-app","roles":["Identity Data Admin"]}]}""");
		String admin = box.token(a);
		String second = b.token(box.id(), "second-app", box.created().getString("applications[1].clientSecret"));
		b.api(second).get(box.users()).then().statusCode(200);
		String assignments = "/v1/environments/" + box.id() + "/applications/second-app/roleAssignments";
		String assignment = JsonDocument.of(a.api(admin).get(assignments)).getString("_embedded.roleAssignments[0].id");

		a.api(admin).delete(assignments + "/" + assignment).then().statusCode(204);

		b.api(second).get(box.users()).then().statusCode(403);
		assertThat(JsonDocument.of(b.api(admin).get(assignments)).getInt("count")).isZero();
	}

	@Test
	void shouldServeTheSameOneKeyFromBothInstances() {
		String fromA = a.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		String fromB = b.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);

		Response jwksA = a.request().get("/" + ENV + "/as/jwks");
		Response jwksB = b.request().get("/" + ENV + "/as/jwks");

		jwksA.then().statusCode(200);
		jwksB.then().statusCode(200);
		assertThat(jwksB.asString()).isEqualTo(jwksA.asString());
		assertThat(JsonDocument.of(jwksA).getList("keys.kid", String.class)).containsExactly(kid(fromA));
		assertThat(kid(fromB)).isEqualTo(kid(fromA));
	}

	@Test
	void shouldReadThroughOneInstanceWhatWasWrittenThroughTheOther() {
		Box box = sandbox(a, "{}");
		String tokenA = box.token(a);
		String tokenB = box.token(b);

		Response created = sendJson(a.api(tokenA), "POST", box.users(),
				"{\"username\":\"lin\",\"email\":\"lin@example.com\",\"name\":{\"given\":\"Lin\",\"family\":\"Wei\"}}",
				201);
		String id = JsonDocument.of(created).get("id");
		assertReadsAs(b, tokenB, box.user(id), a, created.asString());
		b.api(tokenB).get(box.users()).then().statusCode(200);
		assertThat(JsonDocument.of(b.api(tokenB).get(box.users())).getList("_embedded.users.id")).containsExactly(id);

		Response mfa = sendJson(a.api(tokenA), "PUT", box.user(id) + "/mfaEnabled", "{\"mfaEnabled\":true}", 200);
		assertReadsAs(b, tokenB, box.user(id) + "/mfaEnabled", a, mfa.asString());
		assertThat(JsonDocument.of(b.api(tokenB).get(box.user(id))).getBoolean("mfaEnabled")).isTrue();

		Response bypass = sendJson(b.api(tokenB), "PUT", box.user(id) + "/bypassMFA",
				"{\"bypassMFAEnabledUntil\":\"2030-06-01T00:00:00.000Z\"}", 200);
		assertThat(JsonDocument.of(bypass).getBoolean("canBypassMFA")).isTrue();
		assertReadsAs(a, tokenA, box.user(id) + "/bypassMFA", b, bypass.asString());

		Response patched = sendJson(a.api(tokenA), "PATCH", box.user(id), "{\"email\":\"lin.wei@example.com\"}", 200);
		assertThat(JsonDocument.of(patched).getString("email")).isEqualTo("lin.wei@example.com");
		assertReadsAs(b, tokenB, box.user(id), a, patched.asString());

		Response replaced = sendJson(b.api(tokenB), "PUT", box.user(id),
				"{\"username\":\"lin.wei\",\"name\":{\"given\":\"Lin\"}}", 200);
		assertThat(JsonDocument.of(replaced).getString("email")).isNull();
		assertReadsAs(a, tokenA, box.user(id), b, replaced.asString());

		b.api(tokenB).delete(box.user(id)).then().statusCode(204);
		assertNotFound(a.api(tokenA).get(box.user(id)));
		assertNotFound(a.api(tokenA).get(box.user(id) + "/mfaEnabled"));
		assertThat(JsonDocument.of(a.api(tokenA).get(box.users())).getInt("count")).isZero();
	}

	@Test
	void shouldPairADeviceStartedOnOneInstanceOnTheOtherAndCountItsFailuresOnBoth() {
		Box box = sandbox(a, "{\"users\":[{\"username\":\"lin\"}]}");
		String tokenA = box.token(a);
		String tokenB = box.token(b);
		String user = box.created().getString("users[0].id");
		Response created = sendJson(a.api(tokenA), "POST", box.user(user) + "/devices",
				"{\"type\":\"SMS\",\"phone\":\"+15125551234\",\"status\":\"ACTIVATION_REQUIRED\"}", 201);
		String device = box.user(user) + "/devices/" + JsonDocument.of(created).getString("id");
		String activate = "application/vnd.pingidentity.device.activate+json";

		String otp = assertWrongOtpCountedOnBoth(box, activate, device, a, tokenA, b, tokenB);

		Response activated = b.api(tokenB).contentType(activate).body(otpBody(otp)).post(device);
		activated.then().statusCode(200);
		assertReadsAs(a, tokenA, device, b, activated.asString());
	}

	@Test
	void shouldContinueADeviceAuthenticationStartedOnOneInstanceOnTheOther() {
		Box box = sandbox(a, "{\"users\":[{\"username\":\"lin\",\"mfaEnabled\":true}]}");
		String tokenA = box.token(a);
		String tokenB = box.token(b);
		String user = box.created().getString("users[0].id");
		sendJson(a.api(tokenA), "POST", box.user(user) + "/devices",
				"{\"type\":\"EMAIL\",\"email\":\"lin@example.com\"}", 201);
		Response started = sendJson(a.api(tokenA), "POST", "/" + box.id() + "/deviceAuthentications",
				"{\"user\":{\"id\":\"" + user + "\"}}", 201);
		String flow = "/" + box.id() + "/deviceAuthentications/" + JsonDocument.of(started).getString("id");
		String check = "application/vnd.pingidentity.otp.check+json";

		String otp = assertWrongOtpCountedOnBoth(box, check, flow, b, tokenB, a, tokenA);

		Response completed = b.api(tokenB).contentType(check).body(otpBody(otp)).post(flow);
		assertThat(JsonDocument.of(completed).getString("status")).as(completed.asString()).isEqualTo("COMPLETED");
		assertReadsAs(a, tokenA, flow, b, completed.asString());
	}

	@Test
	void shouldShareSandboxesTheirResetAndTheirDeletionBetweenInstances() {
		Box box = sandbox(a, "{\"users\":[{\"id\":\"%s\",\"username\":\"ada\",\"email\":\"ada@example.com\"}]}"
			.formatted(ApiTest.ADA));
		String tokenB = box.token(b);
		Response listed = b.api(tokenB).get(box.users());
		listed.then().statusCode(200);
		assertThat(Json.at(listed.asString(), "/_embedded/users/0"))
			.isEqualTo(Json.compact(Json.at(box.created().toString(), "/users/0").replace(a.base(), b.base())));
		sendJson(b.api(tokenB), "PUT", box.user(ApiTest.ADA) + "/mfaEnabled", "{\"mfaEnabled\":true}", 200);
		sendJson(b.request(), "PUT", box.control() + "/faults", "[{\"path\":\"/v1/**/bypassMFA\",\"status\":500}]",
				200);

		a.request().post(box.control() + "/reset").then().statusCode(204);

		assertClockReset(b, box);
		b.request().get(box.control() + "/faults").then().statusCode(200).body(equalTo("{\"rules\":[]}"));
		b.request().get(box.control() + "/events").then().statusCode(200).body(equalTo("{\"events\":[]}"));
		freeze(b, box, FROZEN_AT);
		String afterReset = box.token(b);
		assertThat(
				JsonDocument.of(b.api(afterReset).get(box.user(ApiTest.ADA) + "/mfaEnabled")).getBoolean("mfaEnabled"))
			.isFalse();

		a.request().delete(box.control()).then().statusCode(204);

		assertError(b.api(afterReset).get(box.users()), 401, "ACCESS_FAILED", UNAUTHORIZED,
				detail("INVALID_TOKEN", null, "The access token is invalid or has expired."));
		assertNotFound(b.request()
			.formParam("grant_type", "client_credentials")
			.formParam("client_id", box.clientId())
			.formParam("client_secret", box.secret())
			.post("/" + box.id() + "/as/token"));
		assertNotFound(b.request().get(box.control() + "/clock"));
		assertNotFound(b.request().delete(box.control()));
	}

	@Test
	void shouldShareEachSandboxClockBetweenInstances() {
		Box box = sandbox(a, "{\"users\":[{\"id\":\"%s\",\"username\":\"ada\",\"bypassMFAEnabledUntil\":\"%s\"}]}"
			.formatted(ApiTest.ADA, "2030-01-01T03:00:00.000Z"));

		sendJson(a.request(), "PUT", box.control() + "/clock", "{\"now\":\"2030-01-01T01:00:00.000Z\",\"frozen\":true}",
				200);
		assertClock(b, box, "2030-01-01T01:00:00.000Z", true);
		sendJson(b.request(), "POST", box.control() + "/clock/advance", "{\"duration\":\"PT1H\"}", 200);
		assertClock(a, box, "2030-01-01T02:00:00.000Z", true);

		// Bypasses end, and tokens are issued and checked, on the one shared clock.
		String tokenA = box.token(a);
		assertThat(claims(tokenA).getLong("iat")).isEqualTo(Instant.parse("2030-01-01T02:00:00Z").getEpochSecond());
		b.api(tokenA)
			.get(box.user(ApiTest.ADA) + "/bypassMFA")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("canBypassMFA", equalTo(true)));
		sendJson(a.request(), "POST", box.control() + "/clock/advance", "{\"duration\":\"PT1H\"}", 200);
		// The token expired with the advance; B issues one on the shared clock.
		String tokenB = box.token(b);
		assertThat(claims(tokenB).getLong("iat")).isEqualTo(Instant.parse("2030-01-01T03:00:00Z").getEpochSecond());
		Response ended = b.api(tokenB).get(box.user(ApiTest.ADA) + "/bypassMFA");
		ended.then().statusCode(200);
		assertThat(JsonDocument.of(ended).getMap("$").keySet()).containsExactly("_links");
		sendJson(b.request(), "PUT", box.control() + "/clock", "{\"now\":\"2030-01-01T01:00:00.000Z\"}", 200);
		assertError(a.api(tokenB).get(box.users()), 401, "ACCESS_FAILED", UNAUTHORIZED,
				detail("INVALID_TOKEN", null, "The access token is invalid or has expired."));

		sendJson(a.request(), "PUT", box.control() + "/clock", "{\"frozen\":false}", 200);
		assertThat(JsonDocument.of(b.request().get(box.control() + "/clock")).getBoolean("frozen")).isFalse();
		b.request().delete(box.control() + "/clock").then().statusCode(200);
		assertClockReset(a, box);
	}

	@Test
	void shouldShareFaultRulesAndSpendTheirTimesAcrossInstances() {
		Box box = sandbox(a, "{}");
		String tokenA = box.token(a);
		String tokenB = box.token(b);
		sendJson(a.request(), "PUT", box.control() + "/faults",
				"[{\"method\":\"GET\",\"path\":\"/v1/**\",\"status\":503,\"retryAfterSeconds\":5,\"times\":2,\"seed\":7}]",
				200);

		Response first = b.api(tokenB).get(box.users());
		Response second = a.api(tokenA).get(box.users());
		Response third = b.api(tokenB).get(box.users());

		assertError(first, 503, "UNEXPECTED_ERROR", UNAVAILABLE);
		assertThat(first.header("Retry-After")).isEqualTo("5");
		assertError(second, 503, "UNEXPECTED_ERROR", UNAVAILABLE);
		third.then().statusCode(200);
		b.request().get(box.control() + "/faults").then().statusCode(200).body(equalTo(Json.compact("""
				{"rules":[{"method":"GET","path":"/v1/**","status":503,"retryAfterSeconds":5,
				           "remaining":0,"seed":7,"evaluations":2}]}""")));

		// A seeded rule makes the same decisions whichever instance each request reaches:
		// the sequence of seed 42 at 0.5 (see FaultInjectionTest).
		String seeded = "[{\"method\":\"GET\",\"path\":\"/v1/**\",\"status\":503,\"probability\":0.5,\"seed\":42}]";
		List<Integer> expected = List.of(200, 503, 503, 503, 503, 200, 503, 200, 503, 200);
		sendJson(b.request(), "PUT", box.control() + "/faults", seeded, 200);
		List<Integer> alternating = new ArrayList<>();
		for (int i = 0; i < expected.size(); i++) {
			StubInstance instance = (i % 2 == 0) ? a : b;
			alternating.add(instance.api((i % 2 == 0) ? tokenA : tokenB).get(box.users()).statusCode());
		}
		assertThat(alternating).isEqualTo(expected);
		a.request().get(box.control() + "/faults").then().body(JsonDocument.at("rules[0].evaluations", equalTo(10)));

		a.request().delete(box.control() + "/faults").then().statusCode(204);
		b.request().get(box.control() + "/faults").then().statusCode(200).body(equalTo("{\"rules\":[]}"));
		b.api(tokenB).get(box.users()).then().statusCode(200);
	}

	@Test
	void shouldShowTheSameJournalThroughBothInstances() {
		Box box = sandbox(a, "{}");
		String tokenA = box.token(a);
		String tokenB = box.token(b);
		List<Response> writes = new ArrayList<>();
		Response created = a.api(tokenA)
			.contentType("application/json")
			.body("{\"username\":\"grace\"}")
			.post(box.users());
		writes.add(created);
		String id = JsonDocument.of(created).get("id");
		writes.add(b.api(tokenB)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(box.user(id) + "/mfaEnabled"));
		writes.add(a.api(tokenA)
			.contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\":\"2030-02-01T00:00:00.000Z\"}")
			.put(box.user(id) + "/bypassMFA"));
		writes.add(b.api(tokenB)
			.contentType("application/json")
			.body("{\"email\":\"grace@example.com\"}")
			.patch(box.user(id)));
		writes.add(a.api(tokenA).delete(box.user(id)));
		assertThat(writes).extracting(Response::statusCode).containsExactly(201, 200, 200, 200, 204);

		String throughA = journal(a, box, "");
		String throughB = journal(b, box, "");

		assertThat(throughB).isEqualTo(throughA);
		JsonDocument journal = JsonDocument.parse(throughA);
		assertThat(journal.getList("events.type")).containsExactly("USER_CREATED", "MFA_ENABLED_UPDATED",
				"BYPASS_MFA_UPDATED", "USER_UPDATED", "USER_DELETED");
		assertThat(journal.getList("events.correlationId"))
			.containsExactlyElementsOf(writes.stream().map((write) -> write.header("Correlation-Id")).toList());
		JournalChain.assertChains(journal.getList("events"));
		// Reading on from the last id seen gives the same through either instance.
		long second = journal.getLong("events[1].id");
		assertThat(b.request().get(box.control() + "/events?since=" + second).asString())
			.isEqualTo(a.request().get(box.control() + "/events?since=" + second).asString());
	}

	@Test
	void shouldPutTheWholeStoreBackToTheSeedForBothInstances() {
		b.request().post("/__stub/reset").then().statusCode(204);
		String tokenB = b.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		sendJson(b.api(tokenB), "PUT", DOC_USERS + "/" + ApiTest.ADA + "/mfaEnabled", "{\"mfaEnabled\":true}", 200);
		b.api(tokenB).delete(DOC_USERS + "/" + ApiTest.ALAN).then().statusCode(204);
		Box box = sandbox(b, "{}");

		a.request().post("/__stub/reset").then().statusCode(204);

		assertNotFound(b.request().get(box.control() + "/clock"));
		String fresh = b.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		assertThat(JsonDocument.of(b.api(fresh).get(DOC_USERS + "/" + ApiTest.ADA + "/mfaEnabled"))
			.getBoolean("mfaEnabled")).isFalse();
		Response users = b.api(fresh).get(DOC_USERS);
		JsonDocument usersJson = JsonDocument.of(users);
		assertThat(usersJson.getInt("count")).isEqualTo(3);
		assertThat(usersJson.getList("_embedded.users.id")).containsExactlyInAnyOrder(ApiTest.ADA, ApiTest.GRACE,
				ApiTest.ALAN);
	}

	@Test
	void shouldKeepTheLastAcknowledgedWriteUnderConcurrentPutsThroughBothInstances() throws Exception {
		Box box = sandbox(a, "{}");
		String tokenA = box.token(a);
		String tokenB = box.token(b);
		String shared = createUser(a, tokenA, box, "shared");
		List<String> own = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			own.add(createUser(writer(i), token(writer(i), tokenA, tokenB), box, "own-" + i));
		}
		List<String> problems = Collections.synchronizedList(new ArrayList<>());

		concurrently(THREADS, (thread) -> {
			StubInstance writer = writer(thread);
			StubInstance reader = (writer == a) ? b : a;
			String writeToken = token(writer, tokenA, tokenB);
			String readToken = token(reader, tokenA, tokenB);
			Set<String> others = writtenByOthers(thread);
			for (int j = 0; j < WRITES; j++) {
				String until = until(thread, j);
				Answer put = writer.send("PUT", box.user(shared) + "/bypassMFA", writeToken,
						"{\"bypassMFAEnabledUntil\":\"" + until + "\"}");
				expect(problems, put, until.equals(field(put, "bypassMFAEnabledUntil")), "echoes " + until);
				// A read after this write sees it or a write of another thread, never an
				// older write of this thread.
				Answer read = reader.send("GET", box.user(shared) + "/bypassMFA", readToken, null);
				String seen = field(read, "bypassMFAEnabledUntil");
				expect(problems, read, until.equals(seen) || others.contains(seen),
						"shows " + until + " or another thread's value");
				boolean enabled = alternating(j, WRITES);
				Answer ownPut = writer.send("PUT", box.user(own.get(thread)) + "/mfaEnabled", writeToken,
						"{\"mfaEnabled\":" + enabled + "}");
				expect(problems, ownPut, String.valueOf(enabled).equals(field(ownPut, "mfaEnabled")),
						"echoes " + enabled);
				// Nobody else writes this user: the other instance reads exactly this
				// write.
				Answer ownRead = reader.send("GET", box.user(own.get(thread)) + "/mfaEnabled", readToken, null);
				expect(problems, ownRead, String.valueOf(enabled).equals(field(ownRead, "mfaEnabled")),
						"shows " + enabled);
			}
		});

		assertThat(problems).as("answers that are not the written or a possible value").isEmpty();
		String last = "2032-12-31T23:59:59.999Z";
		sendJson(a.api(tokenA), "PUT", box.user(shared) + "/bypassMFA", "{\"bypassMFAEnabledUntil\":\"" + last + "\"}",
				200);
		for (StubInstance instance : List.of(a, b)) {
			assertThat(
					JsonDocument.of(instance.api(token(instance, tokenA, tokenB)).get(box.user(shared) + "/bypassMFA"))
						.getString("bypassMFAEnabledUntil"))
				.as("through %s", instance.name())
				.isEqualTo(last);
			for (String user : own) {
				assertThat(JsonDocument
					.of(instance.api(token(instance, tokenA, tokenB)).get(box.user(user) + "/mfaEnabled"))
					.getBoolean("mfaEnabled")).as("%s through %s", user, instance.name()).isTrue();
			}
		}
	}

	@Test
	void shouldLoseNeitherFieldWhenMfaEnabledAndBypassAreWrittenAtOnceThroughBothInstances() throws Exception {
		Box box = sandbox(a, "{}");
		String tokenA = box.token(a);
		String tokenB = box.token(b);
		String user = createUser(a, tokenA, box, "both");
		int writes = WRITES * 2;
		List<String> problems = Collections.synchronizedList(new ArrayList<>());

		concurrently(2, (thread) -> {
			for (int j = 0; j < writes; j++) {
				Answer answer = (thread == 0)
						? a.send("PUT", box.user(user) + "/mfaEnabled", tokenA,
								"{\"mfaEnabled\":" + alternating(j, writes) + "}")
						: b.send("PUT", box.user(user) + "/bypassMFA", tokenB,
								"{\"bypassMFAEnabledUntil\":\"" + until(9, j) + "\"}");
				expect(problems, answer, true, "is 200");
			}
		});

		assertThat(problems).isEmpty();
		String lastBypass = until(9, writes - 1);
		for (StubInstance instance : List.of(a, b)) {
			String token = token(instance, tokenA, tokenB);
			assertThat(
					JsonDocument.of(instance.api(token).get(box.user(user) + "/mfaEnabled")).getBoolean("mfaEnabled"))
				.as("mfaEnabled through %s", instance.name())
				.isTrue();
			assertThat(JsonDocument.of(instance.api(token).get(box.user(user) + "/bypassMFA"))
				.getString("bypassMFAEnabledUntil")).as("bypassMFAEnabledUntil through %s", instance.name())
				.isEqualTo(lastBypass);
		}
		JsonDocument journal = JsonDocument.parse(journal(a, box, ""));
		JournalChain.assertChains(journal.getList("events"));
		assertThat(journal.getList("events.type", String.class)).filteredOn("MFA_ENABLED_UPDATED"::equals)
			.hasSize(writes);
		assertThat(journal.getList("events.type", String.class)).filteredOn("BYPASS_MFA_UPDATED"::equals)
			.hasSize(writes);
	}

	@Test
	void shouldJournalEveryAcknowledgedConcurrentWriteOnceWithChainedStates() throws Exception {
		Box box = sandbox(a, "{}");
		String tokenA = box.token(a);
		String tokenB = box.token(b);
		List<Answer> acknowledged = Collections.synchronizedList(new ArrayList<>());
		List<String> users = new ArrayList<>();
		for (int u = 0; u < THREADS / 2; u++) {
			StubInstance instance = (u % 2 == 0) ? a : b;
			Answer created = instance.send("POST", box.users(), token(instance, tokenA, tokenB),
					"{\"username\":\"user-" + u + "\"}");
			assertThat(created.status()).as("%s", created).isEqualTo(201);
			acknowledged.add(created);
			users.add(JsonDocument.parse(created.body()).getString("id"));
		}
		List<String> problems = Collections.synchronizedList(new ArrayList<>());

		// Two threads per user, one through each instance, each writing every kind of
		// change; and each thread creates and deletes a user of its own.
		concurrently(THREADS, (thread) -> {
			StubInstance instance = (thread % 2 == 0) ? a : b;
			String token = token(instance, tokenA, tokenB);
			String user = box.user(users.get(thread / 2));
			List<Answer> answers = new ArrayList<>();
			answers.add(instance.send("POST", box.users(), token, "{\"username\":\"temp-" + thread + "\"}"));
			String temp = (answers.get(0).status() == 201) ? JsonDocument.parse(answers.get(0).body()).getString("id")
					: null;
			for (int j = 0; j < WRITES; j++) {
				answers.add(switch (j % 4) {
					case 0 -> instance.send("PUT", user + "/mfaEnabled", token,
							"{\"mfaEnabled\":" + alternating(j, WRITES) + "}");
					case 1 -> instance.send("PUT", user + "/bypassMFA", token,
							"{\"bypassMFAEnabledUntil\":\"" + until(thread, j) + "\"}");
					case 2 ->
						instance.send("PATCH", user, token, "{\"email\":\"t" + thread + "-" + j + "@example.com\"}");
					default -> instance.send("PUT", user, token, "{\"username\":\"user-" + (thread / 2)
							+ "\",\"name\":{\"given\":\"T" + thread + "\",\"family\":\"W" + j + "\"}}");
				});
			}
			if (temp != null) {
				answers.add(instance.send("DELETE", box.user(temp), token, null));
			}
			for (Answer answer : answers) {
				if (answer.status() / 100 == 2) {
					acknowledged.add(answer);
				}
				else {
					problems.add(answer.toString());
				}
			}
		});

		assertThat(problems).as("refused writes").isEmpty();
		String throughA = journal(a, box, "?limit=10000");
		String throughB = journal(b, box, "?limit=10000");
		assertThat(throughB).isEqualTo(throughA);
		List<Map<String, Object>> events = JsonDocument.parse(throughA).getList("events");
		assertThat(events.stream().map((event) -> ((Number) event.get("id")).longValue()).toList()).isSorted()
			.doesNotHaveDuplicates();
		// One event per acknowledged write, made by that very request.
		Map<String, String> expectedTypes = new TreeMap<>();
		for (Answer answer : acknowledged) {
			expectedTypes.put(answer.correlationId(), typeOf(answer));
		}
		Map<String, String> journaledTypes = new TreeMap<>();
		for (Map<String, Object> event : events) {
			String previous = journaledTypes.put((String) event.get("correlationId"), (String) event.get("type"));
			assertThat(previous).as("a second event of request %s", event.get("correlationId")).isNull();
		}
		assertThat(journaledTypes).isEqualTo(expectedTypes);
		assertThat(events).hasSize(acknowledged.size());
		JournalChain.assertChains(events);
	}

	@Test
	// Last: it replaces instance A, which every other test of the class uses.
	@Order(Integer.MAX_VALUE)
	void shouldNeverSeedOverExistingDataWhenAnotherInstanceStartsOrOneRestarts() {
		a.request().post("/__stub/reset").then().statusCode(204);
		String tokenA = a.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		String tokenB = b.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		sendJson(a.api(tokenA), "PUT", DOC_USERS + "/" + ApiTest.GRACE + "/mfaEnabled", "{\"mfaEnabled\":true}", 200);
		sendJson(a.api(tokenA), "PATCH", DOC_USERS + "/" + ApiTest.ADA, "{\"email\":\"countess@example.com\"}", 200);
		b.api(tokenB).delete(DOC_USERS + "/" + ApiTest.ALAN).then().statusCode(204);
		String survivor = JsonDocument
			.of(b.api(tokenB)
				.contentType("application/json")
				.body("{\"username\":\"survivor\"}")
				.post(DOC_USERS)
				.then()
				.statusCode(201)
				.extract())
			.get("id");
		String kid = kid(tokenA);

		// A stops; A' starts on the same database while B runs.
		StubInstance stopped = a;
		a = null;
		stopped.close();
		// Answers of A' are not contract-checked: A's and B's are, and a third document
		// to generate and read costs seconds for nothing new.
		a = StubInstance.start("A'", database, false);

		assertChangesKept(a, survivor, kid);
		assertChangesKept(b, survivor, kid);
		a.api(tokenB).get(DOC_USERS).then().statusCode(200);
		b.api(a.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET)).get(DOC_USERS).then().statusCode(200);
	}

	private static void assertChangesKept(StubInstance instance, String survivor, String kid) {
		String token = instance.token(ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		assertThat(kid(token)).as("signing key of %s", instance.name()).isEqualTo(kid);
		assertThat(JsonDocument.of(instance.request().get("/" + ENV + "/as/jwks")).getList("keys.kid"))
			.as("keys of %s", instance.name())
			.containsExactly(kid);
		assertThat(JsonDocument.of(instance.api(token).get(DOC_USERS + "/" + ApiTest.GRACE + "/mfaEnabled"))
			.getBoolean("mfaEnabled")).as("grace's mfaEnabled through %s", instance.name()).isTrue();
		assertThat(JsonDocument.of(instance.api(token).get(DOC_USERS + "/" + ApiTest.ADA)).getString("email"))
			.as("ada's email through %s", instance.name())
			.isEqualTo("countess@example.com");
		assertNotFound(instance.api(token).get(DOC_USERS + "/" + ApiTest.ALAN));
		Response list = instance.api(token).get(DOC_USERS);
		JsonDocument listJson = JsonDocument.of(list);
		assertThat(listJson.getInt("count")).as("users through %s", instance.name()).isEqualTo(3);
		assertThat(listJson.getList("_embedded.users.id", String.class)).containsExactlyInAnyOrder(ApiTest.ADA,
				ApiTest.GRACE, survivor);
	}

	/** GET through one instance answers what the other answered, links aside. */
	private static void assertReadsAs(StubInstance reader, String token, String path, StubInstance writer,
			String written) {
		Response read = reader.api(token).get(path);
		read.then().statusCode(200);
		assertThat(read.asString()).as("GET %s through %s", path, reader.name())
			.isEqualTo(written.replace(writer.base(), reader.base()));
	}

	/**
	 * Posts a wrong OTP to the path through one instance, then through the other: both
	 * count against the one limit of three. Answers the right OTP, the sandbox's first
	 * notification.
	 */
	private static String assertWrongOtpCountedOnBoth(Box box, String contentType, String path, StubInstance first,
			String firstToken, StubInstance second, String secondToken) {
		String otp = JsonDocument.of(b.request().get(box.control() + "/notifications"))
			.getString("notifications[0].otp");
		String wrong = otp.startsWith("0") ? "111111" : "000000";

		Response firstAnswer = first.api(firstToken).contentType(contentType).body(otpBody(wrong)).post(path);
		Response secondAnswer = second.api(secondToken).contentType(contentType).body(otpBody(wrong)).post(path);

		assertThat(JsonDocument.of(firstAnswer).getInt("details[0].innerError.failuresRemaining")).isEqualTo(2);
		assertThat(JsonDocument.of(secondAnswer).getInt("details[0].innerError.failuresRemaining")).isEqualTo(1);
		return otp;
	}

	private static String otpBody(String otp) {
		return "{\"otp\":\"" + otp + "\"}";
	}

	private static void assertClock(StubInstance instance, Box box, String now, boolean frozen) {
		Response clock = instance.request().get(box.control() + "/clock");
		clock.then().statusCode(200);
		JsonDocument clockJson = JsonDocument.of(clock);
		assertThat(clockJson.getString("now")).as("now through %s", instance.name()).isEqualTo(now);
		assertThat(clockJson.getBoolean("frozen")).as("frozen through %s", instance.name()).isEqualTo(frozen);
	}

	/** The sandbox clock runs unfrozen with no offset, as the instance says. */
	private static void assertClockReset(StubInstance instance, Box box) {
		instance.request()
			.get(box.control() + "/clock")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("frozen", equalTo(false)))
			.body(JsonDocument.at("offset", equalTo("PT0S")));
	}

	/** A sandbox created through an instance, its clock frozen at {@link #FROZEN_AT}. */
	private static Box sandbox(StubInstance instance, String definition) {
		Response created = sendJson(instance.request(), "POST", "/__stub/environments", definition, 201);
		JsonDocument createdJson = JsonDocument.of(created);
		Box box = new Box(createdJson.get("id"), createdJson.get("applications[0].clientId"),
				createdJson.get("applications[0].clientSecret"), createdJson);
		freeze(instance, box, FROZEN_AT);
		return box;
	}

	/** The sandbox's journal, as the instance answers it with a 200. */
	private static String journal(StubInstance instance, Box box, String query) {
		return instance.request().get(box.control() + "/events" + query).then().statusCode(200).extract().asString();
	}

	/** Sends the JSON body, expects the status and answers the response. */
	private static Response sendJson(RequestSpecification request, String method, String path, String body,
			int status) {
		Response response = request.contentType("application/json").body(body).request(method, path);
		response.then().statusCode(status);
		return response;
	}

	private static void freeze(StubInstance instance, Box box, String now) {
		sendJson(instance.request(), "PUT", box.control() + "/clock", "{\"now\":\"" + now + "\",\"frozen\":true}", 200);
	}

	private static String createUser(StubInstance instance, String token, Box box, String username) {
		return JsonDocument
			.of(instance.api(token)
				.contentType("application/json")
				.body("{\"username\":\"" + username + "\"}")
				.post(box.users())
				.then()
				.statusCode(201)
				.extract())
			.get("id");
	}

	/** Threads 0 to 3 write through A, 4 to 7 through B. */
	private static StubInstance writer(int thread) {
		return (thread < THREADS / 2) ? a : b;
	}

	private static String token(StubInstance instance, String tokenA, String tokenB) {
		return (instance == a) ? tokenA : tokenB;
	}

	/**
	 * The mfaEnabled of the j-th of so many writes: they alternate, and the last is
	 * {@code true}, the opposite of a new user's, so losing it shows.
	 */
	private static boolean alternating(int j, int writes) {
		return (writes - 1 - j) % 2 == 0;
	}

	/** A bypass end no other thread writes, after the frozen sandbox clock. */
	private static String until(int thread, int j) {
		return PING_INSTANT
			.format(Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(thread)).plus(Duration.ofMinutes(j)));
	}

	/** The bypass ends the other threads write. */
	private static Set<String> writtenByOthers(int thread) {
		Set<String> others = new HashSet<>();
		for (int other = 0; other < THREADS; other++) {
			for (int j = 0; other != thread && j < WRITES; j++) {
				others.add(until(other, j));
			}
		}
		return others;
	}

	private static void expect(List<String> problems, Answer answer, boolean condition, String what) {
		if (answer.status() != 200 || !condition) {
			problems.add(answer + " (expected 200 that " + what + ")");
		}
	}

	private static String field(Answer answer, String name) {
		if (answer.status() != 200) {
			return null;
		}
		return JsonDocument.parse(answer.body()).getString(name);
	}

	private static String typeOf(Answer answer) {
		return switch (answer.method()) {
			case "POST" -> "USER_CREATED";
			case "DELETE" -> "USER_DELETED";
			case "PATCH" -> "USER_UPDATED";
			default -> answer.path().endsWith("/mfaEnabled") ? "MFA_ENABLED_UPDATED"
					: answer.path().endsWith("/bypassMFA") ? "BYPASS_MFA_UPDATED" : "USER_UPDATED";
		};
	}

	/** Runs the work on that many threads at once and waits (generously) for all. */
	private static void concurrently(int threads, IntConsumer work) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				int thread = i;
				running.add(executor.submit(() -> {
					start.await();
					work.accept(thread);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : running) {
				future.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static JsonDocument claims(String token) {
		return JsonDocument
			.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
	}

	private static String kid(String token) {
		return JsonDocument
			.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8))
			.getString("kid");
	}

	/** A sandbox: its id, its first app, and what creating it answered. */
	private record Box(String id, String clientId, String secret, JsonDocument created) {

		String users() {
			return "/v1/environments/" + this.id + "/users";
		}

		String user(String userId) {
			return users() + "/" + userId;
		}

		String control() {
			return "/__stub/environments/" + this.id;
		}

		/** A token of the sandbox's first app, issued by the instance. */
		String token(StubInstance instance) {
			return instance.token(this.id, this.clientId, this.secret);
		}

	}

}
