package dev.mfastub.auth;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Tokens;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.UNAUTHORIZED;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/environments/{envID}/applications}: worker apps made as PingOne's "Create
 * Application (Worker)" page makes them, their secret, their inherited role assignments,
 * and their tokens, which stop at once when the app is disabled or deleted.
 */
class WorkerApplicationApiTest extends ApiTest {

	private static final String APPS = "/v1/environments/" + ENV + "/applications";

	private static final String WORKER = """
			{"enabled":true,"name":"UseCaseWorkerApp","description":"UseCaseWorkerApp","type":"WORKER",
			 "protocol":"OPENID_CONNECT","grantTypes":["CLIENT_CREDENTIALS"],
			 "tokenEndpointAuthMethod":"CLIENT_SECRET_BASIC"}""";

	@Test
	void shouldCreateAWorkerAppWithTheActorsRolesAndASecretItsTokensUse() {
		Response created = api().contentType("application/json").body(WORKER).post(APPS);

		assertThat(created.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(created).getString("id");
		String self = href(APPS + "/" + id);
		assertThat(created.header("Location")).isEqualTo(self);
		assertThat(created.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"environment":{"href":"%2$s"},"secret":{"href":"%1$s/secret"},
				           "roleAssignments":{"href":"%1$s/roleAssignments"}},
				 "environment":{"id":"%3$s"},"id":"%4$s","name":"UseCaseWorkerApp","description":"UseCaseWorkerApp",
				 "enabled":true,"type":"WORKER","protocol":"OPENID_CONNECT","createdAt":"2025-11-20T10:00:00.000Z",
				 "updatedAt":"2025-11-20T10:00:00.000Z","grantTypes":["CLIENT_CREDENTIALS"],
				 "tokenEndpointAuthMethod":"CLIENT_SECRET_BASIC"}""".formatted(self, href("/v1/environments/" + ENV),
				ENV, id)));
		assertThat(JsonDocument.of(api().get(APPS + "/" + id + "/roleAssignments"))
			.getList("_embedded.roleAssignments.role.id", String.class))
			.containsExactlyInAnyOrder(Role.ORGANIZATION_ADMIN.id().toString(), Role.ENVIRONMENT_ADMIN.id().toString(),
					Role.IDENTITY_DATA_ADMIN.id().toString());

		JsonDocument secret = JsonDocument.of(api().get(APPS + "/" + id + "/secret").then().statusCode(200).extract());
		assertThat(secret.getString("environment.id")).isEqualTo(ENV);
		assertThat(secret.getString("_links.application.href")).isEqualTo(self);
		String token = Tokens.fetch(this.port, ENV, id, secret.getString("secret"));
		as(token).get("/v1/environments/" + ENV + "/users").then().statusCode(200);
		assertError(as(token).get(APPS + "/" + id + "/secret"), 403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "A worker application cannot read its own secret."));
		assertThat(JsonDocument.of(api().get(APPS)).getList("_embedded.applications.id", String.class)).contains(id,
				Tokens.ADMIN_CLIENT, Tokens.READ_ONLY_CLIENT);
	}

	@Test
	void shouldStopTheTokensOfADisabledAndThenOfADeletedApp() {
		String id = JsonDocument.of(api().contentType("application/json").body(WORKER).post(APPS)).getString("id");
		String secret = JsonDocument.of(api().get(APPS + "/" + id + "/secret")).getString("secret");
		String token = Tokens.fetch(this.port, ENV, id, secret);
		this.clock.advance(java.time.Duration.ofMinutes(1));

		JsonDocument disabled = JsonDocument.of(api().contentType("application/json")
			.body(WORKER.replace("\"enabled\":true", "\"enabled\":false")
				.replace("UseCaseWorkerApp\",\"type", "Now disabled\",\"type"))
			.put(APPS + "/" + id)
			.then()
			.statusCode(200)
			.extract());

		assertThat(disabled.getBoolean("enabled")).isFalse();
		assertThat(disabled.getString("description")).isEqualTo("Now disabled");
		assertThat(disabled.getString("updatedAt")).isEqualTo("2025-11-20T10:01:00.000Z");
		assertThat(as(token).get("/v1/environments/" + ENV + "/users").statusCode()).isEqualTo(401);

		api().delete(APPS + "/" + id).then().statusCode(204);
		assertNotFound(api().get(APPS + "/" + id));
		assertNotFound(api().get(APPS + "/" + id + "/roleAssignments"));
		assertError(as(token).get("/v1/environments/" + ENV + "/users"), 401, "ACCESS_FAILED", UNAUTHORIZED,
				detail("INVALID_TOKEN", null, "The access token is invalid or has expired."));
	}

	@Test
	void shouldMakeAnAppWithoutRolesWhenToldNotToInheritThemAndDisabledByDefault() {
		String id = JsonDocument
			.of(api().contentType("application/json")
				.body(WORKER.replace("\"enabled\":true,", "").replace("}", ",\"assignActorRoles\":false}"))
				.post(APPS)
				.then()
				.statusCode(201)
				.extract())
			.getString("id");

		assertThat(JsonDocument.of(api().get(APPS + "/" + id)).getBoolean("enabled")).isFalse();
		assertThat(JsonDocument.of(api().get(APPS + "/" + id + "/roleAssignments")).getInt("count")).isZero();
	}

	@Test
	void shouldRefuseWhatIsNotAWorkerAppAndADuplicateName() {
		assertInvalidData(create(WORKER.replace("\"WORKER\"", "\"CUSTOM_APP\"")), detail("INVALID_VALUE", "type",
				"The stub supports WORKER, WEB_APP, SINGLE_PAGE_APP and NATIVE_APP applications, not CUSTOM_APP."));
		assertInvalidData(create(WORKER.replace("OPENID_CONNECT", "SAML")),
				detail("INVALID_VALUE", "protocol", "A WORKER application's protocol is OPENID_CONNECT."));
		assertInvalidData(create(WORKER.replace("[\"CLIENT_CREDENTIALS\"]", "[\"AUTHORIZATION_CODE\"]")), detail(
				"INVALID_VALUE", "grantTypes", "A WORKER application's grantTypes are [\"CLIENT_CREDENTIALS\"]."));
		assertInvalidData(create(WORKER.replace("CLIENT_SECRET_BASIC", "NONE")),
				detail("INVALID_VALUE", "tokenEndpointAuthMethod",
						"tokenEndpointAuthMethod must be CLIENT_SECRET_BASIC or CLIENT_SECRET_POST."));
		assertInvalidData(create(WORKER.replace("\"name\":\"UseCaseWorkerApp\",", "")),
				detail("REQUIRED_VALUE", "name", "name is required."));
		create(WORKER).then().statusCode(201);
		assertInvalidData(create(WORKER.replace("UseCaseWorkerApp\",\"desc", "usecaseworkerapp\",\"desc")), detail(
				"UNIQUENESS_VIOLATION", "name", "An application with this name already exists in the environment."));
		assertThat(JsonDocument.of(api().get(APPS)).getInt("count")).isEqualTo(3);
	}

	@Test
	void shouldShowNoSecretTheStubKeepsOnlyAsAHashAndNoneToAnAppWithoutAnAppRole() {
		assertError(api().get(APPS + "/" + Tokens.READ_ONLY_CLIENT + "/secret"), 400, "INVALID_REQUEST",
				"The request could not be completed. The stub keeps only a hash of this application's secret: it was "
						+ "given in the seed, or in the answer that made its sandbox.");
		assertError(as(readOnlyToken()).get(APPS), 403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles give no access to applications."));
		assertNotFound(api().get(APPS + "/" + UNKNOWN));
		assertNotFound(api().get(APPS + "/not-an-app"));
	}

	private Response create(String body) {
		return api().contentType("application/json").body(body).post(APPS);
	}

	private RequestSpecification as(String token) {
		return anonymous().auth().oauth2(token);
	}

}
