package dev.mfastub.signon.flow;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;

import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-on's MFA action runs the device authentication rules
 * (https://developer.pingidentity.com/pingone-api/mfa/users/mfa-device-authentications.html):
 * choosing among devices with {@code device.select} (PingOne's "Select Device" flow
 * action), and wrong passcodes counted across flows towards the MFA settings' account
 * lockout, which then stops the next sign-on at its password.
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

}
