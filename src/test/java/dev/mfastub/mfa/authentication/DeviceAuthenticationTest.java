package dev.mfastub.mfa.authentication;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.mfa.device.Totp;
import dev.mfastub.mfa.policy.DevicePolicy;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Tokens;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.UNAVAILABLE;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /{envID}/deviceAuthentications}: PingOne's runtime MFA flow, with passcodes from
 * the outbox and TOTP codes on the environment's clock; decided by {@code mfaEnabled} and
 * the bypass; locking devices and accounts after wrong codes.
 */
class DeviceAuthenticationTest extends ApiTest {

	private static final String SELECT = "application/vnd.pingidentity.device.select+json";

	private static final String CHECK = "application/vnd.pingidentity.otp.check+json";

	private static final String CANCEL = "application/vnd.pingidentity.cancel.push.authentication+json";

	private static final String POLICY = DevicePolicy.defaultIdOf(UUID.fromString(ENV)).toString();

	private static final String FLOWS = "/" + ENV + "/deviceAuthentications";

	@Test
	void shouldAuthenticateWithAnEmailDeviceAndThePasscodeFromTheOutbox() {
		enableMfa(ADA);
		String device = device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");
		this.clock.advance(Duration.ofMinutes(1));

		Response started = start("{\"user\":{\"id\":\"" + ADA + "\"}}");

		assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
		String id = JsonDocument.of(started).getString("id");
		String self = href(FLOWS + "/" + id);
		assertThat(started.header("Location")).isEqualTo(self);
		assertThat(started.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"device.select":{"href":"%1$s"},"otp.check":{"href":"%1$s"}},
				 "_embedded":{"devices":[{"id":"%2$s","type":"EMAIL","status":"ACTIVE","email":"ad****@example.com"}]},
				 "id":"%3$s","environment":{"id":"%4$s"},"status":"OTP_REQUIRED","policy":{"id":"%5$s"},
				 "selectedDevice":{"id":"%2$s"},"user":{"id":"%6$s"},
				 "createdAt":"2025-11-20T10:01:00.000Z","updatedAt":"2025-11-20T10:01:00.000Z"}""".formatted(self,
				device, id, ENV, POLICY, ADA)));
		JsonDocument outbox = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"));
		assertThat(outbox.<String>getList("notifications.purpose")).containsExactly("AUTHENTICATION");
		assertThat(outbox.getString("notifications[0].to")).isEqualTo("ada.lovelace@example.com");
		assertThat(outbox.getString("notifications[0].deviceId")).isEqualTo(device);
		String otp = lastOtp();

		assertInvalidData(check(id, wrong(otp)),
				detail("INVALID_OTP", "otp", "Invalid OTP.", Map.of("failuresRemaining", 2)));
		this.clock.advance(Duration.ofMinutes(2));
		Response completed = check(id, otp);

		assertThat(completed.statusCode()).as(completed.asString()).isEqualTo(200);
		assertThat(completed.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"}},
				 "_embedded":{"devices":[{"id":"%2$s","type":"EMAIL","status":"ACTIVE","email":"ad****@example.com"}]},
				 "id":"%3$s","environment":{"id":"%4$s"},"status":"COMPLETED","policy":{"id":"%5$s"},
				 "selectedDevice":{"id":"%2$s"},"user":{"id":"%6$s"},
				 "createdAt":"2025-11-20T10:01:00.000Z","updatedAt":"2025-11-20T10:03:00.000Z"}""".formatted(self,
				device, id, ENV, POLICY, ADA)));
		assertThat(api().get(FLOWS + "/" + id).asString()).isEqualTo(completed.asString());
		assertError(check(id, otp), 400, "INVALID_REQUEST",
				"The request could not be completed. The otp.check action is not valid while the device "
						+ "authentication is COMPLETED.");
		String journal = anonymous().get("/__stub/environments/" + ENV + "/events").asString();
		assertThat(journal)
			.contains("\"type\":\"DEVICE_AUTHENTICATION_CREATED\"", "\"type\":\"DEVICE_AUTHENTICATION_REJECTED\"",
					"\"type\":\"DEVICE_AUTHENTICATION_COMPLETED\"")
			.doesNotContain(otp);
	}

	/**
	 * PingOne's "Create MFA User Device for testing": "For dedicated testing devices, the
	 * response to authentication requests includes the OTP value in the field test.otp",
	 * on the start with a default device and on device.select; a later read of the flow
	 * does not (only the code's hash is kept), and a normal device's answers never do.
	 */
	@Test
	void shouldAnswerTheOtpOfATestDeviceInTestOtpAndCompleteWithIt() {
		enableMfa(ADA);
		String device = device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\",\"testMode\":true}");

		Response started = start("{\"user\":{\"id\":\"" + ADA + "\"}}");

		assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
		JsonDocument flow = JsonDocument.of(started);
		assertThat(flow.getString("selectedDevice.id")).isEqualTo(device);
		String otp = flow.getString("test.otp");
		assertThat(otp).matches("[0-9]{6}").isEqualTo(lastOtp());
		String id = flow.getString("id");
		assertThat(api().get(FLOWS + "/" + id).asString()).doesNotContain("\"test\":").doesNotContain(otp);
		Response again = select(id, device);
		String second = JsonDocument.of(again).getString("test.otp");
		assertThat(second).isEqualTo(lastOtp());

		Response completed = check(id, second);

		assertThat(JsonDocument.of(completed).getString("status")).as(completed.asString()).isEqualTo("COMPLETED");
		assertThat(completed.asString()).doesNotContain("\"test\":");
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString()).doesNotContain(otp)
			.doesNotContain(second);

		enableMfa(GRACE);
		device(GRACE, "{\"type\":\"SMS\",\"phone\":\"+15125551234\"}");
		Response normal = start("{\"user\":{\"id\":\"" + GRACE + "\"}}");
		assertThat(JsonDocument.of(normal).getString("status")).isEqualTo("OTP_REQUIRED");
		assertThat(normal.asString()).doesNotContain("\"test\":").doesNotContain(lastOtp());
	}

	@Test
	void shouldAuthenticateWithSmsAndVoiceDevices() {
		enableMfa(GRACE);
		for (String type : List.of("SMS", "VOICE")) {
			String device = device(GRACE, "{\"type\":\"" + type + "\",\"phone\":\"+1 (512) 555-1234\"}");
			Response started = start(
					"{\"user\":{\"id\":\"" + GRACE + "\"},\"selectedDevice\":{\"id\":\"" + device + "\"}}");
			JsonDocument flow = JsonDocument.of(started);
			assertThat(flow.getString("selectedDevice.id")).isEqualTo(device);
			assertThat(flow.<String>getList("_embedded.devices.phone")).contains("+*******1234");
			JsonDocument outbox = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"));
			assertThat(outbox.<String>getList("notifications.channel")).last().isEqualTo(type);

			Response completed = check(flow.getString("id"), lastOtp());

			assertThat(JsonDocument.of(completed).getString("status")).as(completed.asString()).isEqualTo("COMPLETED");
		}
	}

	@Test
	void shouldAuthenticateWithATotpCodeOnTheEnvironmentsClockWithoutSendingAnything() {
		enableMfa(ADA);
		updatePolicy("\"totp\":{\"enabled\":true}");
		JsonDocument created = JsonDocument
			.of(api().contentType("application/json").body("{\"type\":\"TOTP\"}").post(user(ADA) + "/devices"));
		String secret = created.getString("secret");
		String device = created.getString("id");
		api().contentType("application/vnd.pingidentity.device.activate+json")
			.body("{\"otp\":\"" + Totp.code(secret, START) + "\"}")
			.post(user(ADA) + "/devices/" + device)
			.then()
			.statusCode(200);
		this.clock.advance(Duration.ofMinutes(5));

		JsonDocument flow = JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}"));

		assertThat(flow.getString("status")).isEqualTo("OTP_REQUIRED");
		assertThat(flow.<Object>get("_embedded.devices[0]"))
			.isEqualTo(Map.of("id", device, "type", "TOTP", "status", "ACTIVE"));
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/notifications").asString())
			.isEqualTo("{\"notifications\":[]}");
		Response completed = check(flow.getString("id"), Totp.code(secret, START.plus(Duration.ofMinutes(5))));
		assertThat(JsonDocument.of(completed).getString("status")).as(completed.asString()).isEqualTo("COMPLETED");
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString()).doesNotContain(secret);
	}

	@Test
	void shouldLetABypassedUserThroughWithoutAPasscodeUntilTheBypassEndsOnTheClock() {
		enableMfa(ADA);
		device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");
		api().contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\":\"2025-11-20T11:00:00.000Z\"}")
			.put(user(ADA) + "/bypassMFA")
			.then()
			.statusCode(200);

		Response bypassed = start("{\"user\":{\"id\":\"" + ADA + "\"}}");

		assertThat(bypassed.statusCode()).isEqualTo(201);
		JsonDocument flow = JsonDocument.of(bypassed);
		assertThat(flow.getString("status")).isEqualTo("COMPLETED");
		assertThat(flow.<Object>get("selectedDevice")).isNull();
		assertThat(flow.<Map<String, Object>>get("_links")).containsOnlyKeys("self");
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/notifications").asString())
			.isEqualTo("{\"notifications\":[]}");
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString())
			.contains("\"reason\":\"BYPASS\"");

		this.clock.advance(Duration.ofMinutes(60));
		JsonDocument asked = JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}"));

		assertThat(asked.getString("status")).isEqualTo("OTP_REQUIRED");
		assertThat(JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"))
			.<String>getList("notifications.purpose")).containsExactly("AUTHENTICATION");
	}

	@Test
	void shouldNotAskAUserWithMfaOffForMfa() {
		device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");

		assertInvalidData(start("{\"user\":{\"id\":\"" + ADA + "\"}}"),
				detail("INVALID_VALUE", "user.id", "MFA is not enabled for the user (mfaEnabled)."));
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString())
			.doesNotContain("DEVICE_AUTHENTICATION_CREATED");
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/notifications").asString())
			.isEqualTo("{\"notifications\":[]}");
	}

	@Test
	void shouldRefuseBadStartsWithPingOneBodies() {
		enableMfa(ALAN);
		assertInvalidData(start("{}"), detail("REQUIRED_VALUE", "user", "user is required."));
		assertInvalidData(start("{\"user\":{\"id\":\"" + UNKNOWN + "\"}}"),
				detail("INVALID_VALUE", "user.id", "The environment has no user with this id."));
		assertInvalidData(start("{\"user\":{\"id\":\"" + ALAN + "\"}}"),
				detail("NO_USABLE_DEVICES", "user.id",
						"The user has no device that can authenticate: none is active, unblocked, unlocked and "
								+ "allowed by the device authentication policy."));
		assertInvalidData(start("{\"user\":{\"id\":\"" + ALAN + "\"},\"policy\":{\"id\":\"" + UNKNOWN + "\"}}"), detail(
				"INVALID_VALUE", "policy.id", "The environment has no device authentication policy with this id."));
		assertInvalidData(
				start("{\"user\":{\"id\":\"" + ALAN + "\"},\"selectedDevice\":{\"oneTime\":{\"type\":\"SMS\"}}}"),
				detail("REQUIRED_VALUE", "selectedDevice.oneTime.phone", "selectedDevice.oneTime.phone is required."));
		assertError(api().contentType("text/plain").body("{}").post(FLOWS), 415, "INVALID_REQUEST",
				"The request could not be completed. The request content type is not supported.");
		assertError(api().get("/" + ENV + "/deviceAuthentications/" + UNKNOWN), 404, "NOT_FOUND",
				"The request could not be completed. The requested resource was not found.");
	}

	@Test
	void shouldLetTheUserChooseWhenThePolicySaysSoAndChangeDevice() {
		enableMfa(ADA);
		updatePolicy("\"authentication\":{\"deviceSelection\":\"ALWAYS_DISPLAY_DEVICES\"}");
		String mail = device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");
		// Devices outside an order follow by creation: one second apart, so that is
		// known.
		this.clock.advance(Duration.ofSeconds(1));
		String phone = device(ADA, "{\"type\":\"SMS\",\"phone\":\"+15125551234\"}");
		String other = device(GRACE, "{\"type\":\"EMAIL\",\"email\":\"grace.hopper@example.com\"}");

		JsonDocument flow = JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}"));

		String id = flow.getString("id");
		assertThat(flow.getString("status")).isEqualTo("DEVICE_SELECTION_REQUIRED");
		assertThat(flow.<String>getList("_embedded.devices.id")).containsExactly(mail, phone);
		assertThat(flow.<Object>get("selectedDevice")).isNull();
		assertError(check(id, "123456"), 400, "INVALID_REQUEST",
				"The request could not be completed. The otp.check action is not valid while the device "
						+ "authentication is DEVICE_SELECTION_REQUIRED.");
		assertInvalidData(select(id, other),
				detail("INVALID_VALUE", "device.id",
						"The user has no device with this id that can authenticate (active, unblocked, unlocked and "
								+ "allowed by the policy)."));

		assertThat(JsonDocument.of(select(id, mail)).getString("status")).isEqualTo("OTP_REQUIRED");
		String first = lastOtp();
		Response canceled = api().contentType(CANCEL).body("{\"reason\":\"CHANGE_DEVICE\"}").post(FLOWS + "/" + id);
		assertThat(JsonDocument.of(canceled).getString("status")).as(canceled.asString())
			.isEqualTo("DEVICE_SELECTION_REQUIRED");
		assertInvalidData(api().contentType(CANCEL).body("{\"reason\":\"LATER\"}").post(FLOWS + "/" + id),
				detail("INVALID_VALUE", "reason", "reason contains characters that are not allowed.",
						Map.of("allowedPattern", "CHANGE_DEVICE")));
		JsonDocument selected = JsonDocument.of(select(id, phone));
		assertThat(selected.getString("selectedDevice.id")).isEqualTo(phone);
		assertThat(first).isNotNull();
		assertThat(JsonDocument.of(check(id, lastOtp())).getString("status")).isEqualTo("COMPLETED");
	}

	/**
	 * PingOne's "Remove Device Order": "With the execution of this operation, the user no
	 * longer has a default device", so a flow asks which of several active devices to
	 * use, even under {@code DEFAULT_TO_FIRST}; "Set Device Order" gives a default back.
	 */
	@Test
	void shouldAskToSelectADeviceOnceTheOrderIsRemovedEvenWhenThePolicyDefaultsToTheFirst() {
		enableMfa(ADA);
		updatePolicy("\"authentication\":{\"deviceSelection\":\"DEFAULT_TO_FIRST\"}");
		String mail = device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");
		this.clock.advance(Duration.ofSeconds(1));
		String phone = device(ADA, "{\"type\":\"SMS\",\"phone\":\"+15125551234\"}");
		assertThat(JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}")).getString("selectedDevice.id"))
			.isEqualTo(mail);

		api().contentType("application/vnd.pingidentity.devices.order.remove+json")
			.post(user(ADA) + "/devices")
			.then()
			.statusCode(204);
		JsonDocument flow = JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}"));

		assertThat(flow.getString("status")).isEqualTo("DEVICE_SELECTION_REQUIRED");
		assertThat(flow.<Object>get("selectedDevice")).isNull();
		assertThat(flow.<String>getList("_embedded.devices.id")).containsExactly(mail, phone);
		api().contentType("application/vnd.pingidentity.devices.reorder+json")
			.body("{\"order\":[{\"id\":\"" + phone + "\"}]}")
			.post(user(ADA) + "/devices")
			.then()
			.statusCode(200);
		assertThat(JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}")).getString("selectedDevice.id"))
			.isEqualTo(phone);
	}

	/**
	 * PingOne's "MFA Device Authentications": "For a status value of OTP_REQUIRED, the
	 * otp.check action validates the one-time passcode": a flow that waits for a device
	 * advertises {@code device.select}, not {@code otp.check}, which it would refuse.
	 */
	@Test
	void shouldAdvertiseOtpCheckOnlyWhileTheFlowTakesAPasscode() {
		enableMfa(ADA);
		updatePolicy("\"authentication\":{\"deviceSelection\":\"ALWAYS_DISPLAY_DEVICES\"}");
		String mail = device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");

		Response started = start("{\"user\":{\"id\":\"" + ADA + "\"}}");

		String id = JsonDocument.of(started).getString("id");
		String self = href(FLOWS + "/" + id);
		assertThat(JsonDocument.of(started).getString("status")).isEqualTo("DEVICE_SELECTION_REQUIRED");
		String selecting = Json.compact("""
				{"self":{"href":"%1$s"},"device.select":{"href":"%1$s"}}""".formatted(self));
		assertThat(Json.at(started.asString(), "/_links")).isEqualTo(selecting);
		assertThat(Json.at(api().get(FLOWS + "/" + id).asString(), "/_links")).isEqualTo(selecting);
		assertThat(Json.at(select(id, mail).asString(), "/_links")).isEqualTo(Json.compact("""
				{"self":{"href":"%1$s"},"device.select":{"href":"%1$s"},"otp.check":{"href":"%1$s"}}"""
			.formatted(self)));
	}

	@Test
	void shouldFailTheFlowAndLockATotpDeviceAfterThePolicysTries() {
		enableMfa(ADA);
		updatePolicy("\"totp\":{\"enabled\":true}");
		JsonDocument created = JsonDocument
			.of(api().contentType("application/json").body("{\"type\":\"TOTP\"}").post(user(ADA) + "/devices"));
		String secret = created.getString("secret");
		api().contentType("application/vnd.pingidentity.device.activate+json")
			.body("{\"otp\":\"" + Totp.code(secret, START) + "\"}")
			.post(user(ADA) + "/devices/" + created.getString("id"))
			.then()
			.statusCode(200);
		String id = JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}")).getString("id");
		String bad = wrong(Totp.code(secret, START));

		assertThat(JsonDocument.of(check(id, bad)).getInt("details[0].innerError.failuresRemaining")).isEqualTo(2);
		assertThat(JsonDocument.of(check(id, bad)).getInt("details[0].innerError.failuresRemaining")).isEqualTo(1);
		assertInvalidData(check(id, bad), detail("LIMIT_EXCEEDED", "otp",
				"Too many wrong passcodes: the device is locked until 2025-11-20T10:02:00.000Z."));

		JsonDocument failed = JsonDocument.of(api().get(FLOWS + "/" + id));
		assertThat(failed.getString("status")).isEqualTo("FAILED");
		assertThat(failed.<Object>get("error")).isEqualTo(Map.of("code", "LIMIT_EXCEEDED", "message",
				"Too many wrong passcodes: the device is locked until 2025-11-20T10:02:00.000Z."));
		assertThat(failed.<Map<String, Object>>get("_links")).containsOnlyKeys("self");
		assertThat(
				JsonDocument.of(api().get(user(ADA) + "/devices/" + created.getString("id"))).getString("lock.status"))
			.isEqualTo("LOCKED");
		assertThat(start("{\"user\":{\"id\":\"" + ADA + "\"}}").statusCode()).isEqualTo(400);
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}")).getString("status"))
			.isEqualTo("OTP_REQUIRED");
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString())
			.contains("\"type\":\"DEVICE_AUTHENTICATION_FAILED\"", "\"type\":\"DEVICE_LOCKED\"");
	}

	@Test
	void shouldLockTheAccountAtTheMfaSettingsFailureCountUntilUnlocked() {
		enableMfa(ADA);
		api().contentType("application/json")
			.body("{\"pairing\":{\"maxAllowedDevices\":5,\"pairingKeyFormat\":\"NUMERIC\"},\"lockout\":{\"failureCount\":2,\"durationSeconds\":600}}")
			.put("/v1/environments/" + ENV + "/mfaSettings")
			.then()
			.statusCode(200);
		device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");
		String first = JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}")).getString("id");
		assertThat(check(first, wrong(lastOtp())).statusCode()).isEqualTo(400);
		String second = JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}")).getString("id");

		assertInvalidData(check(second, wrong(lastOtp())), detail("LIMIT_EXCEEDED", "otp",
				"Too many wrong passcodes: the user's account is locked until 2025-11-20T10:10:00.000Z."));

		assertThat(JsonDocument.of(api().get(user(ADA))).<Object>get("account"))
			.isEqualTo(Map.of("canAuthenticate", false, "lockedAt", "2025-11-20T10:00:00.000Z", "secondsUntilUnlock",
					600, "status", "LOCKED", "unlockAt", "2025-11-20T10:10:00.000Z"));
		assertInvalidData(start("{\"user\":{\"id\":\"" + ADA + "\"}}"),
				detail("INVALID_VALUE", "user.id", "The user's account is locked until 2025-11-20T10:10:00.000Z."));
		this.clock.advance(Duration.ofMinutes(4));
		assertThat(JsonDocument.of(api().get(user(ADA))).getInt("account.secondsUntilUnlock")).isEqualTo(360);

		Response unlocked = api().contentType("application/vnd.pingidentity.account.unlock+json").post(user(ADA));

		assertThat(unlocked.statusCode()).as(unlocked.asString()).isEqualTo(200);
		assertThat(JsonDocument.of(unlocked).<Object>get("account"))
			.isEqualTo(Map.of("canAuthenticate", true, "status", "OK"));
		assertThat(JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}")).getString("status"))
			.isEqualTo("OTP_REQUIRED");
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString())
			.contains("\"type\":\"USER_ACCOUNT_LOCKED\"", "\"type\":\"USER_ACCOUNT_UNLOCKED\"");
	}

	@Test
	void shouldSendAOneTimePasscodeToAnAddressThatIsNoDevice() {
		enableMfa(GRACE);

		Response started = start("{\"user\":{\"id\":\"" + GRACE + "\"},"
				+ "\"selectedDevice\":{\"oneTime\":{\"type\":\"EMAIL\",\"email\":\"abc@ping.com\"}}}");

		assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
		JsonDocument flow = JsonDocument.of(started);
		assertThat(flow.<Object>get("_embedded.devices"))
			.isEqualTo(List.of(Map.of("type", "EMAIL", "email", "ab****@ping.com")));
		assertThat(flow.<Object>get("selectedDevice"))
			.isEqualTo(Map.of("oneTime", Map.of("type", "EMAIL", "email", "ab****@ping.com")));
		// Its only device is the one-time one: no device.select, which it refuses below.
		String self = href("/" + ENV + "/deviceAuthentications/" + flow.getString("id"));
		assertThat(Json.at(started.asString(), "/_links")).isEqualTo(Json.compact("""
				{"self":{"href":"%1$s"},"otp.check":{"href":"%1$s"}}""".formatted(self)));
		JsonDocument outbox = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"));
		assertThat(outbox.getString("notifications[0].to")).isEqualTo("abc@ping.com");
		assertThat(outbox.<Object>get("notifications[0].deviceId")).isNull();
		assertThat(JsonDocument.of(api().get(user(GRACE) + "/devices")).getInt("count")).isZero();
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString())
			.doesNotContain("abc@ping.com");

		assertError(select(flow.getString("id"), UNKNOWN), 400, "INVALID_REQUEST",
				"The request could not be completed. A flow with a one-time device has no devices to select.");
		assertThat(JsonDocument.of(check(flow.getString("id"), lastOtp())).getString("status")).isEqualTo("COMPLETED");
	}

	@Test
	void shouldExpireAPasscodeAfterThePolicysLifeAndTheFlowAfterThirtyMinutes() {
		enableMfa(ADA);
		updatePolicy("\"email\":{\"enabled\":true,\"otp\":{\"lifeTime\":{\"duration\":5,\"timeUnit\":\"MINUTES\"},"
				+ "\"failure\":{\"count\":3}}}");
		String device = device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");
		String id = JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}")).getString("id");
		String stale = lastOtp();
		this.clock.advance(Duration.ofMinutes(5));

		assertInvalidData(check(id, stale), detail("INVALID_VALUE", "otp",
				"The passcode has expired: select the device again (device.select) for a new one."));
		select(id, device);
		assertThat(JsonDocument.of(check(id, lastOtp())).getString("status")).isEqualTo("COMPLETED");

		this.clock.advance(Duration.ofMinutes(25));
		assertNotFound(api().get(FLOWS + "/" + id));
		assertNotFound(check(id, "123456"));
	}

	@Test
	void shouldKeepFlowsToTheirEnvironmentAndTheCallersRoles() {
		enableMfa(ADA);
		device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");
		String id = JsonDocument.of(start("{\"user\":{\"id\":\"" + ADA + "\"}}")).getString("id");
		JsonDocument sandbox = JsonDocument
			.of(anonymous().contentType("application/json").body("{}").post("/__stub/environments"));
		String other = sandbox.getString("id");
		String otherToken = Tokens.of(this.port, other, sandbox.getString("applications[0].clientId"),
				sandbox.getString("applications[0].clientSecret"), this.clock.instant());

		assertThat(anonymous().auth().oauth2(readOnlyToken()).get(FLOWS + "/" + id).statusCode()).isEqualTo(200);
		assertError(
				anonymous().auth()
					.oauth2(readOnlyToken())
					.contentType(CHECK)
					.body("{\"otp\":\"123456\"}")
					.post(FLOWS + "/" + id),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));
		assertError(anonymous().get(FLOWS + "/" + id), 401, "ACCESS_FAILED",
				"The request could not be completed. You do not have access to this resource.",
				detail("INVALID_TOKEN", null, "An access token is required: send Authorization: Bearer <token>."));
		// A flow id of another environment names nothing there.
		assertNotFound(anonymous().auth().oauth2(otherToken).get("/" + other + "/deviceAuthentications/" + id));
		assertNotFound(anonymous().auth()
			.oauth2(otherToken)
			.contentType(CHECK)
			.body("{\"otp\":\"123456\"}")
			.post("/" + other + "/deviceAuthentications/" + id));
		anonymous().delete("/__stub/environments/" + other).then().statusCode(204);
	}

	@Test
	void shouldApplyTheEnvironmentsFaultsToItsDeviceAuthentications() {
		enableMfa(ADA);
		device(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada.lovelace@example.com\"}");
		anonymous().contentType("application/json")
			.body("[{\"method\":\"POST\",\"path\":\"/*/deviceAuthentications\",\"status\":503,\"times\":1}]")
			.put("/__stub/environments/" + ENV + "/faults")
			.then()
			.statusCode(200);

		assertError(start("{\"user\":{\"id\":\"" + ADA + "\"}}"), 503, "UNEXPECTED_ERROR", UNAVAILABLE);
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/notifications").asString())
			.isEqualTo("{\"notifications\":[]}");
		assertThat(start("{\"user\":{\"id\":\"" + ADA + "\"}}").statusCode()).isEqualTo(201);
	}

	private void enableMfa(String userId) {
		api().contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(user(userId) + "/mfaEnabled")
			.then()
			.statusCode(200);
	}

	private void updatePolicy(String settings) {
		String offline = "{\"enabled\":true}";
		StringBuilder body = new StringBuilder("{\"name\":\"Default MFA Policy\"");
		for (String method : List.of("sms", "voice", "email", "totp")) {
			if (!settings.contains("\"" + method + "\":")) {
				body.append(",\"")
					.append(method)
					.append("\":")
					.append(method.equals("totp") ? "{\"enabled\":false}" : offline);
			}
		}
		body.append(',').append(settings).append('}');
		api().contentType("application/json")
			.body(body.toString())
			.put("/v1/environments/" + ENV + "/deviceAuthenticationPolicies/" + POLICY)
			.then()
			.statusCode(200);
	}

	private String device(String userId, String body) {
		Response created = api().contentType("application/json").body(body).post(user(userId) + "/devices");
		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		return JsonDocument.of(created).getString("id");
	}

	private Response start(String body) {
		return api().contentType("application/json").body(body).post(FLOWS);
	}

	private Response select(String id, String deviceId) {
		return api().contentType(SELECT).body("{\"device\":{\"id\":\"" + deviceId + "\"}}").post(FLOWS + "/" + id);
	}

	private Response check(String id, String otp) {
		return api().contentType(CHECK).body("{\"otp\":\"" + otp + "\"}").post(FLOWS + "/" + id);
	}

}
