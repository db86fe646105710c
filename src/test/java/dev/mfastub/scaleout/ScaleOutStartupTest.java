package dev.mfastub.scaleout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.PostgresTestDatabase;
import dev.mfastub.support.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances started at the same moment on an empty PostgreSQL database: both come up,
 * the seed is stored once, and one signing key is made, so either instance's tokens work
 * on the other. Isolated: Spring Boot's logging setup is one per JVM and not safe for two
 * applications at the same moment, so this class orders its own two starts, and no other
 * class may start a context meanwhile (one that did broke an instance's start in CI:
 * "Unable to find Spring Environment in logger context", and the test waited out its
 * timeout).
 */
@Isolated
class ScaleOutStartupTest {

	private static final String USERS = "/v1/environments/" + ApiTest.ENV + "/users";

	@Test
	void shouldSeedOnceAndMakeOneKeyWhenTwoInstancesStartTogetherOnAnEmptyDatabase() throws Exception {
		String database = PostgresTestDatabase.url("scale-out-startup-" + UUID.randomUUID());
		ExecutorService executor = Executors.newFixedThreadPool(2);
		// Both instances touch the database together: each waits, once prepared (its
		// logging set up, no query made yet), for the other. Their logging is set up one
		// after the other: Spring Boot's logging setup is not safe for two applications
		// of one JVM at the same moment.
		CyclicBarrier together = new CyclicBarrier(2);
		Semaphore loggingSetUp = new Semaphore(1);
		List<StubInstance> started = new ArrayList<>();
		List<Throwable> failed = new ArrayList<>();
		try {
			List<Future<StubInstance>> starting = new ArrayList<>();
			for (String name : List.of("first", "second")) {
				starting.add(executor.submit(() -> {
					loggingSetUp.acquire();
					// What is checked here is the start; the contract is ScaleOutTest's.
					return StubInstance.start(name, database, false, (event) -> {
						loggingSetUp.release();
						try {
							together.await(60, TimeUnit.SECONDS);
						}
						catch (InterruptedException | BrokenBarrierException | TimeoutException ex) {
							throw new IllegalStateException("The other instance never got ready to start", ex);
						}
					});
				}));
			}
			for (Future<StubInstance> instance : starting) {
				try {
					started.add(instance.get(120, TimeUnit.SECONDS));
				}
				catch (ExecutionException ex) {
					failed.add(ex.getCause());
				}
			}

			assertThat(failed).as("instances that did not start").isEmpty();
			List<String> tokens = new ArrayList<>();
			List<String> keys = new ArrayList<>();
			for (StubInstance instance : started) {
				String token = instance.token(ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
				tokens.add(token);
				Response users = instance.api(token).get(USERS);
				users.then().statusCode(200);
				JsonDocument usersJson = JsonDocument.of(users);
				assertThat(usersJson.getInt("count")).as("users through %s", instance.name()).isEqualTo(3);
				assertThat(usersJson.getList("_embedded.users.id", String.class)).containsExactlyInAnyOrder(ApiTest.ADA,
						ApiTest.GRACE, ApiTest.ALAN);
				Response jwks = instance.request().get("/" + ApiTest.ENV + "/as/jwks");
				jwks.then().statusCode(200);
				keys.add(jwks.asString());
				assertThat(JsonDocument.of(jwks).getList("keys.kid", String.class)).as("keys of %s", instance.name())
					.containsExactly(kid(token));
			}
			assertThat(keys.get(1)).isEqualTo(keys.get(0));
			started.get(0).api(tokens.get(1)).get(USERS).then().statusCode(200);
			started.get(1).api(tokens.get(0)).get(USERS).then().statusCode(200);
		}
		finally {
			started.forEach(StubInstance::close);
			executor.shutdownNow();
		}
	}

	private static String kid(String token) {
		return JsonDocument
			.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8))
			.getString("kid");
	}

}
