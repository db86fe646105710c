package dev.mfastub.user;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.UNSUPPORTED_MEDIA_TYPE;
import static dev.mfastub.support.PingOneErrors.allowedPattern;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/environments/{envID}/users/{userID}/password}: Task 2's step 6 sets Ada's
 * password and reads status {@code OK}; the value is kept only as a hash and shown
 * nowhere.
 */
class UserPasswordTest extends ApiTest {

	private static final String SET = "application/vnd.pingidentity.password.set+json";

	private static final String RESET = "application/vnd.pingidentity.password.reset+json";

	private static final String CHECK = "application/vnd.pingidentity.password.check+json";

	private static final String PASSWORD = "2FederateM0re!";

	private static final String NEW_PASSWORD = "3FederateM0re?";

	/**
	 * The documentation environment's "Standard" password policy, its default: its id is
	 * the environment's with every hex digit moved on by one.
	 */
	private static final String POLICY = "bc0cb907-5afc-5a06-b6ea-91be6da90a07";

	private static final String REFUSED = "User password did not satisfy password policy requirements: ";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldSetAPasswordAndShowItsStatus() {
		this.clock.advance(Duration.ofMinutes(2));

		Response response = set(ADA, "{\"value\":\"" + PASSWORD + "\",\"forceChange\":false}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s/password"},"environment":{"href":"%2$s"},"user":{"href":"%1$s"}},
				 "environment":{"id":"%3$s"},"user":{"id":"%4$s"},"passwordPolicy":{"id":"%5$s"},"status":"OK",
				 "lastChangedAt":"2025-11-20T10:02:00.000Z"}""".formatted(href(user(ADA)),
				href("/v1/environments/" + ENV), ENV, ADA, POLICY)));
		assertThat(JsonDocument.of(api().get(user(ADA) + "/password")).getString("status")).isEqualTo("OK");
		assertThat(JsonDocument.of(api().get(user(ADA))).getString("updatedAt")).isEqualTo("2025-11-20T10:02:00.000Z");
	}

	@Test
	void shouldAskForAChangeWhenForced() {
		set(ADA, "{\"value\":\"" + PASSWORD + "\",\"forceChange\":true}").then().statusCode(200);

		assertThat(JsonDocument.of(api().get(user(ADA) + "/password")).getString("status"))
			.isEqualTo("MUST_CHANGE_PASSWORD");
	}

	@Test
	void shouldShowNoPasswordUntilOneIsSet() {
		Response response = api().get(user(GRACE) + "/password");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonDocument state = JsonDocument.of(response);
		assertThat(state.getString("status")).isEqualTo("NO_PASSWORD");
		assertThat(state.<Object>get("lastChangedAt")).isNull();
	}

	@Test
	void shouldKeepOnlyAHashAndShowTheValueNowhere() {
		set(ADA, "{\"value\":\"" + PASSWORD + "\"}").then().statusCode(200);

		String stored = this.jdbc.queryForObject("SELECT password_hash FROM users WHERE environment_id = ? AND id = ?",
				String.class, UUID.fromString(ENV), UUID.fromString(ADA));
		assertThat(stored).startsWith("{bcrypt}").doesNotContain(PASSWORD);
		String journal = anonymous().get("/__stub/environments/" + ENV + "/events").asString();
		assertThat(journal).contains("USER_PASSWORD_SET")
			.contains("\"before\":{\"status\":\"NO_PASSWORD\"},\"after\":{\"status\":\"OK\"}")
			.doesNotContain(PASSWORD);
		assertThat(api().get(user(ADA)).asString()).doesNotContain(PASSWORD).doesNotContain("bcrypt");
	}

	@Test
	void shouldRefuseAPasswordTheDefaultPolicyDoesNotAllow() {
		// Eight characters: long enough for PingOne's "Standard" policy.
		set(ADA, "{\"value\":\"short1!A\"}").then().statusCode(200);
		Map<String, String> refusals = new LinkedHashMap<>();
		refusals.put("alllowercase1!",
				"no character more than 2 times in a row, at least 1 of ABCDEFGHIJKLMNOPQRSTUVWXYZ.");
		refusals.put("ALLUPPERCASE1!", "at least 1 of abcdefghijklmnopqrstuvwxyz.");
		refusals.put("NoDigitsHere!", "at least 1 of 0123456789.");
		refusals.put("NoSpecials123", "at least 1 of ~!@#$%^&*()-_=+[]{}|;:,.<>/?.");
		refusals.put("Aa1!Aa1!Aa1!", "at least 5 different characters.");
		refusals.put("Sh0rt!", "at least 8 characters.");
		refusals.put("weak", "at least 5 different characters, at least 8 characters, at least 1 of "
				+ "ABCDEFGHIJKLMNOPQRSTUVWXYZ, at least 1 of 0123456789, at least 1 of ~!@#$%^&*()-_=+[]{}|;:,.<>/?.");
		refusals.forEach((weak, unmet) -> assertInvalidData(set(GRACE, "{\"value\":\"" + weak + "\"}"),
				detail("INVALID_VALUE", "value", REFUSED + unmet)));
		assertInvalidData(set(GRACE, "{\"value\":\"Tab\\tInside1!\"}"),
				detail("INVALID_VALUE", "value", "A password cannot hold control characters."));
		assertInvalidData(set(GRACE, "{\"forceChange\":true}"),
				detail("REQUIRED_VALUE", "value", "value is required."));
		assertThat(JsonDocument.of(api().get(user(GRACE) + "/password")).getString("status")).isEqualTo("NO_PASSWORD");
	}

	@Test
	void shouldRefuseAnotherMediaTypeAndTheReadOnlyApp() {
		assertError(api().contentType("application/json")
			.body("{\"value\":\"" + PASSWORD + "\"}")
			.put(user(ADA) + "/password"), 415, "INVALID_REQUEST", UNSUPPORTED_MEDIA_TYPE);
		assertError(
				anonymous().auth()
					.oauth2(readOnlyToken())
					.contentType(SET)
					.body("{\"value\":\"" + PASSWORD + "\"}")
					.put(user(ADA) + "/password"),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));
		assertThat(JsonDocument.of(api().get(user(ADA) + "/password")).getString("status")).isEqualTo("NO_PASSWORD");
		assertNotFound(set(UNKNOWN, "{\"value\":\"" + PASSWORD + "\"}"));
	}

	@Test
	void shouldLetTheUserChangeItWithTheCurrentOne() {
		set(ADA, "{\"value\":\"" + PASSWORD + "\",\"forceChange\":true}").then().statusCode(200);
		this.clock.advance(Duration.ofMinutes(5));

		Response response = reset(ADA,
				"{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonDocument state = JsonDocument.of(response);
		assertThat(state.getString("status")).isEqualTo("OK");
		assertThat(state.getString("lastChangedAt")).isEqualTo("2025-11-20T10:05:00.000Z");
		check(ADA, NEW_PASSWORD).then().statusCode(200);
		assertInvalidData(check(ADA, PASSWORD),
				detail("INVALID_VALUE", "password", "The password does not match the user's password."));
		String journal = anonymous().get("/__stub/environments/" + ENV + "/events").asString();
		assertThat(journal).contains("\"type\":\"USER_PASSWORD_UPDATED\",\"userId\":\"" + ADA + "\"")
			.contains("\"before\":{\"status\":\"MUST_CHANGE_PASSWORD\"},\"after\":{\"status\":\"OK\"}")
			.doesNotContain(PASSWORD)
			.doesNotContain(NEW_PASSWORD);
	}

	@Test
	void shouldRefuseAWrongCurrentPasswordAndAWeakNewOne() {
		set(ADA, "{\"value\":\"" + PASSWORD + "\"}").then().statusCode(200);

		assertInvalidData(reset(ADA, "{\"currentPassword\":\"Wrong1!wrong\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"),
				detail("INVALID_VALUE", "currentPassword", "The password does not match the user's password."));
		assertInvalidData(reset(ADA, "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"weak\"}"),
				detail("INVALID_VALUE", "newPassword", REFUSED
						+ "at least 5 different characters, at least 8 characters, at least 1 of "
						+ "ABCDEFGHIJKLMNOPQRSTUVWXYZ, at least 1 of 0123456789, at least 1 of ~!@#$%^&*()-_=+[]{}|;:,.<>/?."));
		assertInvalidData(
				reset(GRACE, "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"),
				detail("INVALID_VALUE", "currentPassword", "The user has no password."));
		assertInvalidData(reset(ADA, "{\"currentPassword\":\"" + PASSWORD + "\"}"),
				detail("REQUIRED_VALUE", "newPassword", "newPassword is required."));
		check(ADA, PASSWORD).then().statusCode(200);
		assertThat(JsonDocument.of(api().get(user(GRACE) + "/password")).getString("status")).isEqualTo("NO_PASSWORD");
	}

	@Test
	void shouldLetAnAdministratorSetOneTheUserMustChange() {
		Response response = reset(GRACE, "{\"newPassword\":\"simple\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(response).getString("status")).isEqualTo("MUST_CHANGE_PASSWORD");
		Response checked = check(GRACE, "simple");
		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.asString()).isEqualTo(api().get(user(GRACE) + "/password").asString());
		assertInvalidData(reset(GRACE, "{\"newPassword\":\"{SSHA512}abc\"}"), detail("INVALID_VALUE", "newPassword",
				"The stub does not accept pre-encoded passwords; send the value in cleartext."));
	}

	@Test
	void shouldCheckOnlyAPasswordTheUserHas() {
		assertInvalidData(check(GRACE, PASSWORD), detail("INVALID_VALUE", "password", "The user has no password."));
		assertInvalidData(api().contentType(CHECK).body("{}").post(user(ADA) + "/password"),
				detail("REQUIRED_VALUE", "password", "password is required."));
		assertError(api().contentType("application/json")
			.body("{\"password\":\"" + PASSWORD + "\"}")
			.post(user(ADA) + "/password"), 415, "INVALID_REQUEST", UNSUPPORTED_MEDIA_TYPE);
		assertError(
				anonymous().auth()
					.oauth2(readOnlyToken())
					.contentType(CHECK)
					.body("{\"password\":\"" + PASSWORD + "\"}")
					.post(user(ADA) + "/password"),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));
		assertNotFound(check(UNKNOWN, PASSWORD));
	}

	@Test
	void shouldRecoverAForgottenPasswordWithTheCodeFromTheOutbox() {
		set(ADA, "{\"value\":\"" + PASSWORD + "\"}").then().statusCode(200);
		this.clock.advance(Duration.ofMinutes(1));

		sendRecoveryCode(ADA).then().statusCode(204);

		JsonDocument outbox = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"));
		assertThat(outbox.getList("notifications")).hasSize(1);
		assertThat(outbox.getString("notifications[0].channel")).isEqualTo("EMAIL");
		assertThat(outbox.getString("notifications[0].to")).isEqualTo("ada.lovelace@example.com");
		assertThat(outbox.getString("notifications[0].purpose")).isEqualTo("RECOVERY");
		assertThat(outbox.<Object>get("notifications[0].deviceId")).isNull();
		String code = outbox.getString("notifications[0].otp");
		assertThat(code).matches("[A-Z0-9]{8}");

		Response recovered = recover(ADA, code.toLowerCase(java.util.Locale.ROOT), NEW_PASSWORD);

		assertThat(recovered.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(recovered).getString("status")).isEqualTo("OK");
		check(ADA, NEW_PASSWORD).then().statusCode(200);
		assertInvalidData(recover(ADA, code, PASSWORD), detail("INVALID_VALUE", "recoveryCode",
				"No recovery code is waiting, or it has expired: send a new one."));
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/events").asString()).doesNotContain(code)
			.doesNotContain(NEW_PASSWORD);
	}

	@Test
	void shouldLockThePasswordOutAfterFiveWrongRecoveryCodes() {
		set(ADA, "{\"value\":\"" + PASSWORD + "\"}").then().statusCode(200);
		sendRecoveryCode(ADA).then().statusCode(204);
		this.clock.advance(Duration.ofMinutes(5));
		assertInvalidData(recover(ADA, lastCode(), NEW_PASSWORD), detail("INVALID_VALUE", "recoveryCode",
				"No recovery code is waiting, or it has expired: send a new one."));

		sendRecoveryCode(ADA).then().statusCode(204);
		String wrong = lastCode().startsWith("A") ? "BBBBBBBB" : "AAAAAAAA";
		for (int i = 0; i < 4; i++) {
			assertInvalidData(recover(ADA, wrong, NEW_PASSWORD),
					detail("INVALID_VALUE", "recoveryCode", "The recovery code is not valid."));
		}
		assertInvalidData(recover(ADA, wrong, NEW_PASSWORD),
				detail("INVALID_VALUE", "recoveryCode", "Maximum password recovery failures exceeded."));

		assertThat(JsonDocument.of(api().get(user(ADA) + "/password")).getString("status"))
			.isEqualTo("PASSWORD_LOCKED_OUT");
		assertInvalidData(check(ADA, PASSWORD), detail("INVALID_VALUE", "password",
				"The password is locked out: an administrator must set a new one."));
		assertInvalidData(sendRecoveryCode(ADA),
				detail("INVALID_VALUE", "status", "The password is PASSWORD_LOCKED_OUT: it cannot be recovered."));
		set(ADA, "{\"value\":\"" + NEW_PASSWORD + "\"}").then().statusCode(200);
		check(ADA, NEW_PASSWORD).then().statusCode(200);
	}

	@Test
	void shouldRecoverOnlyAPasswordThereIs() {
		assertInvalidData(sendRecoveryCode(GRACE),
				detail("INVALID_VALUE", "status", "The password is NO_PASSWORD: it cannot be recovered."));
		assertInvalidData(recover(GRACE, "ABCD1234", NEW_PASSWORD), detail("INVALID_VALUE", "recoveryCode",
				"No recovery code is waiting, or it has expired: send a new one."));
		assertInvalidData(recover(GRACE, "short", NEW_PASSWORD), detail("INVALID_VALUE", "recoveryCode",
				"recoveryCode contains characters that are not allowed.", allowedPattern("^[A-Za-z0-9]{8}$")));
		assertThat(anonymous().get("/__stub/environments/" + ENV + "/notifications").asString())
			.isEqualTo("{\"notifications\":[]}");
	}

	private Response sendRecoveryCode(String userId) {
		return api().contentType("application/vnd.pingidentity.password.sendRecoveryCode+json")
			.post(user(userId) + "/password");
	}

	private Response recover(String userId, String code, String newPassword) {
		return api().contentType("application/vnd.pingidentity.password.recover+json")
			.body("{\"recoveryCode\":\"" + code + "\",\"newPassword\":\"" + newPassword + "\"}")
			.post(user(userId) + "/password");
	}

	private String lastCode() {
		List<String> codes = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/notifications"))
			.getList("notifications.otp");
		return codes.get(codes.size() - 1);
	}

	private Response reset(String userId, String body) {
		return api().contentType(RESET).body(body).put(user(userId) + "/password");
	}

	private Response check(String userId, String password) {
		return api().contentType(CHECK).body("{\"password\":\"" + password + "\"}").post(user(userId) + "/password");
	}

	private Response set(String userId, String body) {
		return api().contentType(SET).body(body).put(user(userId) + "/password");
	}

}
