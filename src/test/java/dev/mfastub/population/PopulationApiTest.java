package dev.mfastub.population;

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
 * {@code /v1/environments/{envID}/populations}: the default population every environment
 * has, PingOne's create, read, replace and delete, and the rules that tie users to them.
 */
class PopulationApiTest extends ApiTest {

	private static final String POPULATIONS = "/v1/environments/" + ENV + "/populations";

	/** The documentation environment's default population, from the built-in seed. */
	private static final String DEFAULT = "60971d3b-cc5a-4601-9c44-2be541f91bf1";

	@Test
	void shouldListTheDefaultPopulationWithItsUsers() {
		Response response = api().get(POPULATIONS);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"}},
				 "_embedded":{"populations":[{"_links":{"self":{"href":"%1$s/%2$s"},"environment":{"href":"%3$s"}},
				   "id":"%2$s","environment":{"id":"%4$s"},"name":"Default","userCount":3,
				   "createdAt":"2025-11-20T10:00:00.000Z","updatedAt":"2025-11-20T10:00:00.000Z","default":true}]},
				 "count":1,"size":1}""".formatted(href(POPULATIONS), DEFAULT, href("/v1/environments/" + ENV), ENV)));
	}

	@Test
	void shouldCreateAPopulationAndPutAUserInIt() {
		// Task 2, step 4, as PingOne's page writes the body.
		Response response = create("{\"name\":\"Sample Users\",\"description\":\"Sample Population\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(response).getString("id");
		assertThat(response.header("Location")).isEqualTo(href(POPULATIONS + "/" + id));
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"environment":{"href":"%2$s"}},
				 "id":"%3$s","environment":{"id":"%4$s"},"name":"Sample Users","description":"Sample Population",
				 "userCount":0,"createdAt":"2025-11-20T10:00:00.000Z","updatedAt":"2025-11-20T10:00:00.000Z",
				 "default":false}""".formatted(href(POPULATIONS + "/" + id), href("/v1/environments/" + ENV), id,
				ENV)));

		String user = JsonDocument
			.of(api().contentType("application/json")
				.body("{\"username\":\"sample.user\",\"population\":{\"id\":\"" + id + "\"}}")
				.post("/v1/environments/" + ENV + "/users")
				.then()
				.statusCode(201)
				.extract())
			.getString("id");
		assertThat(JsonDocument.of(api().get(user(user))).getString("population.id")).isEqualTo(id);
		assertThat(JsonDocument.of(api().get(POPULATIONS + "/" + id)).getInt("userCount")).isEqualTo(1);
	}

	@Test
	void shouldRefuseAUserInAPopulationThatDoesNotExist() {
		assertInvalidData(
				api().contentType("application/json")
					.body("{\"username\":\"nowhere.user\",\"population\":{\"id\":\"" + UNKNOWN + "\"}}")
					.post("/v1/environments/" + ENV + "/users"),
				detail("INVALID_VALUE", "population.id", "The population does not exist in this environment."));
		assertThat(JsonDocument
			.of(api().queryParam("filter", "username eq \"nowhere.user\"").get("/v1/environments/" + ENV + "/users"))
			.getInt("count")).isZero();
	}

	@Test
	void shouldRefuseADuplicateNameIgnoringCase() {
		create("{\"name\":\"Contractors\"}").then().statusCode(201);

		assertInvalidData(create("{\"name\":\"CONTRACTORS\"}"), detail("UNIQUENESS_VIOLATION", "name",
				"A population with this name already exists in the environment."));
		assertInvalidData(create("{\"description\":\"no name\"}"),
				detail("REQUIRED_VALUE", "name", "name is required."));
	}

	@Test
	void shouldReplaceAPopulationAndMoveTheDefault() {
		String id = JsonDocument.of(create("{\"name\":\"Staff\"}")).getString("id");
		this.clock.advance(Duration.ofMinutes(3));

		JsonDocument replaced = JsonDocument.of(api().contentType("application/json")
			.body("{\"name\":\"Employees\",\"default\":true}")
			.put(POPULATIONS + "/" + id)
			.then()
			.statusCode(200)
			.extract());

		assertThat(replaced.getString("name")).isEqualTo("Employees");
		assertThat(replaced.getBoolean("default")).isTrue();
		assertThat(replaced.getString("updatedAt")).isEqualTo("2025-11-20T10:03:00.000Z");
		assertThat(JsonDocument.of(api().get(POPULATIONS + "/" + DEFAULT)).getBoolean("default")).isFalse();
		String user = JsonDocument
			.of(api().contentType("application/json")
				.body("{\"username\":\"new.employee\"}")
				.post("/v1/environments/" + ENV + "/users"))
			.getString("id");
		assertThat(JsonDocument.of(api().get(user(user))).getString("population.id")).isEqualTo(id);
		assertInvalidData(
				api().contentType("application/json")
					.body("{\"name\":\"Employees\",\"default\":false}")
					.put(POPULATIONS + "/" + id),
				detail("INVALID_VALUE", "default",
						"An environment always has a default population: make another one the default instead."));
	}

	@Test
	void shouldDeleteOnlyAnEmptyPopulationThatIsNotTheDefault() {
		String id = JsonDocument.of(create("{\"name\":\"Temporary\"}")).getString("id");
		String user = JsonDocument
			.of(api().contentType("application/json")
				.body("{\"username\":\"temp.user\",\"population\":{\"id\":\"" + id + "\"}}")
				.post("/v1/environments/" + ENV + "/users"))
			.getString("id");

		assertInvalidData(api().delete(POPULATIONS + "/" + id), detail("CONSTRAINT_VIOLATION", null,
				"A population that still has users cannot be deleted: move or delete its users first."));
		assertInvalidData(api().delete(POPULATIONS + "/" + DEFAULT), detail("CONSTRAINT_VIOLATION", null,
				"The default population cannot be deleted: make another population the default first."));

		api().delete(user(user)).then().statusCode(204);
		api().delete(POPULATIONS + "/" + id).then().statusCode(204);
		assertNotFound(api().get(POPULATIONS + "/" + id));
		assertNotFound(api().delete(POPULATIONS + "/" + id));
	}

	@Test
	void shouldLetTheReadOnlyAppReadPopulationsButNotChangeThem() {
		anonymous().auth().oauth2(readOnlyToken()).get(POPULATIONS).then().statusCode(200);

		assertError(
				anonymous().auth()
					.oauth2(readOnlyToken())
					.contentType("application/json")
					.body("{\"name\":\"Nope\"}")
					.post(POPULATIONS),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));
		assertThat(JsonDocument.of(api().get(POPULATIONS)).getInt("count")).isEqualTo(1);
	}

	@Test
	void shouldComeBackAsSeededAfterAReset() {
		create("{\"name\":\"Made in a test\"}").then().statusCode(201);

		anonymous().post("/__stub/environments/" + ENV + "/reset").then().statusCode(204);

		assertThat(JsonDocument.of(api().get(POPULATIONS)).getList("_embedded.populations.name", String.class))
			.containsExactly("Default");
	}

	@Test
	void shouldAnswerUnknownPopulationsWith404() {
		assertNotFound(api().get(POPULATIONS + "/" + UNKNOWN));
		assertNotFound(api().contentType("application/json").body("{\"name\":\"x\"}").put(POPULATIONS + "/" + UNKNOWN));
	}

	private Response create(String body) {
		return api().contentType("application/json").body(body).post(POPULATIONS);
	}

}
