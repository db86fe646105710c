package dev.mfastub.control;

import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.INSTANT_PATTERN;
import static dev.mfastub.support.PingOneErrors.allowedPattern;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * {@code /__stub/environments/{envID}/clock}: reading, setting, freezing, advancing and
 * releasing a sandbox's clock, and the values it refuses.
 */
class EnvironmentClockTest extends SandboxTest {

	private static final String NOW_MESSAGE = "now must be a date and time in the format "
			+ "yyyy-MM-dd'T'HH:mm:ss.SSS'Z', such as 2025-11-26T00:00:00.000Z.";

	private static final String DURATION_MESSAGE = "duration must be a non-negative ISO-8601 duration, such as PT2H or P1D.";

	private static final String BEYOND_FORMAT_MESSAGE = "duration would take the clock past 9999-12-31T23:59:59.999Z, "
			+ "the last instant PingOne's format can write.";

	@Test
	void shouldShowNowFrozenAndOffset() {
		Sandbox sandbox = sandbox();

		Response response = control().get(sandbox.control() + "/clock");

		response.then()
			.statusCode(200)
			.contentType("application/json")
			.body(JsonDocument.at("now", equalTo(FROZEN_AT)))
			.body(JsonDocument.at("frozen", equalTo(true)))
			.body(JsonDocument.at("offset", matchesPattern("-?PT[-0-9HMS.]+")));
		assertThat(JsonDocument.of(response).getMap("$").keySet()).containsExactlyInAnyOrder("now", "frozen", "offset");
	}

	@Test
	void shouldRunOnRealTimeAfterRelease() {
		Sandbox sandbox = sandbox();

		Response released = control().delete(sandbox.control() + "/clock");

		released.then()
			.statusCode(200)
			.body(JsonDocument.at("now", matchesPattern(PING_INSTANT)))
			.body(JsonDocument.at("frozen", equalTo(false)))
			.body(JsonDocument.at("offset", equalTo("PT0S")));
		control().get(sandbox.control() + "/clock")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("now", matchesPattern(PING_INSTANT)))
			.body(JsonDocument.at("frozen", equalTo(false)))
			.body(JsonDocument.at("offset", equalTo("PT0S")));
	}

	@Test
	void shouldFreezeAtTheInstantGivenToTheMillisecond() {
		Sandbox sandbox = sandbox();

		Response set = setClock(sandbox, "2031-02-03T04:05:06.789Z", true);

		set.then()
			.body(JsonDocument.at("now", equalTo("2031-02-03T04:05:06.789Z")))
			.body(JsonDocument.at("frozen", equalTo(true)));
		control().get(sandbox.control() + "/clock")
			.then()
			.body(JsonDocument.at("now", equalTo("2031-02-03T04:05:06.789Z")))
			.body(JsonDocument.at("frozen", equalTo(true)));
		control().get(sandbox.control() + "/clock")
			.then()
			.body(JsonDocument.at("now", equalTo("2031-02-03T04:05:06.789Z")));
	}

	@Test
	void shouldKeepTheInstantWhenOnlyFrozenChanges() {
		Sandbox sandbox = sandbox();
		setClock(sandbox, "2031-02-03T04:05:06.789Z", true);

		setClock(sandbox, null, false).then()
			.body(JsonDocument.at("now", equalTo("2031-02-03T04:05:06.789Z")))
			.body(JsonDocument.at("frozen", equalTo(false)));
		control().get(sandbox.control() + "/clock").then().body(JsonDocument.at("frozen", equalTo(false)));
	}

	@Test
	void shouldKeepFrozenWhenOnlyTheInstantChanges() {
		Sandbox sandbox = sandbox();

		setClock(sandbox, "2032-12-31T23:59:59.999Z", null).then().body(JsonDocument.at("frozen", equalTo(true)));

		control().get(sandbox.control() + "/clock")
			.then()
			.body(JsonDocument.at("now", equalTo("2032-12-31T23:59:59.999Z")))
			.body(JsonDocument.at("frozen", equalTo(true)));
	}

	@Test
	void shouldAdvanceAFrozenClockByExactlyTheDuration() {
		Sandbox sandbox = sandbox();

		advance(sandbox, "PT2H").then()
			.body(JsonDocument.at("now", equalTo("2030-01-01T02:00:00.000Z")))
			.body(JsonDocument.at("frozen", equalTo(true)));

		control().get(sandbox.control() + "/clock")
			.then()
			.body(JsonDocument.at("now", equalTo("2030-01-01T02:00:00.000Z")));
		advance(sandbox, "P1D").then().body(JsonDocument.at("now", equalTo("2030-01-02T02:00:00.000Z")));
		advance(sandbox, "PT0.001S").then().body(JsonDocument.at("now", equalTo("2030-01-02T02:00:00.001Z")));
		advance(sandbox, "PT0S").then().body(JsonDocument.at("now", equalTo("2030-01-02T02:00:00.001Z")));
	}

	@Test
	void shouldAdvanceARunningClockByMovingItsOffset() {
		Sandbox sandbox = sandbox();
		control().delete(sandbox.control() + "/clock").then().statusCode(200);

		advance(sandbox, "PT2H").then()
			.body(JsonDocument.at("frozen", equalTo(false)))
			.body(JsonDocument.at("offset", equalTo("PT2H")));

		control().get(sandbox.control() + "/clock").then().body(JsonDocument.at("offset", equalTo("PT2H")));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2030-01-01T00:00:00Z", "2030-01-01T00:00:00.00Z", "2030-01-01T00:00:00.0000Z",
			"2030-01-01T00:00:00.000+00:00", "2030-01-01 00:00:00.000Z", "2030-01-01T00:00:00.000z",
			"2030-02-30T00:00:00.000Z", "2030-01-01T24:00:00.000Z", "30-01-01T00:00:00.000Z", "", "tomorrow" })
	void shouldRefuseAnInstantInAnyFormButPingOnes(String now) {
		Sandbox sandbox = sandbox();

		assertInvalidData(
				control().contentType("application/json")
					.body("{\"now\":\"" + now + "\",\"frozen\":true}")
					.put(sandbox.control() + "/clock"),
				detail("INVALID_VALUE", "now", NOW_MESSAGE, allowedPattern(INSTANT_PATTERN)));
		control().get(sandbox.control() + "/clock").then().body(JsonDocument.at("now", equalTo(FROZEN_AT)));
	}

	@Test
	void shouldRefuseAnInstantThatIsNotAString() {
		Sandbox sandbox = sandbox();

		assertInvalidData(control().contentType("application/json")
			.body("{\"now\":1893456000000}")
			.put(sandbox.control() + "/clock"), detail("INVALID_VALUE", "now", "now must be a string."));
		assertInvalidData(control().contentType("application/json")
			.body("{\"frozen\":\"yes\"}")
			.put(sandbox.control() + "/clock"), detail("INVALID_VALUE", "frozen", "frozen must be a boolean."));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "-PT1S", "PT-1S", "2h", "PT", "1000", "", "P1Y" })
	void shouldRefuseADurationThatIsNotANonNegativeIsoDuration(String duration) {
		Sandbox sandbox = sandbox();

		assertInvalidData(control().contentType("application/json")
			.body("{\"duration\":\"" + duration + "\"}")
			.post(sandbox.control() + "/clock/advance"), detail("INVALID_VALUE", "duration", DURATION_MESSAGE));
		control().get(sandbox.control() + "/clock").then().body(JsonDocument.at("now", equalTo(FROZEN_AT)));
	}

	@Test
	void shouldRequireADuration() {
		Sandbox sandbox = sandbox();

		assertInvalidData(
				control().contentType("application/json").body("{}").post(sandbox.control() + "/clock/advance"),
				detail("REQUIRED_VALUE", "duration", "duration is required."));
	}

	@Test
	void shouldRefuseADurationTooLongToAddInsteadOfFailing() {
		Sandbox sandbox = sandbox();

		assertInvalidData(
				control().contentType("application/json")
					.body("{\"duration\":\"PT9223372036854775807S\"}")
					.post(sandbox.control() + "/clock/advance"),
				detail("INVALID_VALUE", "duration", BEYOND_FORMAT_MESSAGE));
		control().get(sandbox.control() + "/clock").then().body(JsonDocument.at("now", equalTo(FROZEN_AT)));
	}

	@Test
	void shouldNotAdvanceTheClockBeyondWhatPingOnesFormatCanWrite() {
		Sandbox sandbox = sandbox();
		setClock(sandbox, "9999-12-31T23:59:59.999Z", true);

		Response response = control().contentType("application/json")
			.body("{\"duration\":\"PT0.001S\"}")
			.post(sandbox.control() + "/clock/advance");

		// The clock cannot be set to year 10000, so it must not be advanced there either:
		// its "now" would leave the yyyy-MM-dd'T'HH:mm:ss.SSS'Z' format.
		assertInvalidData(response, detail("INVALID_VALUE", "duration", BEYOND_FORMAT_MESSAGE));
		control().get(sandbox.control() + "/clock")
			.then()
			.body(JsonDocument.at("now", equalTo("9999-12-31T23:59:59.999Z")));
	}

	@Test
	void shouldAnswerNotFoundForTheClockOfAnEnvironmentThatDoesNotExist() {
		String clock = "/__stub/environments/" + UUID.randomUUID() + "/clock";

		assertNotFound(control().get(clock));
		assertNotFound(control().contentType("application/json")
			.body("{\"now\":\"2030-01-01T00:00:00.000Z\",\"frozen\":true}")
			.put(clock));
		assertNotFound(
				control().contentType("application/json").body("{\"duration\":\"PT1H\"}").post(clock + "/advance"));
		assertNotFound(control().delete(clock));
		assertNotFound(control().get("/__stub/environments/not-a-uuid/clock"));
	}

}
