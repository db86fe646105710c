package dev.mfastub.mfa.settings;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/environments/{envID}/mfaSettings} as PingOne's "Read MFA Settings" and
 * "Update MFA Settings" pages show it: {@code users.mfaEnabled} kept and answered back, a
 * {@code lockout} whose {@code durationSeconds} is optional, and an {@code updatedAt}
 * even on settings never written.
 */
class MfaSettingsApiTest extends SandboxTest {

	/**
	 * "Read MFA Settings": its example answer carries {@code updatedAt}; settings never
	 * written show the environment's creation.
	 */
	@Test
	void shouldShowTheEnvironmentsCreationAsUpdatedAtOfSettingsNeverWritten() {
		Sandbox sandbox = sandbox();
		String createdAt = JsonDocument.of(api(sandbox).get("/v1/environments/" + sandbox.id())).getString("createdAt");

		Response read = api(sandbox).get(settings(sandbox));

		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.asString()).isEqualTo(settingsJson(sandbox, """
				"pairing":{"maxAllowedDevices":5,"pairingKeyFormat":"NUMERIC"},
				"lockout":{"failureCount":5,"durationSeconds":900},"phoneExtensions":{"enabled":false},
				"users":{"mfaEnabled":false}""", createdAt));
	}

	/**
	 * "Update MFA Settings": its example body, {@code "users":{"mfaEnabled": true}}
	 * included, is kept whole and answered back; a later update without {@code users}
	 * keeps it, and a reset takes it back to {@code false}.
	 */
	@Test
	void shouldKeepAndAnswerBackUsersMfaEnabled() {
		Sandbox sandbox = sandbox();

		Response updated = api(sandbox).contentType("application/json").body("""
				{"pairing":{"maxAllowedDevices":10,"pairingKeyFormat":"ALPHANUMERIC"},
				 "lockout":{"failureCount":6,"durationSeconds":1200},"phoneExtensions":{"enabled":true},
				 "users":{"mfaEnabled":true}}""").put(settings(sandbox));

		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.asString()).isEqualTo(settingsJson(sandbox, """
				"pairing":{"maxAllowedDevices":10,"pairingKeyFormat":"ALPHANUMERIC"},
				"lockout":{"failureCount":6,"durationSeconds":1200},"phoneExtensions":{"enabled":true},
				"users":{"mfaEnabled":true}""", FROZEN_AT));
		assertThat(api(sandbox).get(settings(sandbox)).asString()).isEqualTo(updated.asString());

		Response without = api(sandbox).contentType("application/json")
			.body("{\"pairing\":{\"maxAllowedDevices\":3,\"pairingKeyFormat\":\"NUMERIC\"}}")
			.put(settings(sandbox));
		assertThat(JsonDocument.of(without).getBoolean("users.mfaEnabled")).isTrue();

		api(sandbox).delete(settings(sandbox)).then().statusCode(204);
		assertThat(JsonDocument.of(api(sandbox).get(settings(sandbox))).getBoolean("users.mfaEnabled")).isFalse();
	}

	/**
	 * "Update MFA Settings": {@code lockout.durationSeconds} is optional in its request
	 * model. A lockout without it keeps the duration the settings have (900 seconds until
	 * one is set).
	 */
	@Test
	void shouldTakeALockoutWithoutDurationAndKeepTheCurrentDuration() {
		Sandbox sandbox = sandbox();

		Response first = api(sandbox).contentType("application/json")
			.body("{\"pairing\":{\"maxAllowedDevices\":5,\"pairingKeyFormat\":\"NUMERIC\"},"
					+ "\"lockout\":{\"failureCount\":3}}")
			.put(settings(sandbox));

		assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
		assertThat(JsonDocument.of(first).<Object>get("lockout"))
			.isEqualTo(JsonDocument.parse("{\"failureCount\":3,\"durationSeconds\":900}").get(""));

		api(sandbox).contentType("application/json")
			.body("{\"pairing\":{\"maxAllowedDevices\":5,\"pairingKeyFormat\":\"NUMERIC\"},"
					+ "\"lockout\":{\"failureCount\":4,\"durationSeconds\":60}}")
			.put(settings(sandbox))
			.then()
			.statusCode(200);
		Response second = api(sandbox).contentType("application/json")
			.body("{\"pairing\":{\"maxAllowedDevices\":5,\"pairingKeyFormat\":\"NUMERIC\"},"
					+ "\"lockout\":{\"failureCount\":2}}")
			.put(settings(sandbox));
		assertThat(JsonDocument.of(second).<Object>get("lockout"))
			.isEqualTo(JsonDocument.parse("{\"failureCount\":2,\"durationSeconds\":60}").get(""));
	}

	private static String settings(Sandbox sandbox) {
		return "/v1/environments/" + sandbox.id() + "/mfaSettings";
	}

	/** The sandbox's MFA settings as JSON: their links and environment, these members. */
	private String settingsJson(Sandbox sandbox, String members, String updatedAt) {
		return Json.compact("""
				{"_links":{"self":{"href":"%s"},"environment":{"href":"%s"}},"environment":{"id":"%s"},%s,
				 "updatedAt":"%s"}""".formatted(href(settings(sandbox)), href("/v1/environments/" + sandbox.id()),
				sandbox.id(), members, updatedAt));
	}

}
