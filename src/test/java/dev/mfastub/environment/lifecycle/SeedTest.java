package dev.mfastub.environment.lifecycle;

import java.time.Instant;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.MutableClock;
import dev.mfastub.support.TestClockConfiguration;
import dev.mfastub.support.Tokens;
import dev.mfastub.support.UserLinksJson;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server started with a seed file of its own ({@code seeds/custom-seed.json}) has
 * exactly the environment and users that file describes, and not the built-in
 * documentation environment. Its own in-memory database keeps it apart from the other
 * test servers of the JVM.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "stub.seed=classpath:seeds/custom-seed.json", "stub.h2-database=mem:seed-test-custom" })
@Import(TestClockConfiguration.class)
class SeedTest {

	static final String ENV = "d2c6e1f0-8b4a-4c3e-9f2d-6a7b8c9d0e1f";

	static final String POPULATION = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b";

	static final String MIA = "c0ffee00-0000-4000-8000-000000000001";

	static final String PAT = "c0ffee00-0000-4000-8000-000000000002";

	static final String ENVIRONMENT = "/v1/environments/" + ENV;

	static final String USERS = ENVIRONMENT + "/users";

	static final String NOT_FOUND = "The request could not be completed. The requested resource was not found.";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void startClock() {
		this.clock.set(ApiTest.START);
	}

	@Test
	void shouldSeedUserWithEverythingTheSeedSays() {
		Response response = api().get(USERS + "/" + MIA);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString())
			.isEqualTo(userJson(MIA, "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b", "mia.mfa", "mia.mfa@example.org", true,
					"{ \"given\": \"Mia\", \"family\": \"Mfa\", \"formatted\": \"Mia Mfa\" }"));
	}

	@Test
	void shouldSeedMfaEnabled() {
		Response response = api().get(USERS + "/" + MIA + "/mfaEnabled");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString())
			.isEqualTo("{\"_links\":" + switchLinks(MIA, "/mfaEnabled") + ",\"mfaEnabled\":true}");
	}

	@Test
	void shouldSeedABypassThatIsRunning() {
		Response response = api().get(USERS + "/" + MIA + "/bypassMFA");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString()).isEqualTo("{\"_links\":" + switchLinks(MIA, "/bypassMFA")
				+ ",\"bypassMFAEnabledUntil\":\"2025-12-01T00:00:00.000Z\",\"canBypassMFA\":true}");
	}

	@Test
	void shouldEndTheSeededBypassWhenTheClockReachesIt() {
		this.clock.set(Instant.parse("2025-11-30T23:59:59.999Z"));
		Response lastMoment = api().get(USERS + "/" + MIA + "/bypassMFA");
		this.clock.set(Instant.parse("2025-12-01T00:00:00Z"));
		Response ended = api().get(USERS + "/" + MIA + "/bypassMFA");

		assertThat(JsonDocument.of(lastMoment).getBoolean("canBypassMFA")).isTrue();
		assertThat(ended.statusCode()).isEqualTo(200);
		assertThat(ended.asString()).isEqualTo("{\"_links\":" + switchLinks(MIA, "/bypassMFA") + "}");
	}

	@Test
	void shouldSeedUserWithDefaultsWhereTheSeedSaysNothing() {
		Response response = api().get(USERS + "/" + PAT);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString())
			.isEqualTo(userJson(PAT, "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", "pat.plain", null, false, null));
		assertThat(api().get(USERS + "/" + PAT + "/bypassMFA").asString())
			.isEqualTo("{\"_links\":" + switchLinks(PAT, "/bypassMFA") + "}");
	}

	@Test
	void shouldGiveSeedUserWithoutIdAGeneratedIdAndTheEnvironmentsPopulation() {
		Response response = api().queryParam("filter", "username eq \"gen.generated\"").get(USERS);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonDocument json = JsonDocument.of(response);
		assertThat(json.getInt("count")).isEqualTo(1);
		String id = json.getString("_embedded.users[0].id");
		assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(json.getString("_embedded.users[0].population.id")).isEqualTo(POPULATION);
		assertThat(json.getBoolean("_embedded.users[0].mfaEnabled")).isFalse();
		assertThat(api().get(USERS + "/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldListExactlyTheSeededUsers() {
		Response response = api().get(USERS);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonDocument json = JsonDocument.of(response);
		assertThat(json.getInt("count")).isEqualTo(3);
		assertThat(json.getList("_embedded.users.username", String.class)).containsExactlyInAnyOrder("mia.mfa",
				"pat.plain", "gen.generated");
	}

	@Test
	void shouldPutCreatedUsersInTheSeededDefaultPopulation() {
		Response response = api().contentType("application/json").body("{\"username\": \"newcomer\"}").post(USERS);

		try {
			assertThat(response.statusCode()).isEqualTo(201);
			assertThat(JsonDocument.of(response).getString("population.id")).isEqualTo(POPULATION);
		}
		finally {
			// This class shares one store: leave it as the seed made it.
			if (response.statusCode() == 201) {
				api().delete(USERS + "/" + JsonDocument.of(response).getString("id")).then().statusCode(204);
			}
		}
	}

	@Test
	void shouldNotHaveTheBuiltInDocumentationEnvironment() {
		RequestSpecification anonymous = RestAssured.given().baseUri("http://localhost").port(this.port);
		assertNotFound(anonymous.formParam("grant_type", "client_credentials")
			.formParam("client_id", "6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01")
			.formParam("client_secret", "stub-admin-secret")
			.post("/" + ApiTest.ENV + "/as/token"));
		assertNotFound(RestAssured.given()
			.baseUri("http://localhost")
			.port(this.port)
			.get("/" + ApiTest.ENV + "/as/.well-known/openid-configuration"));
	}

	private RequestSpecification api() {
		return RestAssured.given()
			.baseUri("http://localhost")
			.port(this.port)
			.auth()
			.oauth2(Tokens.of(this.port, ENV, "seed-test-admin", "seed-test-secret", this.clock.instant()));
	}

	private String href(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * A seeded user as the API shows it, with PingOne's defaults for all the seed leaves
	 * out. {@code email} and {@code name} (a JSON object) are {@code null} where the seed
	 * gives none.
	 */
	private String userJson(String id, String population, String username, String email, boolean mfaEnabled,
			String name) {
		return Json.compact("""
				{
				  "_links": %s,
				  "id": "%s",
				  "environment": { "id": "d2c6e1f0-8b4a-4c3e-9f2d-6a7b8c9d0e1f" },
				  "account": { "canAuthenticate": true, "status": "OK" },
				  "createdAt": "2025-11-20T10:00:00.000Z",
				  %s
				  "emailVerified": false,
				  "enabled": true,
				  "identityProvider": { "type": "PING_ONE" },
				  "lifecycle": { "status": "ACCOUNT_OK" },
				  "mfaEnabled": %s,
				  %s
				  "population": { "id": "%s" },
				  "updatedAt": "2025-11-20T10:00:00.000Z",
				  "username": "%s",
				  "verifyStatus": "NOT_INITIATED"
				}""".formatted(UserLinksJson.of(href(ENVIRONMENT), id, population), id,
				(email != null) ? "\"email\": \"" + email + "\"," : "", mfaEnabled,
				(name != null) ? "\"name\": " + name + "," : "", population, username));
	}

	/** The links of one of a user's MFA resources, such as {@code /bypassMFA}. */
	private String switchLinks(String userId, String path) {
		return "{\"self\":{\"href\":\"" + href(USERS + "/" + userId + path) + "\"},\"user\":{\"href\":\""
				+ href(USERS + "/" + userId) + "\"}}";
	}

	static void assertNotFound(Response response) {
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/json");
		assertThat(response.asString()).isEqualTo("{\"id\":\"" + response.header("Correlation-Id")
				+ "\",\"code\":\"NOT_FOUND\",\"message\":\"" + NOT_FOUND + "\"}");
	}

}
