package dev.mfastub.environment.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * {@code POST /__stub/environments/{envID}/reset} puts one sandbox back exactly as it was
 * created. ({@code POST /__stub/reset} is left out on purpose: it wipes every
 * environment, which would pull the ground from under the tests running alongside.)
 */
class SandboxResetTest extends SandboxTest {

	private static final String GRACE = "05ad3cc6-8723-4f85-9711-05ad549717f6";

	private static final String DEFINITION = """
			{"users":[
			  {"id":"%s","username":"ada","email":"ada@example.com","mfaEnabled":true,
			   "bypassMFAEnabledUntil":"2099-01-01T00:00:00.000Z"},
			  {"id":"%s","username":"grace","name":{"given":"Grace","family":"Hopper"}}],
			 "applications":[
			  {"clientId":"reset-admin","clientSecret":"reset-admin-secret","roles":["Identity Admin"]},
			  {"clientId":"reset-reader","clientSecret":"reset-reader-secret","roles":["Identity Data Read Only"]}]}
			""".formatted(ADA, GRACE);

	@Test
	void shouldPutUsersClockFaultsAndJournalBackAsCreated() {
		Sandbox sandbox = sandbox(DEFINITION);
		List<Map<String, Object>> original = users(sandbox);
		changeEverything(sandbox);

		Response reset = control().post(sandbox.control() + "/reset");

		assertThat(reset.statusCode()).isEqualTo(204);
		assertThat(reset.asString()).isEmpty();
		control().get(sandbox.control() + "/clock")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("frozen", equalTo(false)))
			.body(JsonDocument.at("offset", equalTo("PT0S")));
		control().get(sandbox.control() + "/faults").then().statusCode(200).body(equalTo("{\"rules\":[]}"));
		control().get(sandbox.control() + "/events").then().statusCode(200).body(equalTo("{\"events\":[]}"));
		freezeAndRenewToken(sandbox);
		assertThat(users(sandbox)).isEqualTo(original);
		api(sandbox).get(sandbox.user(ADA) + "/bypassMFA")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("bypassMFAEnabledUntil", equalTo("2099-01-01T00:00:00.000Z")))
			.body(JsonDocument.at("canBypassMFA", equalTo(true)));
		api(sandbox).get(sandbox.user(GRACE) + "/bypassMFA")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("bypassMFAEnabledUntil", equalTo(null)))
			.body(JsonDocument.at("canBypassMFA", equalTo(null)));
	}

	@Test
	void shouldKeepEveryAppsCredentialsAndRolesAcrossAReset() {
		Sandbox sandbox = sandbox(DEFINITION);
		changeEverything(sandbox);

		control().post(sandbox.control() + "/reset").then().statusCode(204);

		setClock(sandbox, FROZEN_AT, true);
		String admin = token(sandbox, 0);
		String reader = token(sandbox, 1);
		anonymous().auth()
			.oauth2(admin)
			.contentType("application/json")
			.body("{\"mfaEnabled\":false}")
			.put(sandbox.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200);
		anonymous().auth()
			.oauth2(reader)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(sandbox.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(403);
		anonymous().auth().oauth2(reader).get(sandbox.user(GRACE)).then().statusCode(200);
	}

	@Test
	void shouldResetASandboxTwice() {
		Sandbox sandbox = sandbox(DEFINITION);
		List<Map<String, Object>> original = users(sandbox);
		changeEverything(sandbox);
		control().post(sandbox.control() + "/reset").then().statusCode(204);
		freezeAndRenewToken(sandbox);
		changeEverything(sandbox);

		control().post(sandbox.control() + "/reset").then().statusCode(204);

		freezeAndRenewToken(sandbox);
		assertThat(users(sandbox)).isEqualTo(original);
	}

	@Test
	void shouldAnswerNotFoundForResettingAnEnvironmentThatDoesNotExist() {
		assertNotFound(control().post("/__stub/environments/" + UUID.randomUUID() + "/reset"));
	}

	/**
	 * After a reset the sandbox runs on the base clock, which other test classes move
	 * (backwards too): freeze it again before relying on a token.
	 */
	private void freezeAndRenewToken(Sandbox sandbox) {
		setClock(sandbox, FROZEN_AT, true);
		renewToken(sandbox);
	}

	/** Changes users, clock, faults and journal. */
	private void changeEverything(Sandbox sandbox) {
		api(sandbox).contentType("application/json")
			.body("{\"mfaEnabled\":false}")
			.put(sandbox.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200);
		api(sandbox).contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\":\"2020-01-01T00:00:00.000Z\"}")
			.put(sandbox.user(ADA) + "/bypassMFA")
			.then()
			.statusCode(200);
		api(sandbox).contentType("application/json")
			.body("{\"username\":\"alan\"}")
			.post(sandbox.users())
			.then()
			.statusCode(201);
		api(sandbox).delete(sandbox.user(GRACE)).then().statusCode(204);
		api(sandbox).contentType("application/json")
			.body("{\"username\":\"ada.lovelace\"}")
			.put(sandbox.user(ADA))
			.then()
			.statusCode(200);
		advance(sandbox, "PT30M");
		control().contentType("application/json")
			.body("[{\"method\":\"DELETE\",\"path\":\"/v1/**\",\"status\":503}]")
			.put(sandbox.control() + "/faults")
			.then()
			.statusCode(200);
		control().get(sandbox.control() + "/events").then().statusCode(200).body(JsonDocument.at("events", hasSize(5)));
		control().get(sandbox.control() + "/clock")
			.then()
			.body(JsonDocument.at("now", equalTo("2030-01-01T00:30:00.000Z")));
	}

	/**
	 * The sandbox's users as the API lists them, without the timestamps: creation and
	 * reset write them with the base clock, which other test classes move.
	 */
	private List<Map<String, Object>> users(Sandbox sandbox) {
		List<Map<String, Object>> users = JsonDocument
			.of(api(sandbox).get(sandbox.users()).then().statusCode(200).extract())
			.getList("_embedded.users");
		users.forEach((user) -> {
			assertThat((String) user.remove("createdAt")).matches(PING_INSTANT);
			assertThat((String) user.remove("updatedAt")).matches(PING_INSTANT);
		});
		return users;
	}

}
