package dev.mfastub.mfa;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;

import static dev.mfastub.support.PingOneErrors.INSTANT_PATTERN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Every way to get {@code bypassMFAEnabledUntil} or {@code mfaEnabled} wrong, each
 * answered with PingOne's 400 and a detail naming the field. Nothing is changed by a
 * refused request.
 */
class InvalidMfaBodiesTest extends ApiTest {

	@ParameterizedTest(name = "bypassMFAEnabledUntil = {0}")
	@ValueSource(strings = {
			// offsets and zones other than a literal Z
			"\"2025-11-26T00:00:00.000+00:00\"", "\"2025-11-26T00:00:00.000+01:00\"", "\"2025-11-26T00:00:00.000\"",
			"\"2025-11-26T00:00:00.000 Z\"", "\"2025-11-26T00:00:00.000UTC\"",
			// fraction digits other than exactly three
			"\"2025-11-26T00:00:00Z\"", "\"2025-11-26T00:00:00.0Z\"", "\"2025-11-26T00:00:00.00Z\"",
			"\"2025-11-26T00:00:00.000000Z\"", "\"2025-11-26T00:00:00.000000000Z\"",
			// not a real calendar instant
			"\"2025-02-30T00:00:00.000Z\"", "\"2025-13-01T00:00:00.000Z\"", "\"2025-11-26T24:00:00.000Z\"",
			"\"2025-11-26T23:60:00.000Z\"", "\"2025-11-26T23:59:60.000Z\"", "\"2023-02-29T00:00:00.000Z\"",
			// other shapes
			"\"2025-11-26\"", "\"20251126T000000.000Z\"", "\"+2025-11-26T00:00:00.000Z\"",
			"\"12025-11-26T00:00:00.000Z\"", "\"25-11-26T00:00:00.000Z\"", "\"2025-11-26t00:00:00.000Z\"",
			"\"2025-11-26T00:00:00.000z\"", "\" 2025-11-26T00:00:00.000Z\"", "\"2025-11-26T00:00:00.000Z \"",
			"\"2025-11-26 00:00:00.000Z\"", "\"Wed, 26 Nov 2025 00:00:00 GMT\"", "\"\"", "\"tomorrow\"",
			"\"２０２５-11-26T00:00:00.000Z\"",
			// not strings at all
			"1764115200000", "1764115200", "1.5", "true", "false", "{}", "[\"2025-11-26T00:00:00.000Z\"]",
			"{\"value\":\"2025-11-26T00:00:00.000Z\"}" })
	void shouldRefuseBypassEndInAnyOtherForm(String json) {
		assertInvalidValue(putToAda("/bypassMFA", "{\"bypassMFAEnabledUntil\":" + json + "}"), "bypassMFAEnabledUntil")
			.body(JsonDocument.at("details[0].innerError.allowedPattern", equalTo(INSTANT_PATTERN)));

		api().get(user(ADA) + "/bypassMFA").then().body(JsonDocument.at("$", not(hasKey("bypassMFAEnabledUntil"))));
	}

	@ParameterizedTest(name = "body = {0}")
	@ValueSource(strings = { "{}", "{\"bypassMFAEnabledUntil\":null}",
			"{\"bypassMfaEnabledUntil\":\"2025-11-26T00:00:00.000Z\"}" })
	void shouldRequireBypassEnd(String body) {
		assertRequiredValue(putToAda("/bypassMFA", body), "bypassMFAEnabledUntil");
	}

	@ParameterizedTest(name = "mfaEnabled = {0}")
	@ValueSource(strings = { "\"true\"", "\"false\"", "\"TRUE\"", "\"yes\"", "\"\"", "1", "0", "1.0", "{}", "[]",
			"[true]", "{\"value\":true}" })
	void shouldRefuseMfaEnabledThatIsNotBoolean(String json) {
		assertInvalidValue(putToAda("/mfaEnabled", "{\"mfaEnabled\":" + json + "}"), "mfaEnabled")
			.body(JsonDocument.at("details[0].message", equalTo("mfaEnabled must be a boolean.")));

		assertAdaMfaStillDisabled();
	}

	@ParameterizedTest(name = "body = {0}")
	@ValueSource(strings = { "{}", "{\"mfaEnabled\":null}", "{\"MFAEnabled\":true}", "{\"enabled\":true}" })
	void shouldRequireMfaEnabled(String body) {
		assertRequiredValue(putToAda("/mfaEnabled", body), "mfaEnabled");
	}

	@ParameterizedTest(name = "body = {0}")
	@ValueSource(strings = { "", " ", "true", "\"mfaEnabled\"", "[]", "[{\"mfaEnabled\":true}]", "null",
			"{\"mfaEnabled\":true", "{\"mfaEnabled\":tru}", "{mfaEnabled:true}", "{'mfaEnabled':true}",
			"{\"mfaEnabled\":true,\"mfaEnabled\":false}", "{\"mfaEnabled\":true} {}", "<mfaEnabled>true</mfaEnabled>" })
	void shouldRefuseBodyThatIsNotOneJsonObject(String body) {
		putToAda("/mfaEnabled", body).statusCode(400)
			.contentType("application/json")
			.body(JsonDocument.at("code", equalTo("INVALID_REQUEST")))
			.body(JsonDocument.at("$", not(hasKey("details"))));

		assertAdaMfaStillDisabled();
	}

	/** A PUT of a body to one of Ada's MFA switches, as JSON. */
	private ValidatableResponse putToAda(String path, String body) {
		return api().contentType("application/json").body(body).put(user(ADA) + path).then();
	}

	/**
	 * A 400 {@code INVALID_DATA} with one {@code INVALID_VALUE} detail for the field; the
	 * caller adds what that detail says.
	 */
	private static ValidatableResponse assertInvalidValue(ValidatableResponse response, String target) {
		return response.statusCode(400)
			.contentType("application/json")
			.body(JsonDocument.at("code", equalTo("INVALID_DATA")))
			.body(JsonDocument.at("details", hasSize(1)))
			.body(JsonDocument.at("details[0].code", equalTo("INVALID_VALUE")))
			.body(JsonDocument.at("details[0].target", equalTo(target)));
	}

	/** A 400 {@code INVALID_DATA} whose first detail says the field is missing. */
	private static void assertRequiredValue(ValidatableResponse response, String target) {
		response.statusCode(400)
			.body(JsonDocument.at("code", equalTo("INVALID_DATA")))
			.body(JsonDocument.at("details[0].code", equalTo("REQUIRED_VALUE")))
			.body(JsonDocument.at("details[0].target", equalTo(target)));
	}

	/** Ada's mfaEnabled is still the seed's: a refused request changed nothing. */
	private void assertAdaMfaStillDisabled() {
		api().get(user(ADA) + "/mfaEnabled").then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

}
