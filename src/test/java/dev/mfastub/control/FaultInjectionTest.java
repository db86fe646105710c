package dev.mfastub.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.TOO_MANY_REQUESTS;
import static dev.mfastub.support.PingOneErrors.UNAVAILABLE;
import static dev.mfastub.support.PingOneErrors.UNEXPECTED;
import static dev.mfastub.support.PingOneErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * {@code /__stub/environments/{envID}/faults}: injected errors and delays on a sandbox's
 * {@code /v1} and {@code /as} requests, counted, seeded, and confined to their sandbox.
 */
class FaultInjectionTest extends SandboxTest {

	@Test
	void shouldFailExactlyTheNextMatchingRequestsThenAnswerNormally() {
		Sandbox sandbox = sandbox();

		putFaults(sandbox,
				"[{\"method\":\"GET\",\"path\":\"/v1/**\",\"status\":503,\"retryAfterSeconds\":5,\"times\":2,\"seed\":7}]")
			.then()
			.body(equalTo(Json.compact("""
					{"rules":[{"method":"GET","path":"/v1/**","status":503,"retryAfterSeconds":5,
					           "remaining":2,"seed":7,"evaluations":0}]}""")));

		for (int i = 0; i < 2; i++) {
			Response failed = api(sandbox).get(sandbox.users());
			assertError(failed, 503, "UNEXPECTED_ERROR", UNAVAILABLE);
			assertThat(failed.header("Retry-After")).isEqualTo("5");
		}
		api(sandbox).get(sandbox.users()).then().statusCode(200).body(JsonDocument.at("count", equalTo(0)));
		control().get(sandbox.control() + "/faults").then().statusCode(200).body(equalTo(Json.compact("""
				{"rules":[{"method":"GET","path":"/v1/**","status":503,"retryAfterSeconds":5,
				           "remaining":0,"seed":7,"evaluations":2}]}""")));
	}

	@Test
	void shouldTakeTheRulesAsAnObjectWithARulesArrayToo() {
		Sandbox sandbox = sandbox();

		putFaults(sandbox, "{\"rules\":[{\"path\":\"/v1/**\",\"status\":500,\"times\":1}]}").then()
			.body(JsonDocument.at("rules", hasSize(1)))
			.body(JsonDocument.at("rules[0].remaining", equalTo(1)));

		assertError(api(sandbox).get(sandbox.users()), 500, "UNEXPECTED_ERROR", UNEXPECTED);
		api(sandbox).get(sandbox.users()).then().statusCode(200);
	}

	@Test
	void shouldGiveEachRuleASeedWhenNoneIsGiven() {
		Sandbox sandbox = sandbox();

		Response rules = putFaults(sandbox, "[{\"path\":\"/v1/**\",\"status\":500}]");
		JsonDocument rulesJson = JsonDocument.of(rules);

		assertThat(rulesJson.getMap("rules[0]").keySet()).containsExactlyInAnyOrder("path", "status", "seed",
				"evaluations");
		assertThat(rulesJson.<Object>get("rules[0].seed")).isInstanceOfAny(Integer.class, Long.class);
	}

	@Test
	void shouldLeaveRequestsOfAnotherMethodOrPathAlone() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		putFaults(sandbox, """
				[{"method":"POST","path":"/v1/**","status":503},
				 {"method":"GET","path":"/v1/environments/*/users/*/bypassMFA","status":500}]""");

		api(sandbox).get(sandbox.users()).then().statusCode(200);
		api(sandbox).get(sandbox.user(ADA)).then().statusCode(200);
		api(sandbox).get(sandbox.user(ADA) + "/mfaEnabled").then().statusCode(200);
		api(sandbox).contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\":\"2030-01-02T00:00:00.000Z\"}")
			.put(sandbox.user(ADA) + "/bypassMFA")
			.then()
			.statusCode(200);
		assertError(api(sandbox).get(sandbox.user(ADA) + "/bypassMFA"), 500, "UNEXPECTED_ERROR", UNEXPECTED);
		assertError(api(sandbox).contentType("application/json").body("{\"username\":\"x\"}").post(sandbox.users()),
				503, "UNEXPECTED_ERROR", UNAVAILABLE);
		control().get(sandbox.control() + "/faults")
			.then()
			.body(JsonDocument.at("rules.evaluations", equalTo(List.of(1, 1))))
			.body(JsonDocument.at("rules[0].method", equalTo("POST")));
	}

	@Test
	void shouldMatchTheMethodIgnoringCase() {
		Sandbox sandbox = sandbox();

		putFaults(sandbox, "[{\"method\":\"get\",\"path\":\"/v1/**\",\"status\":503}]").then()
			.body(JsonDocument.at("rules[0].method", equalTo("GET")));

		assertThat(api(sandbox).get(sandbox.users()).statusCode()).isEqualTo(503);
	}

	@Test
	void shouldAnswerRequestLimitedWithRetryAfterFor429() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, """
				[{"method":"GET","path":"/v1/**","status":429,"times":1},
				 {"method":"GET","path":"/v1/**","status":429,"retryAfterSeconds":30,"times":1}]""");

		Response first = api(sandbox).get(sandbox.users());
		Response second = api(sandbox).get(sandbox.users());

		assertError(first, 429, "REQUEST_LIMITED", TOO_MANY_REQUESTS);
		assertThat(first.header("Retry-After")).isEqualTo("1");
		assertError(second, 429, "REQUEST_LIMITED", TOO_MANY_REQUESTS);
		assertThat(second.header("Retry-After")).isEqualTo("30");
		api(sandbox).get(sandbox.users()).then().statusCode(200);
	}

	@Test
	void shouldAnswerUnexpectedErrorWithoutRetryAfterFor500() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, "[{\"path\":\"/v1/**\",\"status\":500,\"times\":1}]");

		Response response = api(sandbox).get(sandbox.users());

		assertError(response, 500, "UNEXPECTED_ERROR", UNEXPECTED);
		assertThat(response.header("Retry-After")).isNull();
	}

	@Test
	void shouldFailBeforeAuthenticationSoAnOutageLooksTheSameWithoutAToken() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, "[{\"path\":\"/v1/**\",\"status\":503}]");

		assertError(anonymous().get(sandbox.users()), 503, "UNEXPECTED_ERROR", UNAVAILABLE);
		assertError(anonymous().auth().oauth2("not-a-token").get(sandbox.users()), 503, "UNEXPECTED_ERROR",
				UNAVAILABLE);
	}

	@Test
	void shouldApplyToTheSandboxTokenEndpoint() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, "[{\"method\":\"POST\",\"path\":\"/*/as/**\",\"status\":503,\"times\":1}]");

		Response refused = anonymous().formParam("grant_type", "client_credentials")
			.formParam("client_id", sandbox.clientId())
			.formParam("client_secret", sandbox.clientSecret())
			.post(sandbox.tokenPath());

		assertError(refused, 503, "UNEXPECTED_ERROR", UNAVAILABLE);
		assertThat(refused.header("Retry-After")).isEqualTo("1");
		anonymous().get("/" + sandbox.id() + "/as/jwks").then().statusCode(200);
		anonymous().formParam("grant_type", "client_credentials")
			.formParam("client_id", sandbox.clientId())
			.formParam("client_secret", sandbox.clientSecret())
			.post(sandbox.tokenPath())
			.then()
			.statusCode(200);
	}

	@Test
	void shouldNeverLetOneSandboxsFaultsReachAnother() {
		Sandbox faulty = sandbox();
		Sandbox healthy = sandbox();
		// Even a glob that names the other sandbox's paths outright stays in its own.
		putFaults(faulty, """
				[{"path":"/v1/**","status":503},
				 {"path":"/v1/environments/%1$s/**","status":500},
				 {"path":"/%1$s/as/**","status":500}]""".formatted(healthy.id()));

		api(healthy).get(healthy.users()).then().statusCode(200);
		token(healthy, 0);
		assertThat(api(faulty).get(faulty.users()).statusCode()).isEqualTo(503);
		control().get(faulty.control() + "/faults")
			.then()
			.body(JsonDocument.at("rules.evaluations", equalTo(List.of(1, 0, 0))));
		control().get(healthy.control() + "/faults").then().body(equalTo("{\"rules\":[]}"));
	}

	@Test
	void shouldReplayTheSameSequenceForTheSameSeed() {
		Sandbox sandbox = sandbox();
		String rule = "[{\"method\":\"GET\",\"path\":\"/v1/**\",\"status\":503,\"probability\":0.5,\"seed\":42}]";
		// The n-th decision of seed 42 at probability 0.5, on any instance: 503 (fired)
		// or
		// 200.
		List<Integer> expected = List.of(200, 503, 503, 503, 503, 200, 503, 200, 503, 200, 503, 503, 200, 200, 200, 503,
				503, 503, 503, 200);

		putFaults(sandbox, rule);
		assertThat(statuses(sandbox, 20)).isEqualTo(expected);
		control().get(sandbox.control() + "/faults").then().body(JsonDocument.at("rules[0].evaluations", equalTo(20)));

		putFaults(sandbox, rule).then().body(JsonDocument.at("rules[0].evaluations", equalTo(0)));
		assertThat(statuses(sandbox, 20)).isEqualTo(expected);
	}

	@Test
	void shouldFireAlwaysAtProbabilityOneAndNeverAtZero() {
		Sandbox sandbox = sandbox();

		putFaults(sandbox, "[{\"path\":\"/v1/**\",\"status\":503,\"probability\":0}]");
		assertThat(statuses(sandbox, 5)).containsOnly(200);
		putFaults(sandbox, "[{\"path\":\"/v1/**\",\"status\":503,\"probability\":1}]");
		assertThat(statuses(sandbox, 5)).containsOnly(503);
	}

	@Test
	void shouldCountTimesOnlyWhenAProbabilityRuleFires() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox,
				"[{\"method\":\"GET\",\"path\":\"/v1/**\",\"status\":503,\"probability\":0.5,\"seed\":42,\"times\":3}]");

		// Seed 42 fires on the 2nd, 3rd and 4th requests; then the rule is used up.
		assertThat(statuses(sandbox, 8)).isEqualTo(List.of(200, 503, 503, 503, 200, 200, 200, 200));
		control().get(sandbox.control() + "/faults")
			.then()
			.body(JsonDocument.at("rules[0].remaining", equalTo(0)))
			.body(JsonDocument.at("rules[0].evaluations", equalTo(4)));
	}

	@Test
	void shouldFireExactlyTimesEvenForConcurrentRequests() throws Exception {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, "[{\"method\":\"GET\",\"path\":\"/v1/**\",\"status\":503,\"times\":5}]");
		ExecutorService executor = Executors.newFixedThreadPool(6);
		try {
			List<Future<Integer>> requests = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				requests.add(executor.submit(() -> api(sandbox).get(sandbox.users()).statusCode()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> request : requests) {
				statuses.add(request.get(60, TimeUnit.SECONDS));
			}

			assertThat(statuses).containsOnly(200, 503);
			assertThat(statuses).filteredOn((status) -> status == 503).hasSize(5);
		}
		finally {
			executor.shutdownNow();
		}
		control().get(sandbox.control() + "/faults")
			.then()
			.body(JsonDocument.at("rules[0].remaining", equalTo(0)))
			.body(JsonDocument.at("rules[0].evaluations", equalTo(5)));
	}

	@Test
	void shouldCountARequestForEveryRuleItMatches() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, """
				[{"method":"GET","path":"/v1/**","status":503,"times":1},
				 {"method":"GET","path":"/v1/**","status":500,"probability":0.5,"seed":1}]""");

		assertThat(api(sandbox).get(sandbox.users()).statusCode()).isEqualTo(503);

		// The second rule matched the request too: "evaluations" is how many requests a
		// rule has matched.
		control().get(sandbox.control() + "/faults")
			.then()
			.body(JsonDocument.at("rules.evaluations", equalTo(List.of(1, 1))));
	}

	@Test
	void shouldDelayWithALatencyOnlyRuleAndThenAnswerNormally() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, "[{\"method\":\"GET\",\"path\":\"/v1/**\",\"latency\":\"PT0.2S\"}]").then()
			.body(JsonDocument.at("rules[0].latency", equalTo("PT0.2S")));

		long started = System.nanoTime();
		Response response = api(sandbox).get(sandbox.users());
		long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

		response.then().statusCode(200).body(JsonDocument.at("count", equalTo(0)));
		assertThat(elapsedMillis).isGreaterThanOrEqualTo(200);
	}

	@Test
	void shouldDelayAndThenFailWithALatencyAndAStatus() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, "[{\"path\":\"/v1/**\",\"latency\":\"PT0.2S\",\"status\":503,\"times\":1}]");

		long started = System.nanoTime();
		Response response = api(sandbox).get(sandbox.users());
		long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

		assertError(response, 503, "UNEXPECTED_ERROR", UNAVAILABLE);
		assertThat(elapsedMillis).isGreaterThanOrEqualTo(200);
	}

	@Test
	void shouldClearTheRules() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, "[{\"path\":\"/v1/**\",\"status\":503}]");
		assertThat(api(sandbox).get(sandbox.users()).statusCode()).isEqualTo(503);

		Response cleared = control().delete(sandbox.control() + "/faults");

		assertThat(cleared.statusCode()).isEqualTo(204);
		assertThat(cleared.asString()).isEmpty();
		control().get(sandbox.control() + "/faults").then().statusCode(200).body(equalTo("{\"rules\":[]}"));
		api(sandbox).get(sandbox.users()).then().statusCode(200);
	}

	@Test
	void shouldReplaceTheRulesAndStartTheirCountsAfresh() {
		Sandbox sandbox = sandbox();
		putFaults(sandbox, "[{\"path\":\"/v1/**\",\"status\":503,\"times\":1}]");
		api(sandbox).get(sandbox.users());

		putFaults(sandbox, "[{\"path\":\"/v1/**\",\"status\":500,\"times\":1}]");

		assertError(api(sandbox).get(sandbox.users()), 500, "UNEXPECTED_ERROR", UNEXPECTED);
		api(sandbox).get(sandbox.users()).then().statusCode(200);
		putFaults(sandbox, "[]").then().body(equalTo("{\"rules\":[]}"));
	}

	private Response putFaults(Sandbox sandbox, String rules) {
		Response response = control().contentType("application/json").body(rules).put(sandbox.control() + "/faults");
		response.then().statusCode(200).contentType("application/json");
		return response;
	}

	private List<Integer> statuses(Sandbox sandbox, int count) {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			statuses.add(api(sandbox).get(sandbox.users()).statusCode());
		}
		return statuses;
	}

}
