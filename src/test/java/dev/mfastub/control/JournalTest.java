package dev.mfastub.control;

import java.util.List;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static dev.mfastub.support.PingOneErrors.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code GET /__stub/environments/{envID}/events}: every change to a sandbox's users, in
 * order, on the sandbox's clock, with who made it, the request that made it, and the
 * state before and after; and nothing for a refused request.
 */
class JournalTest extends SandboxTest {

	@Test
	void shouldRecordAUsersLifeInOrderWithWhoWhenAndWhichRequest() {
		Sandbox sandbox = sandbox();
		Response created = api(sandbox).contentType("application/json")
			.body("{\"username\":\"grace\",\"email\":\"grace@example.com\",\"mfaEnabled\":false}")
			.post(sandbox.users());
		created.then().statusCode(201);
		JsonDocument createdJson = JsonDocument.of(created);
		String userId = createdJson.get("id");
		String populationId = createdJson.get("population.id");
		advance(sandbox, "PT1M");
		Response mfa = api(sandbox).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(sandbox.user(userId) + "/mfaEnabled");
		mfa.then().statusCode(200);
		advance(sandbox, "PT1M");
		Response bypass = api(sandbox).contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\":\"2030-01-02T00:00:00.000Z\"}")
			.put(sandbox.user(userId) + "/bypassMFA");
		bypass.then().statusCode(200);
		advance(sandbox, "PT1M");
		Response deleted = api(sandbox).delete(sandbox.user(userId));
		deleted.then().statusCode(204);

		String events = events(sandbox, "");

		JsonDocument journal = JsonDocument.parse(events);
		assertThat(journal.getList("events.type")).containsExactly("USER_CREATED", "MFA_ENABLED_UPDATED",
				"BYPASS_MFA_UPDATED", "USER_DELETED");
		List<Long> ids = journal.getList("events.id", Long.class);
		assertThat(ids).isSorted().doesNotHaveDuplicates();
		String user = "{\"id\":\"%s\",\"username\":\"grace\",\"email\":\"grace@example.com\",\"populationId\":\"%s\","
			.formatted(userId, populationId);
		assertThat(Json.at(events, "/events/0")).isEqualTo(Json.compact("""
				{"id":%d,"at":"2030-01-01T00:00:00.000Z","type":"USER_CREATED","userId":"%s","clientId":"%s",
				 "correlationId":"%s","after":%s"enabled":true,"mfaEnabled":false,"verifyStatus":"NOT_INITIATED"}}
				""".formatted(ids.get(0), userId, sandbox.clientId(), created.header("Correlation-Id"), user)));
		assertThat(Json.at(events, "/events/1")).isEqualTo(Json.compact("""
				{"id":%d,"at":"2030-01-01T00:01:00.000Z","type":"MFA_ENABLED_UPDATED","userId":"%s","clientId":"%s",
				 "correlationId":"%s","before":{"mfaEnabled":false},"after":{"mfaEnabled":true}}
				""".formatted(ids.get(1), userId, sandbox.clientId(), mfa.header("Correlation-Id"))));
		assertThat(Json.at(events, "/events/2")).isEqualTo(Json.compact("""
				{"id":%d,"at":"2030-01-01T00:02:00.000Z","type":"BYPASS_MFA_UPDATED","userId":"%s","clientId":"%s",
				 "correlationId":"%s","before":{"bypassMFAEnabledUntil":null},
				 "after":{"bypassMFAEnabledUntil":"2030-01-02T00:00:00.000Z"}}
				""".formatted(ids.get(2), userId, sandbox.clientId(), bypass.header("Correlation-Id"))));
		assertThat(Json.at(events, "/events/3")).isEqualTo(Json.compact("""
				{"id":%d,"at":"2030-01-01T00:03:00.000Z","type":"USER_DELETED","userId":"%s","clientId":"%s",
				 "correlationId":"%s",
				 "before":%s"enabled":true,"mfaEnabled":true,"bypassMFAEnabledUntil":"2030-01-02T00:00:00.000Z",
				          "verifyStatus":"NOT_INITIATED"}}
				""".formatted(ids.get(3), userId, sandbox.clientId(), deleted.header("Correlation-Id"), user)));
	}

	@Test
	void shouldRecordReplaceAndPatchAsUserUpdated() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		Response replaced = api(sandbox).contentType("application/json")
			.body("{\"username\":\"ada\",\"email\":\"ada@example.com\"}")
			.put(sandbox.user(ADA));
		replaced.then().statusCode(200);
		advance(sandbox, "PT5S");
		Response patched = api(sandbox).contentType("application/json")
			.body("{\"name\":{\"given\":\"Ada\"}}")
			.patch(sandbox.user(ADA));
		patched.then().statusCode(200);

		String events = events(sandbox, "");

		String populationId = JsonDocument.of(replaced).get("population.id");
		String ada = "{\"id\":\"%s\",\"username\":\"ada\",".formatted(ADA);
		assertThat(Json.at(events, "/events/0")).isEqualTo(Json.compact("""
				{"id":%d,"at":"2030-01-01T00:00:00.000Z","type":"USER_UPDATED","userId":"%s","clientId":"%s",
				 "correlationId":"%s",
				 "before":%s"populationId":"%s","enabled":true,"mfaEnabled":false,"verifyStatus":"NOT_INITIATED"},
				 "after":%s"email":"ada@example.com","populationId":"%s","enabled":true,"mfaEnabled":false,
				          "verifyStatus":"NOT_INITIATED"}}
				""".formatted(JsonDocument.parse(events).getLong("events[0].id"), ADA, sandbox.clientId(),
				replaced.header("Correlation-Id"), ada, populationId, ada, populationId)));
		assertThat(Json.at(events, "/events/1")).isEqualTo(Json.compact("""
				{"id":%d,"at":"2030-01-01T00:00:05.000Z","type":"USER_UPDATED","userId":"%s","clientId":"%s",
				 "correlationId":"%s",
				 "before":%s"email":"ada@example.com","populationId":"%s","enabled":true,"mfaEnabled":false,
				           "verifyStatus":"NOT_INITIATED"},
				 "after":%s"email":"ada@example.com","name":{"given":"Ada"},"populationId":"%s","enabled":true,
				          "mfaEnabled":false,"verifyStatus":"NOT_INITIATED"}}
				""".formatted(JsonDocument.parse(events).getLong("events[1].id"), ADA, sandbox.clientId(),
				patched.header("Correlation-Id"), ada, populationId, ada, populationId)));
	}

	@Test
	void shouldRecordTheClientIdOfTheAppWhoseTokenMadeTheChange() {
		Sandbox sandbox = sandbox(
				"""
						{"users":[{"id":"%s","username":"ada"}],
						 "applications":[{"clientId":"first-app","clientSecret":"first-secret","roles":["Identity Admin"]},
						                 {"clientId":"second-app","clientSecret":"second-secret","roles":["Environment Admin"]}]}
						"""
					.formatted(ADA));

		api(sandbox).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(sandbox.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200);
		api(sandbox, 1).contentType("application/json")
			.body("{\"mfaEnabled\":false}")
			.put(sandbox.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200);

		assertThat(JsonDocument.parse(events(sandbox, "")).getList("events.clientId")).containsExactly("first-app",
				"second-app");
	}

	@Test
	void shouldRecordNothingForRefusedRequests() {
		Sandbox sandbox = sandbox(
				"""
						{"users":[{"id":"%s","username":"ada"},{"username":"grace"}],
						 "applications":[{"clientId":"admin","clientSecret":"admin-secret","roles":["Identity Admin"]},
						                 {"clientId":"reader","clientSecret":"reader-secret","roles":["Identity Data Read Only"]}]}
						"""
					.formatted(ADA));
		String mfaEnabled = sandbox.user(ADA) + "/mfaEnabled";

		// 400: not a boolean; a username another user has
		api(sandbox).contentType("application/json")
			.body("{\"mfaEnabled\":\"yes\"}")
			.put(mfaEnabled)
			.then()
			.statusCode(400);
		api(sandbox).contentType("application/json")
			.body("{\"username\":\"grace\"}")
			.put(sandbox.user(ADA))
			.then()
			.statusCode(400);
		api(sandbox).contentType("application/json")
			.body("{\"username\":\"GRACE\"}")
			.post(sandbox.users())
			.then()
			.statusCode(400);
		// 401: no token
		anonymous().contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(mfaEnabled)
			.then()
			.statusCode(401);
		// 403: a read-only app
		api(sandbox, 1).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(mfaEnabled)
			.then()
			.statusCode(403);
		api(sandbox, 1).delete(sandbox.user(ADA)).then().statusCode(403);
		// 404: no such user
		api(sandbox).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(sandbox.user(UUID.randomUUID().toString()) + "/mfaEnabled")
			.then()
			.statusCode(404);
		api(sandbox).delete(sandbox.user(UUID.randomUUID().toString())).then().statusCode(404);
		// 503: an injected outage
		control().contentType("application/json")
			.body("[{\"method\":\"PUT\",\"path\":\"/v1/**\",\"status\":503,\"times\":1}]")
			.put(sandbox.control() + "/faults")
			.then()
			.statusCode(200);
		api(sandbox).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(mfaEnabled)
			.then()
			.statusCode(503);

		control().get(sandbox.control() + "/events").then().statusCode(200).body(equalTo("{\"events\":[]}"));
		api(sandbox).get(mfaEnabled).then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

	@Test
	void shouldReturnOnlyEventsAfterSince() {
		Sandbox sandbox = sandboxWithChanges(4);
		List<Long> ids = JsonDocument.parse(events(sandbox, "")).getList("events.id", Long.class);

		assertThat(JsonDocument.parse(events(sandbox, "?since=" + ids.get(1))).getList("events.id", Long.class))
			.isEqualTo(ids.subList(2, 4));
		assertThat(JsonDocument.parse(events(sandbox, "?since=" + ids.get(3))).getList("events")).isEmpty();
		assertThat(JsonDocument.parse(events(sandbox, "?since=0")).getList("events.id", Long.class)).isEqualTo(ids);
	}

	@Test
	void shouldBoundTheCountWithLimitOldestFirst() {
		Sandbox sandbox = sandboxWithChanges(4);
		List<Long> ids = JsonDocument.parse(events(sandbox, "")).getList("events.id", Long.class);

		assertThat(JsonDocument.parse(events(sandbox, "?limit=2")).getList("events.id", Long.class))
			.isEqualTo(ids.subList(0, 2));
		assertThat(JsonDocument.parse(events(sandbox, "?since=" + ids.get(0) + "&limit=2"))
			.getList("events.id", Long.class)).isEqualTo(ids.subList(1, 3));
		assertThat(JsonDocument.parse(events(sandbox, "?limit=10000")).getList("events.id", Long.class)).isEqualTo(ids);
	}

	@Test
	void shouldKeepEachSandboxsJournalToItself() {
		Sandbox first = sandboxWithChanges(2);
		Sandbox second = sandbox();

		control().get(second.control() + "/events").then().statusCode(200).body(equalTo("{\"events\":[]}"));
		assertThat(JsonDocument.parse(events(first, "")).getList("events")).hasSize(2);
	}

	@Test
	void shouldRefuseASinceOrLimitThatIsNotAnIntegerInRange() {
		Sandbox sandbox = sandbox();
		String events = sandbox.control() + "/events";

		for (String since : new String[] { "abc", "-1", "1.5", "" }) {
			assertInvalidData(control().queryParam("since", since).get(events), detail("INVALID_VALUE", "since",
					"since must be an integer from 0 to 9223372036854775807.", range(0, Long.MAX_VALUE)));
		}
		for (String limit : new String[] { "0", "10001", "ten", "-5" }) {
			assertInvalidData(control().queryParam("limit", limit).get(events),
					detail("INVALID_VALUE", "limit", "limit must be an integer from 1 to 10000.", range(1, 10000)));
		}
	}

	@Test
	void shouldAnswerNotFoundForTheEventsOfAnEnvironmentThatDoesNotExist() {
		assertNotFound(control().get("/__stub/environments/" + UUID.randomUUID() + "/events"));
	}

	/** A sandbox whose user ada had {@code count} MFA changes. */
	private Sandbox sandboxWithChanges(int count) {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		for (int i = 0; i < count; i++) {
			api(sandbox).contentType("application/json")
				.body("{\"mfaEnabled\":" + (i % 2 == 0) + "}")
				.put(sandbox.user(ADA) + "/mfaEnabled")
				.then()
				.statusCode(200);
		}
		return sandbox;
	}

	private String events(Sandbox sandbox, String query) {
		return control().get(sandbox.control() + "/events" + query)
			.then()
			.statusCode(200)
			.contentType("application/json")
			.extract()
			.asString();
	}

}
