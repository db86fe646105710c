package dev.mfastub.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.hostile.Routes.JsonEndpoint;

/**
 * Well-formed JSON with a hostile value in a field the stub reads: the wrong type, a
 * number no type holds ({@code 1e400}, 400 digits), a string of 60 000 characters,
 * escaped NUL and control characters, and SQL and JNDI lookalikes where the field has a
 * format they cannot match (an instant, a UUID, a duration, a role, an HTTP method, an
 * email address). Each is a 400 {@code INVALID_DATA} whose detail names the field.
 *
 * <p>
 * Not here, because they are valid: SQL or JNDI text in a username or name (PingOne's
 * text pattern allows any letter, symbol and punctuation), and a fault path glob made of
 * such characters after a {@code /}.
 */
class HostileJsonValuesTest extends HostileRequestTest {

	static final String JNDI = "\"${jndi:ldap://x/a}\"";

	static final String SQL = "\"' OR 1=1--\"";

	static final String SCRIPT = "\"<script>alert(1)</script>\"";

	static final String HUGE_NUMBER = "1e400";

	static final String DIGITS = "9".repeat(400);

	static final String LONG_STRING = "\"" + "a".repeat(60_000) + "\"";

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldRefuseHostileValueInAField(HostileCase hostile) {
		assertRefused(hostile);
	}

	static Stream<HostileCase> cases() {
		List<HostileCase> cases = new ArrayList<>();

		Values mfa = new Values(cases, Routes.PUT_MFA_ENABLED, "{\"mfaEnabled\":%s}");
		mfa.refuse("mfaEnabled", HUGE_NUMBER, "-" + HUGE_NUMBER, DIGITS, JNDI, SQL, SCRIPT, "\"\\u0000\"",
				"\"true\\u0000\"", LONG_STRING);

		String instant = "2030-06-01T00:00:00.000Z";
		Values bypass = new Values(cases, Routes.PUT_BYPASS_MFA, "{\"bypassMFAEnabledUntil\":%s}");
		bypass.refuse("bypassMFAEnabledUntil", HUGE_NUMBER, DIGITS, JNDI, SQL, SCRIPT, "\"" + instant + "\\u0000\"",
				"\"\\u0000" + instant + "\"", "\"" + instant + "\\n\"", "\"" + instant + "' OR 1=1--\"", LONG_STRING,
				"\"" + DIGITS + "-06-01T00:00:00.000Z\"");

		Values create = new Values(cases, Routes.CREATE_USER, "{\"username\":%s}");
		create.refuse("username", "\"\\u0000\"", "\"ada\\u0000lovelace\"", "\"bell\\u0007\"", "\"\\u001b[31mred\"",
				"\"line\\u2028separator\"", "\"tab\\there\"", "\"\"", LONG_STRING, HUGE_NUMBER, DIGITS, "[\"ada\"]",
				"{\"$ne\":null}");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"email\":%s}");
		create.refuse("email", JNDI, SQL, SCRIPT, "\"a@b\\u0000.example.com\"", HUGE_NUMBER, DIGITS,
				"\"" + "a".repeat(300) + "@example.com\"");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"population\":%s}");
		create.refuse("population.id", "{\"id\":" + SQL + "}", "{\"id\":" + JNDI + "}", "{\"id\":" + DIGITS + "}",
				"{\"id\":" + HUGE_NUMBER + "}", "{\"id\":\"../../etc/passwd\"}");
		create.refuse("population", SQL, "[]");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"name\":%s}");
		create.refuse("name", SQL, HUGE_NUMBER);
		create.refuse("name.given", "{\"given\":\"\\u0000\"}", "{\"given\":" + DIGITS + "}");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"mfaEnabled\":%s}");
		create.refuse("mfaEnabled", "\"true\"", HUGE_NUMBER, JNDI);

		Values enabled = new Values(cases, Routes.PUT_ENABLED, "{\"enabled\":%s}");
		enabled.refuse("enabled", "\"false\"", "0", "null", HUGE_NUMBER, JNDI, "[]", "{}");

		Values move = new Values(cases, Routes.PUT_USER_POPULATION, "{\"id\":%s}");
		move.refuse("id", "\"not-a-uuid\"", "\"00000000-0000-4000-8000-000000000000\"", SQL, JNDI, HUGE_NUMBER, "null",
				"[]", "{}");

		Values population = new Values(cases, Routes.CREATE_POPULATION, "{\"name\":%s}");
		population.refuse("name", "\"\"", "\" \"", "\"\\u0000\"", "\"tab\\there\"", "\"line\\u2028separator\"",
				LONG_STRING, HUGE_NUMBER, DIGITS, "[\"x\"]", "{\"$ne\":null}", "null");
		population = new Values(cases, Routes.CREATE_POPULATION, "{\"name\":\"Hostile\",\"description\":%s}");
		population.refuse("description", "\"a\\u0000b\"", LONG_STRING, DIGITS, "{}");
		population = new Values(cases, Routes.CREATE_POPULATION, "{\"name\":\"Hostile\",\"default\":%s}");
		population.refuse("default", "\"true\"", HUGE_NUMBER, JNDI, "[]");
		population = new Values(cases, Routes.REPLACE_POPULATION, "{\"name\":%s}");
		population.refuse("name", "\"\\u0000\"", LONG_STRING, "\"\"");
		population = new Values(cases, Routes.REPLACE_POPULATION, "{\"name\":\"Default\",\"default\":%s}");
		population.refuse("default", "false", "0");

		Values group = new Values(cases, Routes.CREATE_GROUP, "{\"name\":%s}");
		group.refuse("name", "\"\"", "\" \"", "\"\\u0000\"", "\"tab\\there\"", "\"line\\u2028separator\"", LONG_STRING,
				HUGE_NUMBER, DIGITS, "[\"x\"]", "{\"$ne\":null}", "null");
		group = new Values(cases, Routes.CREATE_GROUP, "{\"name\":\"Hostile\",\"description\":%s}");
		group.refuse("description", "\"a\\u0000b\"", LONG_STRING, DIGITS, "{}");
		group = new Values(cases, Routes.CREATE_GROUP, "{\"name\":\"Hostile\",\"externalId\":%s}");
		group.refuse("externalId", "\"a\\u0000b\"", LONG_STRING, "[]", "{}");
		group = new Values(cases, Routes.CREATE_GROUP, "{\"name\":\"Hostile\",\"userFilter\":%s}");
		group.refuse("userFilter", "\"' OR 1=1--\"", "\"title eq \\\"a\\u0000\\\"\"", "\"password eq \\\"x\\\"\"",
				"\"memberOfGroups[id eq \\\"" + Target.GROUP + "\\\"]\"", "\"" + "(".repeat(40) + "\"", LONG_STRING,
				"[]", "{}", "1");
		group = new Values(cases, Routes.CREATE_GROUP, "{\"name\":\"Hostile\",\"population\":%s}");
		group.refuse("population.id", "{\"id\":" + SQL + "}", "{\"id\":\"00000000-0000-4000-8000-000000000000\"}",
				"{\"id\":" + DIGITS + "}");
		group.refuse("population", SQL, "[]");
		group = new Values(cases, Routes.CREATE_GROUP, "{\"name\":\"Hostile\",\"customData\":%s}");
		group.refuse("customData", SQL, "[]", "1", "true", "{\"a\":\"" + "b".repeat(20_000) + "\"}");
		Values join = new Values(cases, Routes.JOIN_GROUP, "{\"id\":%s}");
		join.refuse("id", "\"not-a-uuid\"", "\"" + Target.GROUP + "\"", SQL, JNDI, HUGE_NUMBER, "null", "[]", "{}");
		Values nest = new Values(cases, Routes.NEST_GROUP, "{\"id\":%s}");
		// The path's group names none: only what is refused before the path is read.
		nest.refuse("id", "\"not-a-uuid\"", SQL, JNDI, HUGE_NUMBER, "null", "[]");

		Values password = new Values(cases, Routes.SET_PASSWORD, "{\"value\":%s}");
		password.refuse("value", "null", "\"\"", "\"weak\"", "\"N0\\u0000Special!\"", "\"Tab\\tInside1!\"", LONG_STRING,
				HUGE_NUMBER, DIGITS, "[\"2FederateM0re!\"]", "{\"$ne\":null}", "true");
		password = new Values(cases, Routes.SET_PASSWORD, "{\"value\":\"2FederateM0re!\",\"forceChange\":%s}");
		password.refuse("forceChange", "\"true\"", "1", JNDI, "[]");
		Values device = new Values(cases, Routes.CREATE_DEVICE, "{\"type\":%s}");
		device.refuse("type", "\"FIDO2\"", "\"email\"", "\"EMAIL\\u0000\"", "null", HUGE_NUMBER, "[]", "{}", JNDI);
		device = new Values(cases, Routes.CREATE_DEVICE, "{\"type\":\"EMAIL\",\"email\":%s}");
		device.refuse("email", "\"not-an-email\"", "\"\"", "\"a@b\\u0000.example.com\"", HUGE_NUMBER, LONG_STRING,
				"null");
		device = new Values(cases, Routes.CREATE_DEVICE, "{\"type\":\"SMS\",\"phone\":%s}");
		device.refuse("phone", "\"12\"", "\"+1 555 CALL NOW\"", "\"+1\\u0000555123\"", "\"+1.5125551234;ext\"", DIGITS,
				"\"\"", "\"++15125551234\"", "null");
		device = new Values(cases, Routes.CREATE_DEVICE,
				"{\"type\":\"EMAIL\",\"email\":\"a@example.com\",\"status\":%s}");
		device.refuse("status", "\"PAUSED\"", "\"active\"", "true", "[]");
		device = new Values(cases, Routes.CREATE_DEVICE,
				"{\"type\":\"EMAIL\",\"email\":\"a@example.com\",\"nickname\":%s}");
		device.refuse("nickname", "\"\"", "\"\\ud800\"", "\"a\\u0007\"", "\"" + "n".repeat(101) + "\"", HUGE_NUMBER);
		device = new Values(cases, Routes.CREATE_DEVICE,
				"{\"type\":\"VOICE\",\"phone\":\"+15125551234\",\"extension\":%s}");
		device.refuse("extension", "\"\"", "\"12a\"", "\"12345678901\"", "\"\uff11\"", "\"1\\u0000\"", "1234", "[]",
				LONG_STRING);
		device = new Values(cases, Routes.CREATE_DEVICE,
				"{\"type\":\"EMAIL\",\"email\":\"a@example.com\",\"testMode\":%s}");
		device.refuse("testMode", "\"true\"", "1", "{}", "[]");
		device = new Values(cases, Routes.CREATE_DEVICE, "{\"type\":\"TOTP\",\"testMode\":%s}");
		device.refuse("testMode", "true");
		device = new Values(cases, Routes.CREATE_DEVICE,
				"{\"type\":\"EMAIL\",\"email\":\"a@example.com\",\"policy\":%s}");
		device.refuse("policy.id", "{\"id\":\"not-a-uuid\"}", "{\"id\":null}", "{\"id\":\"" + Target.POLICY + "\"}");
		Values otp = new Values(cases, Routes.ACTIVATE_DEVICE, "{\"otp\":%s}");
		otp.refuse("otp", "\"12345\"", "\"12345a\"", "\"\uff11\uff12\uff13\uff14\uff15\uff16\"", "123456", "null",
				"\"12345678901\"", "\" 123456\"", "\"123456\\u0000\"", "[\"123456\"]");
		Values nickname = new Values(cases, Routes.RENAME_DEVICE, "{\"nickname\":%s}");
		nickname.refuse("nickname", "\"\"", "null", "\"\\ud800\"", "\"\\u202egnp.exe\\u0000\"", LONG_STRING,
				HUGE_NUMBER, "[]");
		Values order = new Values(cases, Routes.REORDER_DEVICES, "{\"order\":%s}");
		order.refuse("order", "[]", "{}", "\"first\"", "null");
		order.refuse("order[0].id", "[{\"id\":\"not-a-uuid\"}]", "[{}]", "[{\"id\":\"" + Target.DEVICE + "\"}]");
		Values settings = new Values(cases, Routes.PUT_MFA_SETTINGS, "{\"pairing\":%s}");
		settings.refuse("pairing", "null", "[]", "\"NUMERIC\"");
		settings.refuse("pairing.maxAllowedDevices", "{\"maxAllowedDevices\":0,\"pairingKeyFormat\":\"NUMERIC\"}",
				"{\"maxAllowedDevices\":16,\"pairingKeyFormat\":\"NUMERIC\"}",
				"{\"maxAllowedDevices\":\"5\",\"pairingKeyFormat\":\"NUMERIC\"}",
				"{\"maxAllowedDevices\":" + HUGE_NUMBER + ",\"pairingKeyFormat\":\"NUMERIC\"}");
		settings.refuse("pairing.pairingKeyFormat", "{\"maxAllowedDevices\":5,\"pairingKeyFormat\":\"HEX\"}",
				"{\"maxAllowedDevices\":5}");
		String methods = ",\"sms\":{\"enabled\":true},\"voice\":{\"enabled\":true},\"email\":{\"enabled\":true},"
				+ "\"totp\":{\"enabled\":false}}";
		Values policy = new Values(cases, Routes.PUT_DEVICE_POLICY, "{\"name\":%s" + methods);
		policy.refuse("name", "\"\"", "null", "\"a\\u0000b\"", LONG_STRING, HUGE_NUMBER);
		policy = new Values(cases, Routes.CREATE_DEVICE_POLICY, "{\"name\":%s" + methods);
		policy.refuse("name", "\"\"", "null", "\"a\\u0000b\"", LONG_STRING, HUGE_NUMBER, "[]");
		policy = new Values(cases, Routes.CREATE_DEVICE_POLICY, "{\"name\":\"Hostile\",\"default\":%s" + methods);
		policy.refuse("default", "\"true\"", "1", "[]");
		// Kept as sent, so held only to their JSON type (and the notification to a size).
		for (String kept : List.of("mobile", "fido2")) {
			policy = new Values(cases, Routes.CREATE_DEVICE_POLICY,
					"{\"name\":\"Hostile\",\"" + kept + "\":%s" + methods);
			policy.refuse(kept, "true", "[]", "\"on\"", HUGE_NUMBER, "[{}]");
		}
		policy = new Values(cases, Routes.PUT_DEVICE_POLICY,
				"{\"name\":\"Hostile\",\"newDeviceNotification\":%s" + methods);
		policy.refuse("newDeviceNotification", "{}", "[]", "true", HUGE_NUMBER, LONG_STRING, "\"PUSH\"",
				"\"email_then_sms\"");
		policy = new Values(cases, Routes.PUT_DEVICE_POLICY,
				"{\"name\":\"Hostile\",\"voice\":{\"enabled\":true},\"email\":{\"enabled\":true},"
						+ "\"totp\":{\"enabled\":false},\"sms\":%s}");
		policy.refuse("sms", "null", "[]", "true");
		policy.refuse("sms.enabled", "{}", "{\"enabled\":\"yes\"}");
		policy.refuse("sms.otp.otpLength", "{\"enabled\":true,\"otp\":{\"otpLength\":5}}",
				"{\"enabled\":true,\"otp\":{\"otpLength\":11}}");
		policy.refuse("sms.otp.lifeTime.timeUnit",
				"{\"enabled\":true,\"otp\":{\"lifeTime\":{\"duration\":5,\"timeUnit\":\"HOURS\"}}}");
		policy.refuse("sms.otp.failure.count", "{\"enabled\":true,\"otp\":{\"failure\":{\"count\":0}}}",
				"{\"enabled\":true,\"otp\":{\"failure\":{\"count\":8}}}");
		String required = ",\"excludesProfileData\":false,\"notSimilarToCurrent\":false,\"excludesCommonlyUsed\":false";
		Values passwordPolicy = new Values(cases, Routes.CREATE_PASSWORD_POLICY, "{\"name\":%s" + required + "}");
		passwordPolicy.refuse("name", "\"\"", "null", "\"a\\u0000b\"", LONG_STRING, HUGE_NUMBER, "[]");
		passwordPolicy = new Values(cases, Routes.PUT_PASSWORD_POLICY,
				"{\"name\":\"Hostile\",\"notSimilarToCurrent\":false,\"excludesCommonlyUsed\":false,"
						+ "\"excludesProfileData\":%s}");
		passwordPolicy.refuse("excludesProfileData", "\"true\"", "1", "null", "[]");
		passwordPolicy = new Values(cases, Routes.CREATE_PASSWORD_POLICY,
				"{\"name\":\"Hostile\"" + required + ",\"default\":%s}");
		passwordPolicy.refuse("default", "\"true\"", "1", "[]");
		passwordPolicy = new Values(cases, Routes.CREATE_PASSWORD_POLICY,
				"{\"name\":\"Hostile\"" + required + ",\"length\":%s}");
		passwordPolicy.refuse("length.min", "{\"min\":7}", "{\"min\":33}", "{\"min\":" + HUGE_NUMBER + "}",
				"{\"min\":\"8\"}");
		passwordPolicy.refuse("length.max", "{\"max\":256}", "{\"min\":12,\"max\":10}");
		passwordPolicy = new Values(cases, Routes.CREATE_PASSWORD_POLICY,
				"{\"name\":\"Hostile\"" + required + ",\"minCharacters\":%s}");
		passwordPolicy.refuse("minCharacters", "{\"abc\":1}", "{\"0123456789\":0}", "{\"0123456789\":null}",
				"{\"0123456789\":256}");
		passwordPolicy = new Values(cases, Routes.PUT_PASSWORD_POLICY,
				"{\"name\":\"Hostile\"" + required + ",\"maxAgeDays\":%s}");
		passwordPolicy.refuse("maxAgeDays", "21", "0", "-1", HUGE_NUMBER);
		passwordPolicy = new Values(cases, Routes.CREATE_PASSWORD_POLICY,
				"{\"name\":\"Hostile\"" + required + ",\"history\":%s}");
		passwordPolicy.refuse("history.count", "{\"count\":0}", "{\"count\":101}");
		Values flow = new Values(cases, Routes.START_DEVICE_AUTHENTICATION, "{\"user\":%s}");
		flow.refuse("user", "null", "[]", "\"" + Target.DEVICE + "\"");
		flow.refuse("user.id", "{\"id\":\"not-a-uuid\"}", "{\"id\":null}", "{}", "{\"id\":" + HUGE_NUMBER + "}");
		String someone = "{\"user\":{\"id\":\"" + Target.DEVICE + "\"},";
		flow = new Values(cases, Routes.START_DEVICE_AUTHENTICATION, someone + "\"policy\":%s}");
		flow.refuse("policy.id", "{\"id\":\"not-a-uuid\"}", "{\"id\":null}");
		flow = new Values(cases, Routes.START_DEVICE_AUTHENTICATION, someone + "\"selectedDevice\":{\"oneTime\":%s}}");
		flow.refuse("selectedDevice.oneTime.type", "{\"type\":\"FIDO2\"}", "{\"type\":null}", "{}",
				"{\"type\":\"SMS\\u0000\"}");
		flow.refuse("selectedDevice.oneTime.email", "{\"type\":\"EMAIL\",\"email\":\"not-an-email\"}",
				"{\"type\":\"EMAIL\",\"email\":\"a@b\\u0000.example.com\"}");
		flow.refuse("selectedDevice.oneTime.phone", "{\"type\":\"SMS\",\"phone\":\"12\"}",
				"{\"type\":\"VOICE\",\"phone\":\"+1 555 CALL NOW\"}");
		flow = new Values(cases, Routes.START_DEVICE_AUTHENTICATION, someone + "\"selectedDevice\":{\"id\":%s}}");
		flow.refuse("selectedDevice.id", "\"not-a-uuid\"", "[]", HUGE_NUMBER);
		Values select = new Values(cases, Routes.SELECT_DEVICE, "{\"device\":%s}");
		select.refuse("device", "null", "[]");
		select.refuse("device.id", "{\"id\":\"not-a-uuid\"}", "{}", "{\"id\":" + JNDI + "}");
		select = new Values(cases, Routes.SELECT_DEVICE,
				"{\"device\":{\"id\":\"" + Target.DEVICE + "\"},\"compatibility\":%s}");
		select.refuse("compatibility", "\"MAXIMUM\"", "1");
		Values check = new Values(cases, Routes.CHECK_OTP, "{\"otp\":%s}");
		check.refuse("otp", "\"12345\"", "\"12345a\"", "\"\uff11\uff12\uff13\uff14\uff15\uff16\"", "123456", "null",
				"\"12345678901\"", "\" 123456\"", "\"123456\\u0000\"", "[\"123456\"]", "{\"$ne\":null}");
		Values signOn = new Values(cases, Routes.FLOW_PASSWORD_CHECK,
				"{\"password\":\"2FederateM0re!\",\"username\":%s}");
		signOn.refuse("username", "null", "\"\"", LONG_STRING, "[]", "{\"$ne\":null}");
		signOn = new Values(cases, Routes.FLOW_PASSWORD_CHECK, "{\"username\":\"ada\",\"password\":%s}");
		signOn.refuse("password", "null", "\"\"", LONG_STRING, "[]", "{\"$ne\":null}");
		signOn = new Values(cases, Routes.FLOW_SELECT_DEVICE, "{\"device\":%s}");
		signOn.refuse("device", "null", "[]");
		signOn.refuse("device.id", "{\"id\":\"not-a-uuid\"}", "{}", "{\"id\":" + JNDI + "}");
		signOn = new Values(cases, Routes.FLOW_CHECK_OTP, "{\"otp\":%s}");
		signOn.refuse("otp", "\"12345\"", "\"12345a\"", "123456", "null", "\" 123456\"", "[\"123456\"]",
				"{\"$ne\":null}");
		Values cancel = new Values(cases, Routes.CANCEL_DEVICE_AUTHENTICATION, "{\"reason\":%s}");
		cancel.refuse("reason", "\"LATER\"", "null", "1", "\"CHANGE_DEVICE\\u0000\"");
		password = new Values(cases, Routes.RESET_PASSWORD, "{\"newPassword\":%s}");
		password.refuse("newPassword", "null", "\"\"", "\"N0\\u0000Special!\"", "\"{SSHA512}abc\"", LONG_STRING,
				HUGE_NUMBER, "[\"2FederateM0re!\"]", "{\"$ne\":null}", "true");
		password = new Values(cases, Routes.RESET_PASSWORD,
				"{\"newPassword\":\"2FederateM0re!\",\"currentPassword\":%s}");
		password.refuse("currentPassword", "\"2FederateM0re!\"", "\"\"", LONG_STRING, HUGE_NUMBER, "[]", "{}", "true");
		password = new Values(cases, Routes.RECOVER_PASSWORD,
				"{\"newPassword\":\"2FederateM0re!\",\"recoveryCode\":%s}");
		password.refuse("recoveryCode", "null", "\"\"", "\"ABC\"", "\"ABCD12345\"", "\"ABCD-123\"",
				"\"ABCD123\\u0000\"", "12345678", "[]", "\"ABCD1234\"");
		password = new Values(cases, Routes.RECOVER_PASSWORD, "{\"recoveryCode\":\"ABCD1234\",\"newPassword\":%s}");
		password.refuse("newPassword", "null", LONG_STRING, HUGE_NUMBER, "[]");
		password = new Values(cases, Routes.CHECK_PASSWORD, "{\"password\":%s}");
		password.refuse("password", "null", "\"2FederateM0re!\"", "\"\"", LONG_STRING, HUGE_NUMBER, DIGITS, "[]",
				"{\"$ne\":null}", "true");

		String worker = "\"type\":\"WORKER\",\"protocol\":\"OPENID_CONNECT\",\"tokenEndpointAuthMethod\":\"CLIENT_SECRET_BASIC\"";
		Values application = new Values(cases, Routes.CREATE_APPLICATION, "{" + worker + ",\"name\":%s}");
		application.refuse("name", "\"\"", "\"\\u0000\"", "\"a\\u001bb\"", LONG_STRING, HUGE_NUMBER, "[\"x\"]", "null");
		application = new Values(cases, Routes.CREATE_APPLICATION,
				"{\"name\":\"Hostile\",\"protocol\":\"OPENID_CONNECT\","
						+ "\"tokenEndpointAuthMethod\":\"CLIENT_SECRET_BASIC\",\"type\":%s}");
		application.refuse("type", "\"CUSTOM_APP\"", "\"worker\"", "\"WORKER\\u0000\"", JNDI, SQL, HUGE_NUMBER, "null");
		application = new Values(cases, Routes.CREATE_APPLICATION,
				"{" + worker + ",\"name\":\"Hostile\",\"grantTypes\":%s}");
		application.refuse("grantTypes", "[]", "[\"IMPLICIT\"]", "\"CLIENT_CREDENTIALS\"", "{}");
		application.refuse("grantTypes[0]", "[null]");
		application = new Values(cases, Routes.CREATE_APPLICATION,
				"{" + worker + ",\"name\":\"Hostile\",\"enabled\":%s}");
		application.refuse("enabled", "\"true\"", "1", "[]");

		// Every attribute of PingOne's user resource: wrong types, sizes, patterns and
		// Unicode edge cases (NUL, a lone surrogate, bidirectional overrides, control
		// characters, combining marks past the size).
		String lone = "\"\\ud800\"";
		String rtl = "\"\\u202egnp.exe\\u0000\"";
		String marks = "\"e" + "\\u0301".repeat(300) + "\"";
		for (String text : List.of("nickname", "title", "type", "locale", "externalId", "accountId")) {
			create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"" + text + "\":%s}");
			create.refuse(text, "\"\"", lone, rtl, "\"a\\u0007\"", HUGE_NUMBER, "true", "[]", "{}", LONG_STRING);
		}
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"nickname\":%s}");
		create.refuse("nickname", marks);
		for (String phone : List.of("mobilePhone", "primaryPhone")) {
			create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"" + phone + "\":%s}");
			create.refuse(phone, "\"no digits\"", "\"+1 " + "5".repeat(40) + "\"", "\"+1\\u0000\"", DIGITS);
		}
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"timezone\":%s}");
		create.refuse("timezone", "\"../../etc/passwd\"", "\"UTC\"", SQL, JNDI, "\"Europe/Paris\\u0000\"");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"preferredLanguage\":%s}");
		create.refuse("preferredLanguage", "\"en;q=9\"", SQL, SCRIPT, "\"en,,fr\"");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"photo\":%s}");
		create.refuse("photo.href", "{\"href\":\"javascript:alert(1)\"}", "{\"href\":\"file:///etc/passwd\"}",
				"{\"href\":" + JNDI + "}", "{}", "{\"href\":\"https://x/\\u0000\"}");
		create.refuse("photo", "\"https://example.com/a.png\"", "[]");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"address\":%s}");
		create.refuse("address.countryCode", "{\"countryCode\":\"USA\"}", "{\"countryCode\":\"u\\u0000\"}");
		create.refuse("address.streetAddress", "{\"streetAddress\":\"a\\tb\"}", "{\"streetAddress\":" + lone + "}",
				"{\"streetAddress\":\"" + "a".repeat(257) + "\"}");
		create.refuse("address.postalCode", "{\"postalCode\":" + HUGE_NUMBER + "}");
		create.refuse("address", SQL, "[]");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"name\":%s}");
		create.refuse("name.formatted", "{\"formatted\":\"Joe <b>\"}", "{\"formatted\":" + rtl + "}");
		create.refuse("name.honorificSuffix", "{\"honorificSuffix\":\"\"}", "{\"honorificSuffix\":" + lone + "}");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"identityProvider\":%s}");
		create.refuse("identityProvider.id", "{\"id\":\"00000000-0000-4000-8000-000000000009\"}");
		create.refuse("identityProvider.id", "{\"id\":" + SQL + "}");
		create = new Values(cases, Routes.CREATE_USER, "{\"username\":\"hostile.user\",\"emailVerified\":%s}");
		create.refuse("emailVerified", "true", "\"false\"", "1");

		Values imported = new Values(cases, Routes.IMPORT_USER, "{\"username\":\"hostile.import\",\"password\":%s}");
		imported.refuse("password.value", "{\"value\":\"{SSHA512}AAAA\"}", "{\"value\":\"short\"}",
				"{\"value\":" + HUGE_NUMBER + "}", "{\"value\":\"" + "Aa1!".repeat(70) + "\"}");
		imported.refuse("password.forceChange", "{\"value\":\"2FederateM0re!\",\"forceChange\":\"yes\"}");
		imported = new Values(cases, Routes.IMPORT_USER, "{\"username\":\"hostile.import\",\"lifecycle\":%s}");
		imported.refuse("lifecycle.status", "{\"status\":\"LOCKED\"}", "{\"status\":" + SQL + "}",
				"{\"status\":\"account_ok\"}");
		imported.refuse("email", "{\"status\":\"VERIFICATION_REQUIRED\"}");

		Values verify = new Values(cases, Routes.PUT_VERIFY_STATUS, "{\"verifyStatus\":%s}");
		verify.refuse("verifyStatus", "\"enabled\"", "null", "true", JNDI, SQL, "\"ENABLED\\u0000\"", LONG_STRING);

		Values replace = new Values(cases, Routes.REPLACE_USER, "{\"username\":%s}");
		replace.refuse("username", "\"\\u0000\"", LONG_STRING, HUGE_NUMBER, DIGITS);
		replace = new Values(cases, Routes.REPLACE_USER, "{\"username\":\"ada.replaced\",\"email\":%s}");
		replace.refuse("email", SCRIPT, JNDI);
		replace = new Values(cases, Routes.REPLACE_USER, "{\"username\":\"ada.replaced\",\"name\":%s}");
		replace.refuse("name.family", "{\"family\":\"" + "a".repeat(300) + "\"}", "{\"family\":\"\\u001b\"}");

		Values patch = new Values(cases, Routes.PATCH_USER, "{\"username\":%s}");
		patch.refuse("username", "null", "\"\\u0000\"", HUGE_NUMBER, LONG_STRING);
		patch = new Values(cases, Routes.PATCH_USER, "{\"email\":%s}");
		patch.refuse("email", DIGITS, JNDI, SQL);
		patch = new Values(cases, Routes.PATCH_USER, "{\"name\":%s}");
		patch.refuse("name", SQL, DIGITS);
		patch.refuse("name.family", "{\"family\":\"a,b\"}", "{\"family\":" + lone + "}");
		patch = new Values(cases, Routes.PATCH_USER, "{\"address\":%s}");
		patch.refuse("address.countryCode", "{\"countryCode\":\"se\"}");
		patch.refuse("address", "[]", "\"x\"");
		patch = new Values(cases, Routes.PATCH_USER, "{\"timezone\":%s}");
		patch.refuse("timezone", "\"Mars/Olympus/Mons\"", HUGE_NUMBER);

		Values sandbox = new Values(cases, Routes.CREATE_SANDBOX, "{\"id\":%s}");
		sandbox.refuse("id", SQL, JNDI, DIGITS, HUGE_NUMBER, "\"../../etc/passwd\"", "\"\\u0000\"");
		sandbox = new Values(cases, Routes.CREATE_SANDBOX, "{\"name\":%s}");
		sandbox.refuse("name", "\"\\u0000\"", "\"" + "a".repeat(300) + "\"", LONG_STRING, DIGITS);
		sandbox = new Values(cases, Routes.CREATE_SANDBOX, "{\"users\":%s}");
		sandbox.refuse("users", "{}", SQL, HUGE_NUMBER);
		sandbox.refuse("users[0].username", "[{\"username\":" + HUGE_NUMBER + "}]", "[{\"username\":\"\\u0000\"}]");
		sandbox.refuse("users[0].id", "[{\"id\":" + SQL + ",\"username\":\"a\"}]");
		sandbox.refuse("users[0].bypassMFAEnabledUntil",
				"[{\"username\":\"a\",\"bypassMFAEnabledUntil\":" + JNDI + "}]");
		sandbox = new Values(cases, Routes.CREATE_SANDBOX, "{\"applications\":[%s]}");
		sandbox.refuse("applications[0].roles", "{\"roles\":\"Identity Admin\"}", "{\"roles\":[]}");
		sandbox.refuse("applications[0].roles[0]", "{\"roles\":[" + JNDI + "]}", "{\"roles\":[" + SQL + "]}",
				"{\"roles\":[\"identity data admin\"]}");
		sandbox.refuse("applications[0].roleAssignments[0].role",
				"{\"roles\":[\"Identity Data Admin\"],\"roleAssignments\":[{\"role\":" + SQL
						+ ",\"scope\":\"ORGANIZATION\"}]}",
				"{\"roles\":[\"Identity Data Admin\"],\"roleAssignments\":[{\"role\":\"Organization Admin\","
						+ "\"scope\":\"ENVIRONMENT\"}]}",
				"{\"roles\":[\"Identity Data Admin\"],\"roleAssignments\":[{\"role\":\"Identity Data Admin\","
						+ "\"scope\":\"POPULATION\"}]}");
		sandbox.refuse("applications[0].roleAssignments[0].scope",
				"{\"roles\":[\"Identity Data Admin\"],\"roleAssignments\":[{\"role\":\"Organization Admin\","
						+ "\"scope\":" + JNDI + "}]}",
				"{\"roles\":[\"Identity Data Admin\"],\"roleAssignments\":[{\"role\":\"Organization Admin\"}]}");
		sandbox.refuse("applications[0].clientSecret",
				"{\"roles\":[\"Identity Admin\"],\"clientSecret\":" + HUGE_NUMBER + "}");
		sandbox.refuse("applications[0].enabled", "{\"roles\":[\"Identity Admin\"],\"enabled\":\"true\"}");

		Values clock = new Values(cases, Routes.SET_CLOCK, "{\"now\":%s}");
		clock.refuse("now", HUGE_NUMBER, DIGITS, JNDI, SQL, "\"2031-01-01T00:00:00.000Z\\u0000\"", LONG_STRING,
				"\"+10000-01-01T00:00:00.000Z\"");
		clock = new Values(cases, Routes.SET_CLOCK, "{\"frozen\":%s}");
		clock.refuse("frozen", "\"true\"", DIGITS, HUGE_NUMBER, JNDI);

		Values advance = new Values(cases, Routes.ADVANCE_CLOCK, "{\"duration\":%s}");
		advance.refuse("duration", HUGE_NUMBER, DIGITS, "\"P" + DIGITS + "D\"", "\"PT" + DIGITS + "S\"",
				"\"PT1H\\u0000\"", JNDI, SQL, "\"-PT1H\"", "[]", LONG_STRING, "null");

		Values faults = new Values(cases, Routes.SET_FAULTS, "[{\"path\":\"/hostile/**\",%s}]");
		faults.refuse("[0].status", "\"status\":" + DIGITS, "\"status\":" + HUGE_NUMBER, "\"status\":\"503\"",
				"\"status\":200", "\"status\":-503");
		faults = new Values(cases, Routes.SET_FAULTS, "[{\"path\":\"/hostile/**\",\"status\":503,%s}]");
		faults.refuse("[0].probability", "\"probability\":" + HUGE_NUMBER, "\"probability\":-" + HUGE_NUMBER,
				"\"probability\":\"0.5\"");
		faults.refuse("[0].method", "\"method\":" + JNDI, "\"method\":" + SQL, "\"method\":\"GET\\u0000\"");
		faults.refuse("[0].latency", "\"latency\":\"PT" + DIGITS + "S\"", "\"latency\":" + HUGE_NUMBER,
				"\"latency\":" + JNDI);
		faults.refuse("[0].times", "\"times\":" + DIGITS, "\"times\":-1", "\"times\":" + HUGE_NUMBER);
		faults.refuse("[0].seed", "\"seed\":" + DIGITS, "\"seed\":" + HUGE_NUMBER);
		faults.refuse("[0].retryAfterSeconds", "\"retryAfterSeconds\":" + DIGITS,
				"\"retryAfterSeconds\":" + HUGE_NUMBER);
		faults = new Values(cases, Routes.SET_FAULTS, "[{\"status\":503,\"path\":%s}]");
		faults.refuse("[0].path", "\"\\u0000\"", JNDI, SQL, HUGE_NUMBER);
		return cases.stream();
	}

	/** Cases of one endpoint: a body template with one value put in. */
	private record Values(List<HostileCase> cases, JsonEndpoint endpoint, String template) {

		void refuse(String target, String... values) {
			for (String value : values) {
				String body = this.template.formatted(value);
				JsonEndpoint endpoint = this.endpoint;
				String shown = (value.length() > 60) ? value.substring(0, 40) + "...(" + value.length() + " chars)"
						: value;
				this.cases.add(HostileCase.of(endpoint + ", " + target + " = " + shown, Expected.invalidData(target),
						(target1) -> request(endpoint, target1).contentType(endpoint.mediaType())
							.body(body.getBytes(StandardCharsets.UTF_8))));
			}
		}

	}

}
