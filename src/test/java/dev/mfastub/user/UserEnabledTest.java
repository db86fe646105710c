package dev.mfastub.user;

import java.time.Duration;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/environments/{envID}/users/{userID}/enabled}: PingOne's "Read User Enabled"
 * and "Update User Enabled", the body of its page.
 */
class UserEnabledTest extends ApiTest {

	@Test
	void shouldDisableAUserAndShowItEverywhere() {
		assertThat(api().get(user(ADA) + "/enabled").asString()).isEqualTo(enabled(true));
		this.clock.advance(Duration.ofMinutes(4));

		Response response = api().contentType("application/json")
			.body("{\"enabled\": false}")
			.put(user(ADA) + "/enabled");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString()).isEqualTo(enabled(false));
		JsonDocument ada = JsonDocument.of(api().get(user(ADA)));
		assertThat(ada.getBoolean("enabled")).isFalse();
		assertThat(ada.getString("updatedAt")).isEqualTo("2025-11-20T10:04:00.000Z");
		assertThat(JsonDocument.of(api().get(user(ADA) + "/mfaEnabled")).getBoolean("mfaEnabled")).isFalse();
		JsonDocument journal = JsonDocument.of(anonymous().get("/__stub/environments/" + ENV + "/events"));
		assertThat(journal.getList("events.type", String.class)).last().isEqualTo("USER_UPDATED");
		assertThat(journal.getList("events.before.enabled", Boolean.class)).last().isEqualTo(true);
		assertThat(journal.getList("events.after.enabled", Boolean.class)).last().isEqualTo(false);

		api().contentType("application/json")
			.body("{\"enabled\": true}")
			.put(user(ADA) + "/enabled")
			.then()
			.statusCode(200);
		assertThat(api().get(user(ADA) + "/enabled").asString()).isEqualTo(enabled(true));
	}

	@Test
	void shouldRefuseABodyThatIsNotABooleanAndTheReadOnlyApp() {
		assertInvalidData(api().contentType("application/json").body("{}").put(user(ADA) + "/enabled"),
				detail("REQUIRED_VALUE", "enabled", "enabled is required."));
		Response text = api().contentType("application/json")
			.body("{\"enabled\": \"false\"}")
			.put(user(ADA) + "/enabled");
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(JsonDocument.of(text).getString("details[0].target")).isEqualTo("enabled");
		assertError(
				anonymous().auth()
					.oauth2(readOnlyToken())
					.contentType("application/json")
					.body("{\"enabled\": false}")
					.put(user(ADA) + "/enabled"),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));
		assertNotFound(
				api().contentType("application/json").body("{\"enabled\": false}").put(user(UNKNOWN) + "/enabled"));
		assertThat(JsonDocument.of(api().get(user(ADA))).getBoolean("enabled")).isTrue();
	}

	private String enabled(boolean enabled) {
		return Json.compact("""
				{"_links":{"self":{"href":"%1$s/enabled"},"user":{"href":"%1$s"}},"enabled":%2$s}"""
			.formatted(href(user(ADA)), enabled));
	}

}
