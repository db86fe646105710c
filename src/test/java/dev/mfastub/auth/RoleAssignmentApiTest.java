package dev.mfastub.auth;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Tokens;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/environments/{envID}/applications/{appID}/roleAssignments} with PingOne's
 * rules: an actor gives only what it holds, over the same or a narrower scope; a change
 * applies to the next call of the app it is given to; a role over a population reaches
 * that population's users and no others.
 */
class RoleAssignmentApiTest extends ApiTest {

	private static final String ORGANIZATION = "bed432e6-676a-4ebe-b5a5-6b3b54e46bda";

	private static final String APPS = "/v1/environments/" + ENV + "/applications/";

	private static final String READ_ONLY_ASSIGNMENTS = APPS + Tokens.READ_ONLY_CLIENT + "/roleAssignments";

	private static final String ADMIN_ASSIGNMENTS = APPS + Tokens.ADMIN_CLIENT + "/roleAssignments";

	@Autowired
	private TestApplications applications;

	@Test
	void shouldGiveTheReadOnlyAppARoleThatWritesAndTakeItBack() {
		assertError(
				readOnly().contentType("application/json").body("{\"mfaEnabled\":true}").put(user(ADA) + "/mfaEnabled"),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));

		Response created = assign(READ_ONLY_ASSIGNMENTS, Role.IDENTITY_DATA_ADMIN, ENV, "ENVIRONMENT");

		assertThat(created.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(created).getString("id");
		String self = href(READ_ONLY_ASSIGNMENTS + "/" + id);
		assertThat(created.header("Location")).isEqualTo(self);
		assertThat(created.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"environment":{"href":"%2$s"},
				           "application":{"href":"%2$s/applications/%3$s"},"role":{"href":"%4$s"}},
				 "id":"%5$s","role":{"id":"%6$s"},"scope":{"id":"%7$s","type":"ENVIRONMENT"},
				 "environment":{"id":"%7$s"},"application":{"id":"%3$s"},"readOnly":false}""".formatted(self,
				href("/v1/environments/" + ENV), Tokens.READ_ONLY_CLIENT,
				href("/v1/roles/" + Role.IDENTITY_DATA_ADMIN.id()), id, Role.IDENTITY_DATA_ADMIN.id(), ENV)));
		// The same token, on its next call.
		readOnly().contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200);
		assertThat(JsonDocument.of(api().get(READ_ONLY_ASSIGNMENTS))
			.getList("_embedded.roleAssignments.role.id", String.class)).containsExactlyInAnyOrder(
					Role.IDENTITY_DATA_READ_ONLY.id().toString(), Role.IDENTITY_DATA_ADMIN.id().toString());

		api().delete(READ_ONLY_ASSIGNMENTS + "/" + id).then().statusCode(204);

		assertNotFound(api().get(READ_ONLY_ASSIGNMENTS + "/" + id));
		assertError(
				readOnly().contentType("application/json")
					.body("{\"mfaEnabled\":false}")
					.put(user(ADA) + "/mfaEnabled"),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));
	}

	@Test
	void shouldGiveOnlyWhatTheActorHolds() {
		assertError(assign(READ_ONLY_ASSIGNMENTS, Role.HELP_DESK_ADMIN, ENV, "ENVIRONMENT"), 403, "ACCESS_FAILED",
				FORBIDDEN, detail("INSUFFICIENT_PERMISSIONS", null, "Must have role at the same or broader scope"));
		// Held over the organization: it may be given over the organization or one of its
		// environments.
		assign(READ_ONLY_ASSIGNMENTS, Role.ENVIRONMENT_ADMIN, ENV, "ENVIRONMENT").then().statusCode(201);
		// The read-only variant of a role the actor holds.
		assign(READ_ONLY_ASSIGNMENTS, Role.CONFIGURATION_READ_ONLY, ORGANIZATION, "ORGANIZATION").then()
			.statusCode(201);

		assertInvalidData(assign(READ_ONLY_ASSIGNMENTS, Role.ENVIRONMENT_ADMIN, ENV, "ENVIRONMENT"),
				detail("UNIQUENESS_VIOLATION", "role", "May not assign duplicate Role"));
		assertError(
				api().delete(ADMIN_ASSIGNMENTS + "/"
						+ JsonDocument.of(api().get(ADMIN_ASSIGNMENTS)).getString("_embedded.roleAssignments[0].id")),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "An application cannot change its own role assignments."));
		assertThat(JsonDocument.of(api().get(ADMIN_ASSIGNMENTS))
			.getList("_embedded.roleAssignments.readOnly", Boolean.class)).containsOnly(true).hasSize(3);
	}

	@Test
	void shouldRefuseARoleOrScopeThatDoesNotFit() {
		assertInvalidData(api().contentType("application/json")
			.body("{\"role\":{\"id\":\"" + UNKNOWN + "\"},\"scope\":{\"id\":\"" + ENV + "\",\"type\":\"ENVIRONMENT\"}}")
			.post(READ_ONLY_ASSIGNMENTS), detail("INVALID_VALUE", "role.id", "No built-in role has this id."));
		assertInvalidData(assign(READ_ONLY_ASSIGNMENTS, Role.ORGANIZATION_ADMIN, ENV, "ENVIRONMENT"),
				detail("INVALID_VALUE", "scope",
						"The role Organization Admin cannot be assigned over a scope of type ENVIRONMENT."));
		assertInvalidData(assign(READ_ONLY_ASSIGNMENTS, Role.ENVIRONMENT_ADMIN, UNKNOWN, "ORGANIZATION"), detail(
				"INVALID_VALUE", "scope.id", "scope.id must be the organization of the application's environment."));
		assertInvalidData(assign(READ_ONLY_ASSIGNMENTS, Role.IDENTITY_DATA_ADMIN, UNKNOWN, "ENVIRONMENT"), detail(
				"INVALID_VALUE", "scope.id", "scope.id must be an environment of the application's organization."));
		assertInvalidData(assign(READ_ONLY_ASSIGNMENTS, Role.IDENTITY_DATA_ADMIN, UNKNOWN, "POPULATION"),
				detail("INVALID_VALUE", "scope.id",
						"scope.id must be a population of an environment of the application's organization."));
		assertNotFound(assign(APPS + UNKNOWN + "/roleAssignments", Role.IDENTITY_DATA_ADMIN, ENV, "ENVIRONMENT"));
		assertThat(JsonDocument.of(api().get(READ_ONLY_ASSIGNMENTS)).getInt("count")).isEqualTo(1);
	}

	@Test
	void shouldRefuseBodiesOfTheWrongShapeAndKeepNothing() {
		String role = "{\"id\":\"" + Role.IDENTITY_DATA_ADMIN.id() + "\"}";
		for (String body : new String[] { "{}", "{\"role\":" + role + "}",
				"{\"role\":\"Identity Data Admin\",\"scope\":{}}",
				"{\"role\":{\"id\":\"not-a-uuid\"},\"scope\":{\"id\":\"" + ENV + "\",\"type\":\"ENVIRONMENT\"}}",
				"{\"role\":" + role + ",\"scope\":{\"id\":\"" + ENV + "\",\"type\":\"GALAXY\"}}",
				"{\"role\":" + role + ",\"scope\":{\"id\":\"" + ENV + "\"}}",
				"{\"role\":" + role + ",\"scope\":{\"id\":\"" + ENV + "\",\"type\":\"APPLICATION\"}}",
				"{\"role\":" + role + ",\"scope\":[]}" }) {
			Response response = api().contentType("application/json").body(body).post(READ_ONLY_ASSIGNMENTS);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(JsonDocument.of(response).getString("code")).as(body).isEqualTo("INVALID_DATA");
		}
		assertThat(JsonDocument.of(api().get(READ_ONLY_ASSIGNMENTS)).getInt("count")).isEqualTo(1);
	}

	@Test
	void shouldKeepAppsWithoutAnAppRoleAwayFromRoleAssignments() {
		assertError(readOnly().get(ADMIN_ASSIGNMENTS), 403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles give no access to applications."));
	}

	@Test
	void shouldLetARoleOverAPopulationReachOnlyItsUsers() {
		String population = JsonDocument
			.of(api().contentType("application/json")
				.body("{\"name\":\"Contractors\"}")
				.post("/v1/environments/" + ENV + "/populations"))
			.getString("id");
		String contractor = JsonDocument
			.of(api().contentType("application/json")
				.body("{\"username\":\"con.tractor\",\"population\":{\"id\":\"" + population + "\"}}")
				.post("/v1/environments/" + ENV + "/users"))
			.getString("id");
		this.applications.register(UUID.fromString(ENV), "population-admin", "Population admin", "pop-secret", Set.of(),
				List.of(Application.CLIENT_CREDENTIALS), true);
		String token = Tokens.fetch(this.port, ENV, "population-admin", "pop-secret");
		assign(APPS + "population-admin/roleAssignments", Role.IDENTITY_DATA_ADMIN, population, "POPULATION").then()
			.statusCode(201);

		JsonDocument listed = JsonDocument.of(as(token).get("/v1/environments/" + ENV + "/users"));
		assertThat(listed.getList("_embedded.users.id", String.class)).containsExactly(contractor);
		assertThat(listed.getInt("count")).isEqualTo(1);
		as(token).get(user(contractor)).then().statusCode(200);
		as(token).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(user(contractor) + "/mfaEnabled")
			.then()
			.statusCode(200);
		assertNotFound(as(token).get(user(ADA)));
		assertNotFound(as(token).get(user(ADA) + "/mfaEnabled"));
		assertNotFound(
				as(token).contentType("application/json").body("{\"mfaEnabled\":true}").put(user(ADA) + "/mfaEnabled"));
		assertError(
				as(token).contentType("application/json")
					.body("{\"username\":\"in.default\"}")
					.post("/v1/environments/" + ENV + "/users"),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles do not reach this population."));
		as(token).contentType("application/json")
			.body("{\"username\":\"con.two\",\"population\":{\"id\":\"" + population + "\"}}")
			.post("/v1/environments/" + ENV + "/users")
			.then()
			.statusCode(201);
		assertNotFound(as(token).contentType("application/json")
			.body("{\"id\":\"" + population + "\"}")
			.put(user(ADA) + "/population"));
		String defaultPopulation = JsonDocument.of(api().get(user(ADA))).getString("population.id");
		assertError(
				as(token).contentType("application/json")
					.body("{\"id\":\"" + defaultPopulation + "\"}")
					.put(user(contractor) + "/population"),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles do not reach this population."));
		as(token).get("/v1/environments/" + ENV + "/populations").then().statusCode(200);
		assertError(as(token).get("/v1/environments/" + ENV), 403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application has no role in this environment."));
		assertThat(JsonDocument.of(api().get(user(ADA) + "/mfaEnabled")).getBoolean("mfaEnabled")).isFalse();
	}

	private Response assign(String path, Role role, String scopeId, String scopeType) {
		return api().contentType("application/json")
			.body("{\"role\":{\"id\":\"" + role.id() + "\"},\"scope\":{\"id\":\"" + scopeId + "\",\"type\":\""
					+ scopeType + "\"}}")
			.post(path);
	}

	private RequestSpecification readOnly() {
		return as(readOnlyToken());
	}

	private RequestSpecification as(String token) {
		return anonymous().auth().oauth2(token);
	}

}
