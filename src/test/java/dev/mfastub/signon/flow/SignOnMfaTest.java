package dev.mfastub.signon.flow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.mfa.device.Totp;
import dev.mfastub.mfa.policy.DevicePolicy;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SignOnTest;

import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-on's MFA action runs the device authentication rules
 * (https://developer.pingidentity.com/pingone-api/mfa/users/mfa-device-authentications.html):
 * choosing among devices with {@code device.select} (PingOne's "Select Device" flow
 * action), a TOTP device's code worked out on the environment's clock, and wrong
 * passcodes counted across flows towards the MFA settings' account lockout, which then
 * stops the next sign-on at its password.
 */
class SignOnMfaTest extends SignOnTest {

	@Test
	void shouldLetTheUserChooseAnotherDeviceAndSendItAPasscode() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		String first = device(sandbox, ADA_ID);
		Response second = api(sandbox).contentType("application/json")
			.body("{\"type\":\"SMS\",\"phone\":\"+15555550123\"}")
			.post(sandbox.user(ADA_ID) + "/devices");
		String sms = JsonDocument.of(second).getString("id");
		String flowId = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");

		JsonDocument checked = JsonDocument
			.of(flow(sandbox, flowId, PASSWORD_CHECK, "{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}"));
		assertThat(checked.getString("status")).isEqualTo("OTP_REQUIRED");
		// Two devices made at one frozen instant: the policy's DEFAULT_TO_FIRST takes the
		// first in the user's order, whichever that is; the user chooses the other.
		List<String> devices = checked.getList("_embedded.devices.id");
		assertThat(devices).containsExactlyInAnyOrder(first, sms);
		assertThat(checked.getString("selectedDevice.id")).isEqualTo(devices.get(0));
		String other = devices.get(1);

		Response selected = flow(sandbox, flowId, DEVICE_SELECT, "{\"device\":{\"id\":\"" + other + "\"}}");

		assertThat(selected.statusCode()).as(selected.asString()).isEqualTo(200);
		assertThat(JsonDocument.of(selected).getString("selectedDevice.id")).isEqualTo(other);
		JsonDocument outbox = JsonDocument.of(control().get(sandbox.control() + "/notifications"));
		assertThat(outbox.<String>getList("notifications.deviceId")).containsExactly(devices.get(0), other);
		String otp = lastOtp(sandbox);
		JsonDocument done = JsonDocument.of(flow(sandbox, flowId, OTP_CHECK, "{\"otp\":\"" + otp + "\"}"));
		assertThat(done.getString("status")).isEqualTo("COMPLETED");
		assertThat(control().get(sandbox.control() + "/events").asString())
			.contains("\"type\":\"SIGN_ON_DEVICE_SELECTED\"");
	}

	@Test
	void shouldCountWrongPasscodesAcrossFlowsAndLockTheAccountForTheNextSignOn() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		device(sandbox, ADA_ID);
		api(sandbox).contentType("application/json")
			.body("{\"pairing\":{\"maxAllowedDevices\":5,\"pairingKeyFormat\":\"NUMERIC\"},"
					+ "\"lockout\":{\"failureCount\":2,\"durationSeconds\":600}}")
			.put("/v1/environments/" + sandbox.id() + "/mfaSettings")
			.then()
			.statusCode(200);
		for (String expected : List.of("INVALID_OTP", "LIMIT_EXCEEDED")) {
			String flowId = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");
			flow(sandbox, flowId, PASSWORD_CHECK, "{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}");
			Response wrong = flow(sandbox, flowId, OTP_CHECK, "{\"otp\":\"" + wrong(lastOtp(sandbox)) + "\"}");
			assertThat(JsonDocument.of(wrong).getString("details[0].code")).as(wrong.asString()).isEqualTo(expected);
		}
		String next = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");

		assertInvalidData(
				flow(sandbox, next, PASSWORD_CHECK, "{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}"),
				detail("ACCOUNT_LOCKED", "username", "The user's account is locked until 2030-01-01T00:10:00.000Z."));
		advance(sandbox, "PT10M");
		String later = JsonDocument.of(authorize(sandbox, app[0], "")).getString("id");
		assertThat(JsonDocument
			.of(flow(sandbox, later, PASSWORD_CHECK, "{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}"))
			.getString("status")).isEqualTo("OTP_REQUIRED");
		assertThat(JsonDocument.of(api(sandbox).get(sandbox.user(ADA_ID))).<Map<String, Object>>get("account"))
			.containsEntry("status", "OK");
	}

	/**
	 * PingOne's "Flows" page
	 * (https://developer.pingidentity.com/pingone-api/auth/flows/flows-1.html): after the
	 * password, {@code OTP_REQUIRED} for the selected device; for an authenticator app
	 * (TOTP, RFC 6238) the user reads the code off the app, so nothing is sent, and the
	 * stub works it out on the environment's clock.
	 */
	@Test
	void shouldCompleteWithATotpDevicesCodeOnTheEnvironmentsClockAndSendNothing() {
		Sandbox sandbox = signOnSandbox();
		String[] app = app(sandbox, WEB_APP);
		enableTotp(sandbox);
		JsonDocument created = JsonDocument.of(api(sandbox).contentType("application/json")
			.body("{\"type\":\"TOTP\"}")
			.post(sandbox.user(ADA_ID) + "/devices"));
		String secret = created.getString("secret");
		String device = created.getString("id");
		api(sandbox).contentType("application/vnd.pingidentity.device.activate+json")
			.body("{\"otp\":\"" + Totp.code(secret, Instant.parse(FROZEN_AT)) + "\"}")
			.post(sandbox.user(ADA_ID) + "/devices/" + device)
			.then()
			.statusCode(200);
		advance(sandbox, "PT5M");
		Instant at = Instant.parse("2030-01-01T00:05:00Z");
		JsonDocument started = JsonDocument.of(authorize(sandbox, app[0], "&state=xyz"));
		assertThat(started.getString("status")).isEqualTo("USERNAME_PASSWORD_REQUIRED");
		String flowId = started.getString("id");
		String session = started.getString("session.id");
		String self = href("/" + sandbox.id() + "/flows/" + flowId);
		String resume = href("/" + sandbox.id() + "/as/resume?flowId=" + flowId);

		Response checked = flow(sandbox, flowId, PASSWORD_CHECK,
				"{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}");

		assertThat(checked.statusCode()).as(checked.asString()).isEqualTo(200);
		assertThat(checked.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"device.select":{"href":"%1$s"},"otp.check":{"href":"%1$s"}},
				 "_embedded":{"user":{"id":"%2$s","username":"ada"},
				              "devices":[{"id":"%3$s","type":"TOTP","status":"ACTIVE"}]},
				 "id":"%4$s","environment":{"id":"%5$s"},"session":{"id":"%6$s"},"resumeUrl":"%7$s",
				 "status":"OTP_REQUIRED","selectedDevice":{"id":"%3$s"},
				 "createdAt":"2030-01-01T00:05:00.000Z","expiresAt":"2030-01-01T00:20:00.000Z"}""".formatted(self,
				ADA_ID, device, flowId, sandbox.id(), session, resume)));
		// A code none of the steps the check accepts around now would give.
		String bad = Stream.of("000000", "111111", "222222")
			.filter((code) -> IntStream.rangeClosed(-2, 3)
				.noneMatch((step) -> Totp.code(secret, at.plusSeconds(30L * step)).equals(code)))
			.findFirst()
			.orElseThrow();
		assertInvalidData(flow(sandbox, flowId, OTP_CHECK, "{\"otp\":\"" + bad + "\"}"),
				detail("INVALID_OTP", "otp", "Invalid OTP.", Map.of("failuresRemaining", 2)));
		advance(sandbox, "PT30S");

		Response completed = flow(sandbox, flowId, OTP_CHECK,
				"{\"otp\":\"" + Totp.code(secret, at.plusSeconds(30)) + "\"}");

		assertThat(completed.statusCode()).as(completed.asString()).isEqualTo(200);
		String code = JsonDocument.of(completed).getString("authorizeResponse.code");
		assertThat(completed.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"}},"_embedded":{"user":{"id":"%2$s","username":"ada"}},
				 "id":"%3$s","environment":{"id":"%4$s"},"session":{"id":"%5$s"},"resumeUrl":"%6$s",
				 "status":"COMPLETED","authorizeResponse":{"code":"%7$s","state":"xyz"},
				 "createdAt":"2030-01-01T00:05:00.000Z","expiresAt":"2030-01-01T00:20:00.000Z"}""".formatted(self,
				ADA_ID, flowId, sandbox.id(), session, resume, code)));
		Response tokens = token(sandbox, app).formParam("grant_type", "authorization_code")
			.formParam("code", code)
			.formParam("redirect_uri", CALLBACK)
			.formParam("code_verifier", VERIFIER)
			.post("/" + sandbox.id() + "/as/token");
		assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
		JsonDocument id = claims(JsonDocument.of(tokens).getString("id_token"));
		assertThat(id.<String>getList("amr")).containsExactly("pwd", "otp", "mfa");
		assertThat(id.getString("acr")).isEqualTo("Multi_Factor");
		assertThat(id.getLong("auth_time")).isEqualTo(1893456330L);
		assertThat(control().get(sandbox.control() + "/notifications").asString()).isEqualTo("{\"notifications\":[]}");
		assertThat(control().get(sandbox.control() + "/events").asString()).doesNotContain(secret);
	}

	/** The default MFA policy with authenticator apps allowed (PingOne's start: not). */
	private void enableTotp(Sandbox sandbox) {
		api(sandbox).contentType("application/json")
			.body("{\"name\":\"Default MFA Policy\",\"sms\":{\"enabled\":true},\"voice\":{\"enabled\":true},"
					+ "\"email\":{\"enabled\":true},\"totp\":{\"enabled\":true}}")
			.put("/v1/environments/" + sandbox.id() + "/deviceAuthenticationPolicies/"
					+ DevicePolicy.defaultIdOf(UUID.fromString(sandbox.id())))
			.then()
			.statusCode(200);
	}

}
