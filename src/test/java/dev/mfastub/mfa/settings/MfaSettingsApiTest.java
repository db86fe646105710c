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
 * even on settings never written. {@code users.mfaEnabled} is PingOne's "Default MFA
 * status for new users" ("Configuring MFA settings", docs.pingidentity.com): "set to
 * Enabled by default for all environments created after August 20, 2024", which a sandbox
 * is.
 */
class MfaSettingsApiTest extends SandboxTest {

	/**
	 * "Read MFA Settings": its example answer carries {@code updatedAt}; settings never
	 * written show the environment's creation, and MFA on for new users.
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
				"users":{"mfaEnabled":true}""", createdAt));
	}

	/**
	 * "Update MFA Settings": its example body, {@code "users":{"mfaEnabled": true}}
	 * included, is kept whole and answered back; a later update without {@code users}
	 * keeps what the settings say, and a reset takes it back to the environment's
	 * default.
	 */
	@Test
	void shouldKeepAndAnswerBackUsersMfaEnabled() {
		Sandbox sandbox = sandbox();
		turnOffMfaForNewUsers(sandbox);

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

		turnOffMfaForNewUsers(sandbox);
		api(sandbox).delete(settings(sandbox)).then().statusCode(204);
		assertThat(JsonDocument.of(api(sandbox).get(settings(sandbox))).getBoolean("users.mfaEnabled")).isTrue();
	}

	/**
	 * "Configuring MFA settings": the default decides the {@code mfaEnabled} of a user
	 * whose create request leaves it out (PingOne's "Create User" and "Create User
	 * (Import)"); a request that sets it wins either way; the sandbox's reset brings the
	 * default back.
	 */
	@Test
	void shouldGiveNewUsersWhatTheSettingsSayUnlessTheCreateRequestSaysOtherwise() {
		Sandbox sandbox = sandbox();

		assertThat(mfaEnabledOfNew(sandbox, "application/json", "on-by-default", null)).isTrue();
		assertThat(mfaEnabledOfNew(sandbox, "application/vnd.pingidentity.user.import+json", "imported-on", null))
			.isTrue();
		assertThat(mfaEnabledOfNew(sandbox, "application/json", "asked-off", false)).isFalse();

		turnOffMfaForNewUsers(sandbox);
		assertThat(mfaEnabledOfNew(sandbox, "application/json", "off-by-setting", null)).isFalse();
		assertThat(mfaEnabledOfNew(sandbox, "application/vnd.pingidentity.user.import+json", "imported-off", null))
			.isFalse();
		assertThat(mfaEnabledOfNew(sandbox, "application/json", "asked-on", true)).isTrue();

		control().post(sandbox.control() + "/reset").then().statusCode(204);
		// The reset put the clock back on real time, which is the shared test clock that
		// other classes move: frozen again, the new token cannot expire under this test.
		setClock(sandbox, FROZEN_AT, true);
		renewToken(sandbox);
		assertThat(JsonDocument.of(api(sandbox).get(settings(sandbox))).getBoolean("users.mfaEnabled")).isTrue();
		assertThat(mfaEnabledOfNew(sandbox, "application/json", "on-after-reset", null)).isTrue();
	}

	/**
	 * Writes the settings with {@code users.mfaEnabled} false; the answer must be 200.
	 */
	private void turnOffMfaForNewUsers(Sandbox sandbox) {
		api(sandbox).contentType("application/json")
			.body("{\"pairing\":{\"maxAllowedDevices\":5,\"pairingKeyFormat\":\"NUMERIC\"},"
					+ "\"users\":{\"mfaEnabled\":false}}")
			.put(settings(sandbox))
			.then()
			.statusCode(200);
	}

	/** Creates a user and answers its {@code mfaEnabled}, on create and on a read. */
	private boolean mfaEnabledOfNew(Sandbox sandbox, String contentType, String username, Boolean mfaEnabled) {
		String body = (mfaEnabled != null) ? "{\"username\":\"%s\",\"mfaEnabled\":%s}".formatted(username, mfaEnabled)
				: "{\"username\":\"%s\"}".formatted(username);
		Response created = api(sandbox).contentType(contentType)
			.body(body)
			.post("/v1/environments/" + sandbox.id() + "/users");
		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		Response read = api(sandbox).get("/v1/environments/" + sandbox.id() + "/users/"
				+ JsonDocument.of(created).getString("id") + "/mfaEnabled");
		assertThat(read.statusCode()).isEqualTo(200);
		boolean answered = JsonDocument.of(created).getBoolean("mfaEnabled");
		assertThat(JsonDocument.of(read).getBoolean("mfaEnabled")).isEqualTo(answered);
		return answered;
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
