package dev.mfastub.mfa.device;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.mfa.policy.DevicePolicy;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.UNSUPPORTED_MEDIA_TYPE;
import static dev.mfastub.support.PingOneErrors.allowedValues;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static dev.mfastub.support.PingOneErrors.range;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/environments/{envID}/users/{userID}/devices}: pairing EMAIL, SMS and VOICE
 * devices with the code from the outbox and TOTP devices with a code from their secret,
 * on the environment's clock; the device order, block, unlock, rename and delete.
 */
class DeviceApiTest extends ApiTest {

	private static final String ACTIVATE = "application/vnd.pingidentity.device.activate+json";

	private static final String POLICY = DevicePolicy.defaultIdOf(UUID.fromString(ENV)).toString();

	@Test
	void shouldPairAnEmailDeviceWithTheCodeFromTheOutbox() {
		Response created = create(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada@example.com\","
				+ "\"status\":\"ACTIVATION_REQUIRED\",\"nickname\":\"Work mail\"}");

		assertThat(created.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(created).getString("id");
		String self = href(user(ADA) + "/devices/" + id);
		assertThat(created.header("Location")).isEqualTo(self);
		assertThat(created.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"environment":{"href":"%2$s"},"user":{"href":"%3$s"},
				  "device.activate":{"href":"%1$s"}},
				 "id":"%4$s","environment":{"id":"%5$s"},"user":{"id":"%6$s"},"type":"EMAIL",
				 "status":"ACTIVATION_REQUIRED","nickname":"Work mail","email":"ada@example.com",
				 "lock":{"status":"UNLOCKED"},"block":{"status":"UNBLOCKED"},"policy":{"id":"%7$s"},
				 "createdAt":"2025-11-20T10:00:00.000Z","updatedAt":"2025-11-20T10:00:00.000Z"}""".formatted(self,
				href("/v1/environments/" + ENV), href(user(ADA)), id, ENV, ADA, POLICY)));
		JsonDocument outbox = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"));
		assertThat(outbox.getList("notifications")).hasSize(1);
		assertThat(outbox.getString("notifications[0].channel")).isEqualTo("EMAIL");
		assertThat(outbox.getString("notifications[0].to")).isEqualTo("ada@example.com");
		assertThat(outbox.getString("notifications[0].userId")).isEqualTo(ADA);
		assertThat(outbox.getString("notifications[0].deviceId")).isEqualTo(id);
		assertThat(outbox.getString("notifications[0].purpose")).isEqualTo("PAIRING");
		assertThat(outbox.getString("notifications[0].at")).isEqualTo("2025-11-20T10:00:00.000Z");
		String otp = outbox.getString("notifications[0].otp");
		assertThat(otp).matches("[0-9]{6}");

		assertInvalidData(activate(ADA, id, wrong(otp)),
				detail("INVALID_OTP", "otp", "Invalid OTP.", Map.of("failuresRemaining", 2)));
		assertThat(JsonDocument.of(activate(ADA, id, wrong(otp))).getInt("details[0].innerError.failuresRemaining"))
			.isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(3));
		Response activated = activate(ADA, id, otp);

		assertThat(activated.statusCode()).isEqualTo(200);
		JsonDocument device = JsonDocument.of(activated);
		assertThat(device.getString("status")).isEqualTo("ACTIVE");
		assertThat(device.getString("updatedAt")).isEqualTo("2025-11-20T10:03:00.000Z");
		assertThat(device.<Object>get("_links.'device.activate'")).isNull();
		assertThat(api().get(user(ADA) + "/devices/" + id).asString()).isEqualTo(activated.asString());
		String journal = anonymous().get("/__stub/environments/" + ENV + "/events").asString();
		assertThat(journal).contains("\"type\":\"DEVICE_CREATED\"")
			.contains("\"type\":\"DEVICE_ACTIVATED\"")
			.doesNotContain(otp);
	}

	/**
	 * PingOne's "Create MFA User Device for testing": "in the body of this request,
	 * status is set to ACTIVATION_REQUIRED, so in this case, test.otp is included in the
	 * body of the response". The stub also keeps the code in its outbox, as for every
	 * device; the device shows {@code testMode} only when it is true.
	 */
	@Test
	void shouldAnswerTheCreationOfATestDeviceWithItsPairingCodeInTestOtp() {
		Response created = create(ADA, "{\"type\":\"SMS\",\"phone\":\"+15125551234\","
				+ "\"status\":\"ACTIVATION_REQUIRED\",\"testMode\":true}");

		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		JsonDocument device = JsonDocument.of(created);
		String otp = device.getString("test.otp");
		assertThat(otp).matches("[0-9]{6}").isEqualTo(lastOtp());
		assertThat(device.<Object>get("testMode")).isEqualTo(true);
		String id = device.getString("id");
		assertThat(created.asString()).doesNotContain("\"secret\"");
		String read = api().get(user(ADA) + "/devices/" + id).asString();
		assertThat(read).contains("\"testMode\":true").doesNotContain("\"test\":").doesNotContain(otp);
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString()).doesNotContain(otp);

		Response activated = activate(ADA, id, otp);

		assertThat(activated.statusCode()).as(activated.asString()).isEqualTo(200);
		assertThat(JsonDocument.of(activated).getString("status")).isEqualTo("ACTIVE");
		assertThat(activated.asString()).contains("\"testMode\":true").doesNotContain("\"test\":");
		Response active = create(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada@example.com\",\"testMode\":true}");
		assertThat(active.statusCode()).as(active.asString()).isEqualTo(201);
		assertThat(active.asString()).contains("\"testMode\":true").doesNotContain("\"test\":");
	}

	/**
	 * PingOne's "Create MFA User Device for testing": "you can only specify a device as a
	 * testing device if the type of the device is set to EMAIL, SMS, or VOICE"; a device
	 * that is not a testing device shows neither {@code testMode} nor {@code test}.
	 */
	@Test
	void shouldRefuseTestModeOnATotpDeviceAndShowNothingOfItOnOtherDevices() {
		enableTotp();
		assertInvalidData(create(ADA, "{\"type\":\"TOTP\",\"testMode\":true}"), detail("INVALID_VALUE", "testMode",
				"Only EMAIL, SMS and VOICE devices can be testing devices (testMode)."));
		assertThat(api().get(user(ADA) + "/devices").asString()).contains("\"count\":0");
		assertThat(create(ADA, "{\"type\":\"TOTP\",\"testMode\":false}").statusCode()).isEqualTo(201);
		Response normal = create(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada@example.com\","
				+ "\"status\":\"ACTIVATION_REQUIRED\",\"testMode\":false}");
		assertThat(normal.statusCode()).isEqualTo(201);
		assertThat(normal.asString()).doesNotContain("\"test\":").doesNotContain("testMode").doesNotContain(lastOtp());
	}

	@Test
	void shouldPairSmsAndVoiceDevicesTheSameWay() {
		for (String type : List.of("SMS", "VOICE")) {
			String id = JsonDocument
				.of(create(GRACE,
						"{\"type\":\"" + type + "\",\"phone\":\"+1.5125551234\",\"status\":\"ACTIVATION_REQUIRED\"}"))
				.getString("id");
			JsonDocument outbox = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"));
			assertThat(outbox.<String>getList("notifications.deviceId")).last().isEqualTo(id);
			Response activated = activate(GRACE, id, lastOtp());
			assertThat(activated.statusCode()).as(activated.asString()).isEqualTo(200);
			assertThat(JsonDocument.of(activated).getString("phone")).isEqualTo("+1.5125551234");
			assertThat(JsonDocument.of(activated).getString("type")).isEqualTo(type);
		}
		List<String> channels = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"))
			.getList("notifications.channel");
		assertThat(channels).containsExactly("SMS", "VOICE");
	}

	@Test
	void shouldKeepAVoiceDevicesExtensionAndRefuseItElsewhere() {
		Response created = create(GRACE, "{\"type\":\"VOICE\",\"phone\":\"+15125551234\",\"extension\":\"1234\"}");

		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		String id = JsonDocument.of(created).getString("id");
		assertThat(JsonDocument.of(created).getString("extension")).isEqualTo("1234");
		JsonDocument read = JsonDocument.of(api().get(user(GRACE) + "/devices/" + id));
		assertThat(read.getString("phone")).isEqualTo("+15125551234");
		assertThat(read.getString("extension")).isEqualTo("1234");
		// Without one, none is shown.
		String plain = JsonDocument.of(create(GRACE, "{\"type\":\"VOICE\",\"phone\":\"+15125551235\"}"))
			.getString("id");
		assertThat(JsonDocument.of(api().get(user(GRACE) + "/devices/" + plain)).<Object>get("extension")).isNull();

		assertInvalidData(create(GRACE, "{\"type\":\"SMS\",\"phone\":\"+15125551236\",\"extension\":\"12\"}"),
				detail("INVALID_VALUE", "extension", "Only VOICE devices have an extension."));
		assertThat(create(GRACE, "{\"type\":\"VOICE\",\"phone\":\"+15125551237\",\"extension\":\"12a\"}").statusCode())
			.isEqualTo(400);
		assertThat(create(GRACE, "{\"type\":\"VOICE\",\"phone\":\"+15125551237\",\"extension\":\"12345678901\"}")
			.statusCode()).isEqualTo(400);
		assertThat(create(GRACE, "{\"type\":\"VOICE\",\"phone\":\"+15125551237\",\"extension\":1234}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void shouldPairATotpDeviceWithACodeFromItsSecretOnAFrozenClock() {
		enableTotp();
		anonymous().contentType("application/json")
			.body("{\"frozen\":true}")
			.put("/__stub/environments/" + ENV + "/clock")
			.then()
			.statusCode(200);

		Response created = create(ADA, "{\"type\":\"TOTP\"}");

		assertThat(created.statusCode()).isEqualTo(201);
		JsonDocument device = JsonDocument.of(created);
		assertThat(device.getString("status")).isEqualTo("ACTIVATION_REQUIRED");
		String secret = device.getString("secret");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(device.getString("keyUri"))
			.isEqualTo("otpauth://totp/PingOne%20documentation%20examples:ada.lovelace?secret=" + secret
					+ "&issuer=PingOne%20documentation%20examples&algorithm=SHA1&digits=6&period=30");
		String id = device.getString("id");
		assertThat(api().get(user(ADA) + "/devices/" + id).asString()).doesNotContain(secret);
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/notifications").asString())
			.isEqualTo("{\"notifications\":[]}");

		this.clock.advance(Duration.ofMinutes(10));
		String code = Totp.code(secret, START);
		assertThat(activate(ADA, id, code).statusCode()).isEqualTo(200);
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString()).doesNotContain(secret);
	}

	@Test
	void shouldCreateAnActiveDeviceForAWorkerAppUnlessAskedToPair() {
		Response created = create(ADA, "{\"type\":\"SMS\",\"phone\":\"+1 (512) 555-1234\"}");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(JsonDocument.of(created).getString("status")).isEqualTo("ACTIVE");
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/notifications").asString())
			.isEqualTo("{\"notifications\":[]}");
		String id = JsonDocument.of(created).getString("id");
		assertInvalidData(activate(ADA, id, "123456"),
				detail("INVALID_VALUE", "status", "The device is already active: it needs no activation."));
	}

	@Test
	void shouldRefuseAnExpiredPasscodeOnTheEnvironmentsClock() {
		String id = pending(ADA);
		String otp = lastOtp();
		this.clock.advance(Duration.ofMinutes(30));

		assertInvalidData(activate(ADA, id, otp), detail("INVALID_VALUE", "otp",
				"The passcode has expired: send a new one (device.sendActivationCode)."));

		sendActivationCode(ADA, id).then().statusCode(204);
		assertThat(lastOtp()).isNotEqualTo(otp);
		assertThat(activate(ADA, id, lastOtp()).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldRefuseTheCodeOfAnotherDevice() {
		String first = pending(ADA);
		String firstCode = lastOtp();
		String second = pending(ADA);
		String secondCode = lastOtp();
		String grace = pending(GRACE);

		assertInvalidData(activate(ADA, second, firstCode),
				detail("INVALID_OTP", "otp", "Invalid OTP.", Map.of("failuresRemaining", 2)));
		assertNotFound(activate(GRACE, first, firstCode));
		assertInvalidData(activate(GRACE, grace, secondCode),
				detail("INVALID_OTP", "otp", "Invalid OTP.", Map.of("failuresRemaining", 2)));
		assertThat(activate(ADA, first, firstCode).statusCode()).isEqualTo(200);
		assertThat(activate(ADA, second, secondCode).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldVoidThePasscodeAfterThePolicysFailures() {
		String id = pending(ADA);
		String otp = lastOtp();
		activate(ADA, id, wrong(otp)).then().statusCode(400);
		activate(ADA, id, wrong(otp)).then().statusCode(400);

		assertInvalidData(activate(ADA, id, wrong(otp)), detail("LIMIT_EXCEEDED", "otp",
				"Too many wrong passcodes: send a new one (device.sendActivationCode)."));
		assertInvalidData(activate(ADA, id, otp), detail("INVALID_VALUE", "otp",
				"No passcode is waiting for this device: send a new one (device.sendActivationCode)."));
		sendActivationCode(ADA, id).then().statusCode(204);
		assertThat(activate(ADA, id, lastOtp()).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldLockATotpDeviceForTheCoolDownAfterTheFailures() {
		enableTotp();
		JsonDocument device = JsonDocument.of(create(ADA, "{\"type\":\"TOTP\"}"));
		String id = device.getString("id");
		String good = Totp.code(device.getString("secret"), START);
		for (int i = 0; i < 2; i++) {
			activate(ADA, id, wrong(good)).then().statusCode(400);
		}
		assertInvalidData(activate(ADA, id, wrong(good)), detail("LIMIT_EXCEEDED", "otp",
				"Too many wrong passcodes: the device is locked until 2025-11-20T10:02:00.000Z."));
		assertThat(JsonDocument.of(api().get(user(ADA) + "/devices/" + id)).getString("lock.status"))
			.isEqualTo("LOCKED");
		assertInvalidData(activate(ADA, id, good), detail("LIMIT_EXCEEDED", "otp",
				"Too many wrong passcodes: the device is locked until 2025-11-20T10:02:00.000Z."));

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(activate(ADA, id, Totp.code(device.getString("secret"), START.plusSeconds(120))).statusCode())
			.isEqualTo(200);
	}

	/**
	 * PingOne's "MFA Settings" page: {@code pairing.maxAllowedDevices} "defines the
	 * maximum number of paired MFA devices each user within an environment can have", and
	 * the one past it is a 400 {@code REQUEST_FAILED}, "Maximum allowed devices has been
	 * reached", with {@code innerError.maximumAllowed}. A device still waiting for
	 * activation is not paired: it takes no place, but activating it past the limit is
	 * refused the same way.
	 */
	@Test
	void shouldKeepToTheMfaSettingsDeviceLimitOfPairedDevices() {
		api().contentType("application/json")
			.body("{\"pairing\":{\"maxAllowedDevices\":1,\"pairingKeyFormat\":\"NUMERIC\"}}")
			.put("/v1/environments/" + ENV + "/mfaSettings")
			.then()
			.statusCode(200);
		String waiting = JsonDocument
			.of(create(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada@example.com\",\"status\":\"ACTIVATION_REQUIRED\"}"))
			.getString("id");
		String otp = lastOtp();
		create(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada@example.com\"}").then().statusCode(201);

		assertError(create(ADA, "{\"type\":\"EMAIL\",\"email\":\"ada@example.com\"}"), 400, "REQUEST_FAILED",
				"The request could not be completed. The request failed.", detail("LIMIT_EXCEEDED", null,
						"Maximum allowed devices has been reached", Map.of("maximumAllowed", 1)));
		assertError(activate(ADA, waiting, otp), 400, "REQUEST_FAILED",
				"The request could not be completed. The request failed.", detail("LIMIT_EXCEEDED", null,
						"Maximum allowed devices has been reached", Map.of("maximumAllowed", 1)));
		assertThat(JsonDocument.of(api().get(user(ADA) + "/devices")).<String>getList("_embedded.devices.status"))
			.containsExactlyInAnyOrder("ACTIVATION_REQUIRED", "ACTIVE");
		create(GRACE, "{\"type\":\"EMAIL\",\"email\":\"grace@example.com\"}").then().statusCode(201);
	}

	@Test
	void shouldRefuseTypesTheStubDoesNotMimicAndMethodsThePolicyDisables() {
		assertInvalidData(create(ADA, "{\"type\":\"FIDO2\"}"), detail("INVALID_VALUE", "type",
				"The stub does not support FIDO2 devices: it mimics EMAIL, SMS, VOICE and TOTP."));
		assertInvalidData(create(ADA, "{\"type\":\"PIGEON\"}"), detail("INVALID_VALUE", "type",
				"type must be one of EMAIL, SMS, VOICE, TOTP.", allowedValues("EMAIL", "SMS", "VOICE", "TOTP")));
		assertInvalidData(create(ADA, "{\"type\":\"TOTP\"}"), detail("INVALID_VALUE", "type",
				"The device authentication policy does not allow pairing TOTP devices."));
		assertInvalidData(create(ADA, "{\"type\":\"SMS\"}"), detail("REQUIRED_VALUE", "phone", "phone is required."));
		assertInvalidData(
				create(ADA,
						"{\"type\":\"EMAIL\",\"email\":\"ada@example.com\",\"policy\":{\"id\":\"" + UNKNOWN + "\"}}"),
				detail("INVALID_VALUE", "policy.id",
						"The environment has no device authentication policy with this id."));
		assertThat(api().get(user(ADA) + "/devices").asString()).contains("\"count\":0");
	}

	@Test
	void shouldListDevicesInTheOrderSetAndBackInActivationOrder() {
		String first = active(ADA, "a@example.com");
		this.clock.advance(Duration.ofSeconds(1));
		String second = active(ADA, "b@example.com");
		this.clock.advance(Duration.ofSeconds(1));
		String third = active(ADA, "c@example.com");

		Response reordered = api().contentType("application/vnd.pingidentity.devices.reorder+json")
			.body("{\"order\":[{\"id\":\"" + third + "\"},{\"id\":\"" + first + "\"}]}")
			.post(user(ADA) + "/devices");

		assertThat(reordered.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(reordered).<String>getList("_embedded.devices.id")).containsExactly(third, first,
				second);
		assertThat(JsonDocument.of(api().get(user(ADA) + "/devices")).<String>getList("_embedded.devices.id"))
			.containsExactly(third, first, second);
		assertInvalidData(
				api().contentType("application/vnd.pingidentity.devices.reorder+json")
					.body("{\"order\":[{\"id\":\"" + first + "\"},{\"id\":\"" + first + "\"}]}")
					.post(user(ADA) + "/devices"),
				detail("INVALID_VALUE", "order[1].id", "A device can appear in the order once."));
		assertInvalidData(
				api().contentType("application/vnd.pingidentity.devices.reorder+json")
					.body("{\"order\":[{\"id\":\"" + UNKNOWN + "\"}]}")
					.post(user(ADA) + "/devices"),
				detail("INVALID_VALUE", "order[0].id", "The user has no device with this id."));

		api().contentType("application/vnd.pingidentity.devices.order.remove+json")
			.delete(user(ADA) + "/devices")
			.then()
			.statusCode(204);
		JsonDocument all = JsonDocument.of(api().get(user(ADA) + "/devices"));
		assertThat(all.<String>getList("_embedded.devices.id")).containsExactly(first, second, third);
		assertThat(all.getString("_links.self.href")).isEqualTo(href(user(ADA) + "/devices"));
		assertThat(all.getInt("size")).isEqualTo(3);
	}

	/**
	 * PingOne's "Remove Device Order": {@code POST .../devices} with the media type
	 * {@code application/vnd.pingidentity.devices.order.remove+json}, as its page has it
	 * now; the stub's older {@code DELETE} stays.
	 */
	@Test
	void shouldRemoveTheOrderWithAPostAsPingOnesPageHasIt() {
		String first = active(ADA, "a@example.com");
		this.clock.advance(Duration.ofSeconds(1));
		String second = active(ADA, "b@example.com");
		api().contentType("application/vnd.pingidentity.devices.reorder+json")
			.body("{\"order\":[{\"id\":\"" + second + "\"},{\"id\":\"" + first + "\"}]}")
			.post(user(ADA) + "/devices")
			.then()
			.statusCode(200);

		Response removed = api().contentType("application/vnd.pingidentity.devices.order.remove+json")
			.post(user(ADA) + "/devices");

		assertThat(removed.statusCode()).as(removed.asString()).isEqualTo(204);
		assertThat(removed.asString()).isEmpty();
		assertThat(JsonDocument.of(api().get(user(ADA) + "/devices")).<String>getList("_embedded.devices.id"))
			.containsExactly(first, second);
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString())
			.contains("\"type\":\"DEVICES_REORDERED\"");
	}

	/**
	 * PingOne's "MFA Devices", Device order: "By default, the order is according to the
	 * device activation time (oldest…newest)": a device created first but activated last
	 * comes last.
	 */
	@Test
	void shouldOrderDevicesByActivationTimeNotCreationTime() {
		String paired = pending(ADA);
		String code = lastOtp();
		this.clock.advance(Duration.ofSeconds(1));
		String active = active(ADA, "b@example.com");
		this.clock.advance(Duration.ofSeconds(1));

		assertThat(activate(ADA, paired, code).statusCode()).isEqualTo(200);

		assertThat(JsonDocument.of(api().get(user(ADA) + "/devices")).<String>getList("_embedded.devices.id"))
			.containsExactly(active, paired);
	}

	/**
	 * PingOne's "Set Device Order" "explicitly orders a user's active devices": a device
	 * that waits for activation has no place in the order (the page gives no error, so
	 * the stub's 400 INVALID_DATA names the device).
	 */
	@Test
	void shouldRefuseToOrderADeviceThatIsNotActive() {
		String active = active(ADA, "a@example.com");
		String waiting = pending(ADA);

		assertInvalidData(
				api().contentType("application/vnd.pingidentity.devices.reorder+json")
					.body("{\"order\":[{\"id\":\"" + active + "\"},{\"id\":\"" + waiting + "\"}]}")
					.post(user(ADA) + "/devices"),
				detail("INVALID_VALUE", "order[1].id", "The device " + waiting
						+ " is not ACTIVE (ACTIVATION_REQUIRED): only active devices have a place in the order."));
		assertThat(JsonDocument.of(api().get(user(ADA) + "/devices")).<String>getList("_embedded.devices.id"))
			.containsExactly(active, waiting);
	}

	@Test
	void shouldBlockUnblockRenameAndDelete() {
		String id = active(ADA, "ada@example.com");
		String device = user(ADA) + "/devices/" + id;

		Response blocked = api().contentType("application/vnd.pingidentity.device.block+json").post(device);
		assertThat(blocked.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(blocked).<Object>get("block")).isEqualTo(
				JsonDocument.parse("{\"status\":\"BLOCKED\",\"blockedAt\":\"2025-11-20T10:00:00.000Z\"}").get(""));
		Response unblocked = api().contentType("application/vnd.pingidentity.device.unblock+json").post(device);
		assertThat(JsonDocument.of(unblocked).getString("block.status")).isEqualTo("UNBLOCKED");
		Response unlocked = api().contentType("application/vnd.pingidentity.device.unlock+json").post(device);
		assertThat(JsonDocument.of(unlocked).getString("lock.status")).isEqualTo("UNLOCKED");

		Response renamed = api().contentType("application/json")
			.body("{\"nickname\":\"My phone\"}")
			.put(device + "/nickname");
		assertThat(JsonDocument.of(renamed).getString("nickname")).isEqualTo("My phone");
		assertInvalidData(api().contentType("application/json").body("{\"nickname\":\"\"}").put(device + "/nickname"),
				detail("INVALID_VALUE", "nickname", "nickname must be from 1 to 100 characters long.", range(1, 100)));

		assertError(api().contentType("application/json").body("{\"otp\":\"123456\"}").post(device), 415,
				"INVALID_REQUEST", UNSUPPORTED_MEDIA_TYPE);
		api().delete(device).then().statusCode(204);
		assertNotFound(api().get(device));
		assertNotFound(activate(ADA, id, "123456"));
		String journal = anonymous().get("/__stub/environments/" + ENV + "/events").asString();
		assertThat(journal).contains("DEVICE_BLOCKED", "DEVICE_UNBLOCKED", "DEVICE_UNLOCKED", "DEVICE_RENAMED",
				"DEVICE_DELETED");
	}

	@Test
	void shouldLetAReadOnlyAppReadDevicesAndChangeNone() {
		String id = active(ADA, "ada@example.com");

		assertThat(anonymous().auth().oauth2(readOnlyToken()).get(user(ADA) + "/devices/" + id).statusCode())
			.isEqualTo(200);
		assertError(anonymous().auth().oauth2(readOnlyToken()).delete(user(ADA) + "/devices/" + id), 403,
				"ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));
		assertThat(
				anonymous().auth().oauth2(readOnlyToken()).get("/v1/environments/" + ENV + "/mfaSettings").statusCode())
			.isEqualTo(200);
		assertError(
				anonymous().auth()
					.oauth2(readOnlyToken())
					.contentType("application/json")
					.body("{\"pairing\":{\"maxAllowedDevices\":1,\"pairingKeyFormat\":\"NUMERIC\"}}")
					.put("/v1/environments/" + ENV + "/mfaSettings"),
				403, "ACCESS_FAILED", FORBIDDEN, detail("INSUFFICIENT_PERMISSIONS", null,
						"The application's roles do not allow changing the environment's MFA configuration."));
		assertNotFound(api().get(user(UNKNOWN) + "/devices"));
		assertNotFound(api().get(user(GRACE) + "/devices/" + id));
	}

	@Test
	void shouldAnswerAndResetTheMfaSettings() {
		String settings = "/v1/environments/" + ENV + "/mfaSettings";
		String createdAt = JsonDocument.of(api().get("/v1/environments/" + ENV)).getString("createdAt");
		String defaults = Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"environment":{"href":"%2$s"}},"environment":{"id":"%3$s"},
				 "pairing":{"maxAllowedDevices":5,"pairingKeyFormat":"NUMERIC"},
				 "lockout":{"failureCount":5,"durationSeconds":900},"phoneExtensions":{"enabled":false},
				 "users":{"mfaEnabled":false},"updatedAt":"%4$s"}""".formatted(href(settings),
				href("/v1/environments/" + ENV), ENV, createdAt));
		assertThat(api().get(settings).asString()).isEqualTo(defaults);

		Response updated = api().contentType("application/json")
			.body("{\"pairing\":{\"maxAllowedDevices\":10,\"pairingKeyFormat\":\"ALPHANUMERIC\"},"
					+ "\"lockout\":{\"failureCount\":6,\"durationSeconds\":1200},\"phoneExtensions\":{\"enabled\":true}}")
			.put(settings);
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(updated).getInt("pairing.maxAllowedDevices")).isEqualTo(10);
		assertThat(JsonDocument.of(updated).getString("updatedAt")).isEqualTo("2025-11-20T10:00:00.000Z");
		assertThat(api().get(settings).asString()).isEqualTo(updated.asString());
		assertInvalidData(
				api().contentType("application/json")
					.body("{\"pairing\":{\"maxAllowedDevices\":16,\"pairingKeyFormat\":\"NUMERIC\"}}")
					.put(settings),
				detail("INVALID_VALUE", "pairing.maxAllowedDevices", "pairing.maxAllowedDevices has an invalid value.",
						range(1, 15)));

		api().delete(settings).then().statusCode(204);
		assertThat(api().get(settings).asString()).isEqualTo(defaults);
	}

	/**
	 * PingOne's "Read One Device Authentication Policy" shows {@code updatedAt} beside
	 * {@code createdAt}; the default policy, never written, was created and last updated
	 * with its environment, and a PUT moves only {@code updatedAt}.
	 */
	@Test
	void shouldShowUpdatedAtOnTheDefaultPolicyBeforeAndAfterAWrite() {
		String policy = "/v1/environments/" + ENV + "/deviceAuthenticationPolicies/" + POLICY;
		String environmentCreated = JsonDocument.of(api().get("/v1/environments/" + ENV)).getString("createdAt");

		JsonDocument read = JsonDocument.of(api().get(policy));

		assertThat(read.getString("createdAt")).isEqualTo(environmentCreated);
		assertThat(read.getString("updatedAt")).isEqualTo(environmentCreated);

		this.clock.advance(Duration.ofMinutes(5));
		Response renamed = api().contentType("application/json")
			.body("{\"name\":\"Renamed default\",\"sms\":{\"enabled\":true},\"voice\":{\"enabled\":true},"
					+ "\"email\":{\"enabled\":true},\"totp\":{\"enabled\":true}}")
			.put(policy);
		assertThat(renamed.statusCode()).as(renamed.asString()).isEqualTo(200);
		assertThat(JsonDocument.of(renamed).getString("createdAt")).isEqualTo(environmentCreated);
		assertThat(JsonDocument.of(renamed).getString("updatedAt")).isEqualTo("2025-11-20T10:05:00.000Z");
	}

	@Test
	void shouldCreateMakeDefaultAndDeletePolicies() {
		String policies = "/v1/environments/" + ENV + "/deviceAuthenticationPolicies";
		String body = "{\"name\":\"Long codes\",\"sms\":{\"enabled\":false},\"voice\":{\"enabled\":true},"
				+ "\"email\":{\"enabled\":true,\"otp\":{\"otpLength\":8,\"lifeTime\":{\"duration\":5,"
				+ "\"timeUnit\":\"MINUTES\"}}},\"totp\":{\"enabled\":false}}";

		Response created = api().contentType("application/json").body(body).post(policies);

		assertThat(created.statusCode()).isEqualTo(201);
		JsonDocument policy = JsonDocument.of(created);
		String id = policy.getString("id");
		assertThat(created.header("Location")).isEqualTo(href(policies + "/" + id));
		assertThat(policy.getBoolean("default")).isFalse();
		assertThat(policy.<Object>get("email.otp")).isEqualTo(JsonDocument.parse("""
				{"failure":{"count":3,"coolDown":{"duration":0,"timeUnit":"MINUTES"}},
				 "lifeTime":{"duration":5,"timeUnit":"MINUTES"},"otpLength":8}""").get(""));
		assertThat(JsonDocument.of(api().get(policies)).<String>getList("_embedded.deviceAuthenticationPolicies.id"))
			.containsExactly(POLICY, id);

		// A device of the new policy keeps to it: eight digits, five minutes.
		String device = JsonDocument
			.of(create(ADA,
					"{\"type\":\"EMAIL\",\"email\":\"ada@example.com\","
							+ "\"status\":\"ACTIVATION_REQUIRED\",\"policy\":{\"id\":\"" + id + "\"}}"))
			.getString("id");
		assertThat(lastOtp()).hasSize(8);
		assertInvalidData(
				create(ADA, "{\"type\":\"SMS\",\"phone\":\"+15125551234\",\"policy\":{\"id\":\"" + id + "\"}}"),
				detail("INVALID_VALUE", "type",
						"The device authentication policy does not allow pairing SMS devices."));
		this.clock.advance(Duration.ofMinutes(5));
		assertInvalidData(activate(ADA, device, lastOtp()), detail("INVALID_VALUE", "otp",
				"The passcode has expired: send a new one (device.sendActivationCode)."));

		Response madeDefault = api().contentType("application/json")
			.body(body.replace("\"Long codes\"", "\"Long codes\",\"default\":true"))
			.put(policies + "/" + id);
		assertThat(JsonDocument.of(madeDefault).getBoolean("default")).isTrue();
		JsonDocument all = JsonDocument.of(api().get(policies));
		assertThat(all.<String>getList("_embedded.deviceAuthenticationPolicies.id")).containsExactly(id, POLICY);
		assertThat(all.<Boolean>getList("_embedded.deviceAuthenticationPolicies.default")).containsExactly(true, false);
		assertInvalidData(api().delete(policies + "/" + id), detail("INVALID_VALUE", "id",
				"The default device authentication policy cannot be deleted: make another one the default first."));

		api().delete(policies + "/" + POLICY).then().statusCode(204);
		assertNotFound(api().get(policies + "/" + POLICY));
		assertThat(JsonDocument.of(api().get(policies)).getInt("count")).isEqualTo(1);
		String journal = anonymous().get("/__stub/environments/" + ENV + "/events").asString();
		assertThat(journal).contains("DEVICE_POLICY_CREATED", "DEVICE_POLICY_UPDATED", "DEVICE_POLICY_DELETED");
	}

	@Test
	void shouldKeepMobileFido2AndNewDeviceNotificationAsSentAndRefuseAWrongType() {
		String policies = "/v1/environments/" + ENV + "/deviceAuthenticationPolicies";
		String kept = """
				{"mobile":{"enabled":true,"otp":{"failure":{"count":3,"coolDown":{"duration":2,"timeUnit":"MINUTES"}}},
				  "applications":[{"id":"a1b2c3d4-0000-4000-8000-000000000001","pushEnabled":true,"otpEnabled":true,
				    "deviceAuthorization":{"enabled":false},"autoEnrollment":{"enabled":true},
				    "integrityDetection":"permissive"}],"promptForNicknameOnPairing":true},
				 "fido2":{"enabled":true,"pairingDisabled":false,"promptForNicknameOnPairing":true,"fido2PolicyId":null},
				 "newDeviceNotification":"EMAIL_THEN_SMS"}""";
		String offline = "{\"enabled\":true}";
		String body = "{\"name\":\"Every method\",\"sms\":" + offline + ",\"voice\":" + offline + ",\"email\":"
				+ offline + ",\"totp\":{\"enabled\":false}," + kept.strip().substring(1);

		Response created = api().contentType("application/json").body(body).post(policies);

		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		Object expected = JsonDocument.parse(kept).get("");
		String id = JsonDocument.of(created).getString("id");
		for (Response answer : List.of(created, api().get(policies + "/" + id),
				api().contentType("application/json").body(body).put(policies + "/" + id))) {
			JsonDocument policy = JsonDocument.of(answer);
			assertThat(Map.of("mobile", policy.get("mobile"), "fido2", policy.get("fido2"), "newDeviceNotification",
					policy.get("newDeviceNotification")))
				.isEqualTo(expected);
		}
		// Left out, they are absent, as on PingOne's default policy here.
		assertThat(JsonDocument.of(api().get(policies + "/" + POLICY)).<Object>get("mobile")).isNull();

		String noObject = body.replace("\"fido2\":{", "\"fido2\":true,\"was\":{");
		assertInvalidData(api().contentType("application/json").body(noObject).post(policies),
				detail("INVALID_VALUE", "fido2", "fido2 must be an object."));
		String noString = body.replace("\"EMAIL_THEN_SMS\"", "{\"email\":true}");
		assertInvalidData(api().contentType("application/json").body(noString).post(policies),
				detail("INVALID_VALUE", "newDeviceNotification", "newDeviceNotification must be a string."));
	}

	private void enableTotp() {
		String offline = "{\"enabled\":true}";
		api().contentType("application/json")
			.body("{\"name\":\"Default MFA Policy\",\"sms\":" + offline + ",\"voice\":" + offline + ",\"email\":"
					+ offline + ",\"totp\":{\"enabled\":true}}")
			.put("/v1/environments/" + ENV + "/deviceAuthenticationPolicies/" + POLICY)
			.then()
			.statusCode(200);
	}

	private String pending(String userId) {
		Response created = create(userId,
				"{\"type\":\"EMAIL\",\"email\":\"ada@example.com\",\"status\":\"ACTIVATION_REQUIRED\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		return JsonDocument.of(created).getString("id");
	}

	private String active(String userId, String email) {
		Response created = create(userId, "{\"type\":\"EMAIL\",\"email\":\"" + email + "\"}");
		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		return JsonDocument.of(created).getString("id");
	}

	private Response create(String userId, String body) {
		return api().contentType("application/json").body(body).post(user(userId) + "/devices");
	}

	private Response activate(String userId, String deviceId, String otp) {
		return api().contentType(ACTIVATE)
			.body("{\"otp\":\"" + otp + "\"}")
			.post(user(userId) + "/devices/" + deviceId);
	}

	private Response sendActivationCode(String userId, String deviceId) {
		return api().contentType("application/vnd.pingidentity.device.sendActivationCode+json")
			.post(user(userId) + "/devices/" + deviceId);
	}

}
