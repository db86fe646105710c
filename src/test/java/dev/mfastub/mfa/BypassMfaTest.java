package dev.mfastub.mfa;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * The bypass period as the environment's clock sees it: the tests move the clock, never
 * wait for it.
 */
class BypassMfaTest extends ApiTest {

	private static final String BYPASS = user(ADA) + "/bypassMFA";

	@Test
	void shouldShowNeitherFieldWhenNoBypassWasEverSet() {
		String body = api().get(BYPASS).then().statusCode(200).extract().asString();

		assertThat(body).isEqualTo("{\"_links\":{\"self\":{\"href\":\"" + href(BYPASS) + "\"},\"user\":{\"href\":\""
				+ href(user(ADA)) + "\"}}}");
	}

	@Test
	void shouldReportBypassUntilItsEndThenDropBothFields() {
		put("2025-11-26T00:00:00.000Z").then().statusCode(200).body(JsonDocument.at("canBypassMFA", equalTo(true)));

		this.clock.set(Instant.parse("2025-11-25T23:59:59.999Z"));
		api().get(BYPASS)
			.then()
			.body(JsonDocument.at("bypassMFAEnabledUntil", equalTo("2025-11-26T00:00:00.000Z")))
			.body(JsonDocument.at("canBypassMFA", equalTo(true)));

		this.clock.set(Instant.parse("2025-11-26T00:00:00.000Z"));
		api().get(BYPASS)
			.then()
			.statusCode(200)
			.body(JsonDocument.at("$", not(hasKey("bypassMFAEnabledUntil"))))
			.body(JsonDocument.at("$", not(hasKey("canBypassMFA"))));
	}

	@Test
	void shouldEndBypassWhenTheClockAdvancesPastIt() {
		put("2025-11-20T12:00:00.000Z");

		this.clock.advance(Duration.ofHours(2));

		api().get(BYPASS).then().body(JsonDocument.at("$", not(hasKey("canBypassMFA"))));
	}

	@Test
	void shouldAcceptPastInstantAndEndCurrentBypass() {
		put("2025-12-31T00:00:00.000Z");

		put("2025-01-01T00:00:00.000Z").then()
			.statusCode(200)
			.body(JsonDocument.at("bypassMFAEnabledUntil", equalTo("2025-01-01T00:00:00.000Z")))
			.body(JsonDocument.at("canBypassMFA", equalTo(false)));

		api().get(BYPASS).then().body(JsonDocument.at("$", not(hasKey("bypassMFAEnabledUntil"))));
	}

	@Test
	void shouldTreatBypassEndingExactlyNowAsEnded() {
		put("2025-11-20T10:00:00.000Z").then().statusCode(200).body(JsonDocument.at("canBypassMFA", equalTo(false)));
	}

	@Test
	void shouldReplaceEarlierBypassWithLaterOne() {
		put("2025-11-21T00:00:00.000Z");
		put("2026-01-01T00:00:00.000Z");

		this.clock.set(Instant.parse("2025-12-01T00:00:00Z"));

		api().get(BYPASS)
			.then()
			.body(JsonDocument.at("bypassMFAEnabledUntil", equalTo("2026-01-01T00:00:00.000Z")))
			.body(JsonDocument.at("canBypassMFA", equalTo(true)));
	}

	@Test
	void shouldKeepBypassOfOneUserFromAnother() {
		put("2026-01-01T00:00:00.000Z");

		api().get(user(GRACE) + "/bypassMFA").then().body(JsonDocument.at("$", not(hasKey("canBypassMFA"))));
	}

	@Test
	void shouldAnswerNotFoundForUnknownUserAndEnvironment() {
		api().get(user(UNKNOWN) + "/bypassMFA")
			.then()
			.statusCode(404)
			.body(JsonDocument.at("code", equalTo("NOT_FOUND")));
		api().contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\":\"2026-01-01T00:00:00.000Z\"}")
			.put("/v1/environments/" + UNKNOWN + "/users/" + ADA + "/bypassMFA")
			.then()
			.statusCode(404)
			.body(JsonDocument.at("code", equalTo("NOT_FOUND")));
	}

	@Test
	void shouldAnswerMfaEnabledFalseForNewSeedUserAndToggleIt() {
		api().get(user(ALAN) + "/mfaEnabled")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("mfaEnabled", equalTo(false)));

		api().contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(user(ALAN) + "/mfaEnabled")
			.then()
			.body(JsonDocument.at("mfaEnabled", equalTo(true)));
		api().contentType("application/json")
			.body("{\"mfaEnabled\":false}")
			.put(user(ALAN) + "/mfaEnabled")
			.then()
			.body(JsonDocument.at("mfaEnabled", equalTo(false)));

		api().get(user(ALAN) + "/mfaEnabled").then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
		api().get(user(ALAN)).then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

	@Test
	void shouldStampUserUpdatedAtWithEnvironmentClock() {
		this.clock.set(Instant.parse("2025-11-21T08:30:00.123Z"));

		put("2026-01-01T00:00:00.000Z");

		api().get(user(ADA)).then().body(JsonDocument.at("updatedAt", equalTo("2025-11-21T08:30:00.123Z")));
	}

	private io.restassured.response.Response put(String until) {
		return api().contentType("application/json").body("{\"bypassMFAEnabledUntil\":\"" + until + "\"}").put(BYPASS);
	}

}
