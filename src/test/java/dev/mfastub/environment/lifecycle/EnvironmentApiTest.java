package dev.mfastub.environment.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.mfastub.organization.OrganizationService;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Tokens;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.allowedValues;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/environments} with the admin app of PingOne's getting-started Task 1: its
 * token, from the documentation (admin) environment, creates an environment and then
 * works on the new environment's users, as Task 2 does.
 */
class EnvironmentApiTest extends ApiTest {

	private static final String ORGANIZATION = "bed432e6-676a-4ebe-b5a5-6b3b54e46bda";

	private static final String LICENSE = OrganizationService.licenseOf(UUID.fromString(ORGANIZATION)).toString();

	private static final String USERS = "/v1/environments/" + ENV + "/users";

	private final List<String> created = new ArrayList<>();

	@AfterEach
	void deleteCreatedEnvironments() {
		this.created.forEach((id) -> anonymous().delete("/__stub/environments/" + id));
	}

	@Test
	void shouldRunTask2FromTheLicenseToEnablingMfa() {
		// Step 2: the license.
		String license = JsonDocument
			.of(api().queryParam("filter", "status eq \"active\"")
				.get("/v1/organizations/" + ORGANIZATION + "/licenses")
				.then()
				.statusCode(200)
				.extract())
			.getString("_embedded.licenses[0].id");

		// Step 3: the environment, as PingOne's page writes the body.
		Response response = create("""
				{"name":"New-Env_1764000000","description":"New environment description","type":"SANDBOX",
				 "region":"NA","billOfMaterials":{"products":[{"type":"PING_ONE_BASE",
				 "description":"New environment product description","console":{"href":"https://example.com"}}]},
				 "license":{"id":"%s"}}""".formatted(license));

		assertThat(response.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(response).getString("id");
		this.created.add(id);
		assertThat(response.header("Location")).isEqualTo(href("/v1/environments/" + id));
		String self = href("/v1/environments/" + id);
		String organization = href("/v1/organizations/" + ORGANIZATION);
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"organization":{"href":"%2$s"},
				           "license":{"href":"%2$s/licenses/%3$s"},"users":{"href":"%1$s/users"}},
				 "id":"%4$s","name":"New-Env_1764000000","description":"New environment description",
				 "organization":{"id":"%5$s"},"license":{"id":"%3$s"},"region":"NA","type":"SANDBOX",
				 "status":"ACTIVE","createdAt":"2025-11-20T10:00:00.000Z","updatedAt":"2025-11-20T10:00:00.000Z",
				 "billOfMaterials":{"products":[{"type":"PING_ONE_BASE",
				   "description":"New environment product description","console":{"href":"https://example.com"}}]}}
				""".formatted(self, organization, LICENSE, id, ORGANIZATION)));

		// Steps 4 to 7, on the new environment, with the admin environment's token.
		Response population = api().contentType("application/json")
			.body("{\"name\":\"Sample Users\",\"description\":\"Sample Population\"}")
			.post("/v1/environments/" + id + "/populations");
		assertThat(population.statusCode()).isEqualTo(201);
		String populationId = JsonDocument.of(population).getString("id");
		assertThat(JsonDocument.of(api().get("/v1/environments/" + id + "/populations"))
			.getList("_embedded.populations.name", String.class)).containsExactly("Default", "Sample Users");

		Response created = api().contentType("application/json")
			.body("""
					{"email":"shared.user@example.com","name":{"given":"Shared","family":"User"},
					 "population":{"id":"%s"},"username":"sharedTestUser"}""".formatted(populationId))
			.post("/v1/environments/" + id + "/users");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(JsonDocument.of(created).getString("population.id")).isEqualTo(populationId);
		String user = JsonDocument.of(created).getString("id");

		Response password = api().contentType("application/vnd.pingidentity.password.set+json")
			.body("{\"value\":\"2FederateM0re!\",\"forceChange\":false}")
			.put("/v1/environments/" + id + "/users/" + user + "/password");
		assertThat(password.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(password).getString("status")).isEqualTo("OK");

		api().contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put("/v1/environments/" + id + "/users/" + user + "/mfaEnabled")
			.then()
			.statusCode(200);
		assertThat(JsonDocument.of(api().get("/v1/environments/" + id + "/users/" + user + "/mfaEnabled"))
			.getBoolean("mfaEnabled")).isTrue();
	}

	@Test
	void shouldListReadChangeAndDeleteAnEnvironment() {
		String id = createdId("{\"name\":\"Staging\",\"region\":\"EU\",\"type\":\"SANDBOX\"}");

		assertThat(JsonDocument.of(api().get("/v1/environments")).getList("_embedded.environments.id", String.class))
			.contains(ENV, id);
		assertThat(JsonDocument.of(api().get("/v1/environments/" + id)).getString("region")).isEqualTo("EU");

		this.clock.advance(java.time.Duration.ofMinutes(5));
		JsonDocument changed = JsonDocument.of(api().contentType("application/json")
			.body("{\"name\":\"Staging 2\",\"type\":\"PRODUCTION\",\"description\":\"now for real\"}")
			.put("/v1/environments/" + id)
			.then()
			.statusCode(200)
			.extract());
		assertThat(changed.getString("name")).isEqualTo("Staging 2");
		assertThat(changed.getString("type")).isEqualTo("PRODUCTION");
		assertThat(changed.getString("region")).isEqualTo("EU");
		assertThat(changed.getString("createdAt")).isEqualTo("2025-11-20T10:00:00.000Z");
		assertThat(changed.getString("updatedAt")).isEqualTo("2025-11-20T10:05:00.000Z");

		assertError(api().delete("/v1/environments/" + id), 400, "INVALID_REQUEST",
				"The request could not be completed. A PRODUCTION environment is not deleted at once: PingOne "
						+ "deletes one only after a soft delete, which the stub does not have.");
		assertInvalidData(
				api().contentType("application/json")
					.body("{\"name\":\"Staging 2\",\"type\":\"SANDBOX\"}")
					.put("/v1/environments/" + id),
				detail("INVALID_VALUE", "type", "A PRODUCTION environment cannot become a SANDBOX again."));
		assertInvalidData(
				api().contentType("application/json")
					.body("{\"name\":\"Staging 2\",\"type\":\"PRODUCTION\",\"region\":\"NA\"}")
					.put("/v1/environments/" + id),
				detail("INVALID_VALUE", "region",
						"region is set when an environment is created and cannot be changed."));
	}

	@Test
	void shouldDeleteASandboxEnvironmentWithItsUsersAndTheRolesHeldOverIt() {
		String id = createdId("{\"name\":\"Short-lived\",\"region\":\"NA\",\"type\":\"SANDBOX\"}");
		api().contentType("application/json")
			.body("{\"username\":\"gone.soon\"}")
			.post("/v1/environments/" + id + "/users")
			.then()
			.statusCode(201);

		api().delete("/v1/environments/" + id).then().statusCode(204);

		assertNotFound(api().get("/v1/environments/" + id));
		assertNotFound(api().get("/v1/environments/" + id + "/users"));
		assertThat(JsonDocument.of(api().get("/v1/environments")).getList("_embedded.environments.id", String.class))
			.doesNotContain(id);
	}

	@Test
	void shouldKeepAnEnvironmentAsItWasCreatedOnReset() {
		String id = createdId("{\"name\":\"Resettable\",\"region\":\"AU\",\"type\":\"SANDBOX\"}");
		api().contentType("application/json")
			.body("{\"name\":\"Renamed\",\"type\":\"SANDBOX\"}")
			.put("/v1/environments/" + id)
			.then()
			.statusCode(200);

		anonymous().post("/__stub/environments/" + id + "/reset").then().statusCode(204);

		JsonDocument environment = JsonDocument.of(api().get("/v1/environments/" + id));
		assertThat(environment.getString("name")).isEqualTo("Resettable");
		assertThat(environment.getString("region")).isEqualTo("AU");
	}

	@Test
	void shouldRefuseWhatPingOneRefuses() {
		createdId("{\"name\":\"Taken\",\"region\":\"NA\",\"type\":\"SANDBOX\"}");

		assertInvalidData(create("{\"name\":\"taken\",\"region\":\"NA\",\"type\":\"SANDBOX\"}"),
				detail("UNIQUENESS_VIOLATION", "name",
						"An environment with this name already exists in the " + "organization."));
		assertInvalidData(create("{\"region\":\"NA\",\"type\":\"SANDBOX\"}"),
				detail("REQUIRED_VALUE", "name", "name is required."));
		assertInvalidData(create("{\"name\":\"x\",\"type\":\"SANDBOX\"}"),
				detail("REQUIRED_VALUE", "region", "region is required."));
		assertInvalidData(create("{\"name\":\"x\",\"region\":\"MARS\",\"type\":\"SANDBOX\"}"),
				detail("INVALID_VALUE", "region", "region must be one of AP, AU, CA, EU, NA, SG.",
						allowedValues("AP", "AU", "CA", "EU", "NA", "SG")));
		assertInvalidData(create("{\"name\":\"x\",\"region\":\"NA\",\"type\":\"sandbox\"}"), detail("INVALID_VALUE",
				"type", "type must be one of SANDBOX, PRODUCTION.", allowedValues("SANDBOX", "PRODUCTION")));
		assertInvalidData(
				create("{\"name\":\"x\",\"region\":\"NA\",\"type\":\"SANDBOX\",\"license\":{\"id\":\""
						+ UUID.randomUUID() + "\"}}"),
				detail("INVALID_VALUE", "license.id",
						"license.id must be an active license of an organization the application administers."));
		assertInvalidData(
				create("{\"name\":\"x\",\"region\":\"NA\",\"type\":\"SANDBOX\",\"billOfMaterials\":{\"products\":1}}"),
				detail("INVALID_VALUE", "billOfMaterials", "billOfMaterials must be an object with a products array."));
		assertError(api().delete("/v1/environments/" + ENV), 400, "INVALID_REQUEST",
				"The request could not be completed. An application cannot delete the environment it belongs to.");
	}

	@Test
	void shouldLeaveCreatingAnEnvironmentToOrganizationAdmins() {
		Response response = anonymous().auth()
			.oauth2(readOnlyToken())
			.contentType("application/json")
			.body("{\"name\":\"Not mine\",\"region\":\"NA\",\"type\":\"SANDBOX\"}")
			.post("/v1/environments");

		assertError(response, 403, "ACCESS_FAILED", FORBIDDEN, detail("INSUFFICIENT_PERMISSIONS", null,
				"Creating an environment takes Organization Admin over its organization."));
		assertError(anonymous().auth().oauth2(readOnlyToken()).delete("/v1/environments/" + ENV), 403, "ACCESS_FAILED",
				FORBIDDEN, detail("INSUFFICIENT_PERMISSIONS", null,
						"The application's roles do not allow changing this environment."));
		assertThat(JsonDocument.of(anonymous().auth().oauth2(readOnlyToken()).get("/v1/environments"))
			.getList("_embedded.environments.id", String.class)).containsExactly(ENV);
	}

	/**
	 * Authorization before validation: a caller that may not create an environment is
	 * refused whatever its body says, a license it may not name included, so it learns
	 * nothing about the request.
	 */
	@Test
	void shouldRefuseACallerThatMayNotCreateBeforeReadingItsBody() {
		for (String body : List.of("{\"name\":\"Not mine\",\"license\":{\"id\":\"" + UUID.randomUUID() + "\"}}",
				"{\"region\":\"MARS\"}", "not json")) {
			Response response = anonymous().auth()
				.oauth2(readOnlyToken())
				.contentType("application/json")
				.body(body)
				.post("/v1/environments");

			assertError(response, 403, "ACCESS_FAILED", FORBIDDEN, detail("INSUFFICIENT_PERMISSIONS", null,
					"Creating an environment takes Organization Admin over its organization."));
		}
	}

	/**
	 * An app with Organization Admin alone (which gives no access to users) creates an
	 * environment: PingOne gives it Environment Admin, Identity Data Admin and Client
	 * Application Developer over it, so it manages the new environment's users and no
	 * other's.
	 */
	@Test
	void shouldGiveTheCreatorTheRolesPingOneGivesOverTheNewEnvironment() {
		JsonDocument sandbox = JsonDocument.of(anonymous().contentType("application/json").body("""
				{"organizationId":"%s","applications":[{"roles":["Identity Data Read Only"],
				 "roleAssignments":[{"role":"Organization Admin","scope":"ORGANIZATION"}]}]}
				""".formatted(ORGANIZATION)).post("/__stub/environments").then().statusCode(201).extract());
		this.created.add(sandbox.getString("id"));
		String token = Tokens.fetch(this.port, sandbox.getString("id"), sandbox.getString("applications[0].clientId"),
				sandbox.getString("applications[0].clientSecret"));
		assertThat(anonymous().auth().oauth2(token).get(USERS).statusCode()).isEqualTo(403);

		Response response = anonymous().auth()
			.oauth2(token)
			.contentType("application/json")
			.body("{\"name\":\"Made by an organization admin\",\"region\":\"NA\",\"type\":\"SANDBOX\"}")
			.post("/v1/environments");
		assertThat(response.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(response).getString("id");
		this.created.add(id);

		anonymous().auth()
			.oauth2(token)
			.contentType("application/json")
			.body("{\"username\":\"made.by.the.creator\"}")
			.post("/v1/environments/" + id + "/users")
			.then()
			.statusCode(201);
		anonymous().auth().oauth2(token).get("/v1/environments/" + id).then().statusCode(200);
		assertThat(anonymous().auth().oauth2(token).get(USERS).statusCode()).isEqualTo(403);
	}

	private Response create(String body) {
		return api().contentType("application/json").body(body).post("/v1/environments");
	}

	private String createdId(String body) {
		Response response = create(body);
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
		String id = JsonDocument.of(response).getString("id");
		this.created.add(id);
		return id;
	}

}
