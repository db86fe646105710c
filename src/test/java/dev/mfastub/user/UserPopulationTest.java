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
 * {@code /v1/environments/{envID}/users/{userID}/population}: PingOne's "Update User
 * Population" moves a user; the counts and the population rules follow.
 */
class UserPopulationTest extends ApiTest {

	private static final String DEFAULT = "60971d3b-cc5a-4601-9c44-2be541f91bf1";

	private static final String POPULATIONS = "/v1/environments/" + ENV + "/populations";

	@Test
	void shouldMoveAUserToAnotherPopulation() {
		assertThat(api().get(user(ADA) + "/population").asString()).isEqualTo(population(DEFAULT));
		String staff = JsonDocument
			.of(api().contentType("application/json").body("{\"name\":\"Staff\"}").post(POPULATIONS))
			.getString("id");
		this.clock.advance(Duration.ofMinutes(2));

		Response moved = api().contentType("application/json")
			.body("{\"id\": \"" + staff + "\"}")
			.put(user(ADA) + "/population");

		assertThat(moved.statusCode()).isEqualTo(200);
		assertThat(moved.asString()).isEqualTo(population(staff));
		JsonDocument ada = JsonDocument.of(api().get(user(ADA)));
		assertThat(ada.getString("population.id")).isEqualTo(staff);
		assertThat(ada.getString("updatedAt")).isEqualTo("2025-11-20T10:02:00.000Z");
		assertThat(JsonDocument.of(api().get(POPULATIONS + "/" + staff)).getInt("userCount")).isEqualTo(1);
		assertThat(JsonDocument.of(api().get(POPULATIONS + "/" + DEFAULT)).getInt("userCount")).isEqualTo(2);
		assertInvalidData(api().delete(POPULATIONS + "/" + staff), detail("CONSTRAINT_VIOLATION", null,
				"A population that still has users cannot be deleted: move or delete its users first."));
	}

	@Test
	void shouldRefuseAPopulationThatDoesNotExistAndTheReadOnlyApp() {
		assertInvalidData(
				api().contentType("application/json")
					.body("{\"id\": \"" + UNKNOWN + "\"}")
					.put(user(ADA) + "/population"),
				detail("INVALID_VALUE", "id", "The population does not exist in this environment."));
		assertInvalidData(api().contentType("application/json").body("{}").put(user(ADA) + "/population"),
				detail("REQUIRED_VALUE", "id", "id is required."));
		assertError(
				anonymous().auth()
					.oauth2(readOnlyToken())
					.contentType("application/json")
					.body("{\"id\": \"" + DEFAULT + "\"}")
					.put(user(ADA) + "/population"),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));
		assertNotFound(api().contentType("application/json")
			.body("{\"id\": \"" + DEFAULT + "\"}")
			.put(user(UNKNOWN) + "/population"));
		assertThat(JsonDocument.of(api().get(user(ADA))).getString("population.id")).isEqualTo(DEFAULT);
	}

	private String population(String populationId) {
		return Json.compact("""
				{"_links":{"self":{"href":"%1$s/population"},"user":{"href":"%1$s"},
				           "population":{"href":"%2$s/%3$s"}},"id":"%3$s"}""".formatted(href(user(ADA)),
				href(POPULATIONS), populationId));
	}

}
