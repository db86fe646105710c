package dev.mfastub.environment.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.INSTANT_PATTERN;
import static dev.mfastub.support.PingOneErrors.UNSUPPORTED_MEDIA_TYPE;
import static dev.mfastub.support.PingOneErrors.allowedPattern;
import static dev.mfastub.support.PingOneErrors.allowedValues;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;

/**
 * Sandbox definitions the control plane refuses, each answered in PingOne's error shape
 * and leaving nothing behind.
 */
class SandboxValidationTest extends SandboxTest {

	@Test
	void shouldAnswerConflictWhenTheIdIsTaken() {
		Sandbox existing = sandbox();

		Response response = createSandbox("{\"id\":\"%s\",\"name\":\"Another\"}".formatted(existing.id()));

		assertError(response, 409, "INVALID_DATA",
				"The request could not be completed. An environment with this id already exists.",
				detail("UNIQUENESS_VIOLATION", "id", "An environment with this id already exists."));
		api(existing).get(existing.users()).then().statusCode(200);
	}

	@Test
	void shouldRequireEachUsersUsername() {
		String id = UUID.randomUUID().toString();

		assertInvalidData(createSandbox("{\"id\":\"%s\",\"users\":[{\"email\":\"nobody@example.com\"}]}".formatted(id)),
				detail("REQUIRED_VALUE", "users[0].username", "users[0].username is required."));
		assertNotFound(control().get("/__stub/environments/" + id + "/clock"));
	}

	@Test
	void shouldRefuseTwoUsersWithTheSameUsernameIgnoringCase() {
		String id = UUID.randomUUID().toString();

		assertInvalidData(
				createSandbox(
						"{\"id\":\"%s\",\"users\":[{\"username\":\"Ada\"},{\"username\":\"ada\"}]}".formatted(id)),
				detail("UNIQUENESS_VIOLATION", "users[1].username", "Two users have this username."));
		assertNotFound(control().get("/__stub/environments/" + id + "/clock"));
	}

	@Test
	void shouldRefuseTwoUsersWithTheSameId() {
		assertInvalidData(createSandbox(
				"{\"users\":[{\"id\":\"%1$s\",\"username\":\"ada\"},{\"id\":\"%1$s\",\"username\":\"grace\"}]}"
					.formatted(ADA)),
				detail("UNIQUENESS_VIOLATION", "users[1].id", "Two users have this id."));
	}

	@Test
	void shouldRefuseANullUser() {
		assertInvalidData(createSandbox("{\"users\":[null]}"),
				detail("REQUIRED_VALUE", "users[0]", "users[0] is required."));
	}

	@Test
	void shouldRefuseAnUnknownRoleListingTheRolesThereAre() {
		String id = UUID.randomUUID().toString();

		assertInvalidData(
				createSandbox("{\"id\":\"%s\",\"applications\":[{\"roles\":[\"Identity Data Admin\",\"Root\"]}]}"
					.formatted(id)),
				detail("INVALID_VALUE", "applications[0].roles[1]",
						"Roles are PingOne's built-in role names, such as Identity Data Admin.",
						allowedValues("Authorize Gateway Policy Evaluator", "Advanced Identity Cloud Super Admin",
								"Advanced Identity Cloud Tenant Admin", "Application Owner",
								"Client Application Developer", "Configuration Read Only", "Custom Roles Admin",
								"DaVinci Admin Read Only", "DaVinci Admin", "Environment Admin", "Help Desk Admin",
								"Identity Data Admin", "Identity Data Read Only", "Organization Admin",
								"PingFederate Administrator", "PingFederate Auditor",
								"PingFederate Crypto Administrator", "PingFederate Expression Administrator",
								"PingFederate User Administrator")));
		assertNotFound(control().get("/__stub/environments/" + id + "/clock"));
	}

	@Test
	void shouldRefuseARoleOverAScopeItIsNotAssignedOver() {
		assertInvalidData(createSandbox("""
				{"applications":[{"roles":["Organization Admin"]}]}
				"""), detail("INVALID_VALUE", "applications[0].roles[0]",
				"Organization Admin is assigned over " + "ORGANIZATION here."));
		assertInvalidData(createSandbox("""
				{"applications":[{"roles":["Identity Data Admin"],
				  "roleAssignments":[{"role":"Identity Data Read Only","scope":"ORGANIZATION"}]}]}
				"""), detail("INVALID_VALUE", "applications[0].roleAssignments[0].role",
				"Identity Data Read Only is assigned over ENVIRONMENT here."));
	}

	@Test
	void shouldRequireEachApplicationsRoles() {
		assertInvalidData(createSandbox("{\"applications\":[{\"clientId\":\"no-roles\"}]}"),
				detail("REQUIRED_VALUE", "applications[0].roles", "applications[0].roles is required."));
	}

	@Test
	void shouldRefuseTwoApplicationsWithTheSameClientId() {
		assertInvalidData(createSandbox("""
				{"applications":[{"clientId":"twin","roles":["Identity Admin"]},
				                 {"clientId":"twin","roles":["Identity Data Read Only"]}]}
				"""),
				detail("UNIQUENESS_VIOLATION", "applications[1].clientId", "Two applications have this client id."));
	}

	@Test
	void shouldRefuseABypassEndInAnyFormButPingOnes() {
		assertInvalidData(
				createSandbox(
						"{\"users\":[{\"username\":\"ada\",\"bypassMFAEnabledUntil\":\"2030-01-01T00:00:00Z\"}]}"),
				detail("INVALID_VALUE", "users[0].bypassMFAEnabledUntil",
						"bypassMFAEnabledUntil must be a date and time in the format yyyy-MM-dd'T'HH:mm:ss.SSS'Z', "
								+ "such as 2025-11-26T00:00:00.000Z.",
						allowedPattern(INSTANT_PATTERN)));
	}

	@Test
	void shouldRefuseAnIdThatIsNotAUuid() {
		assertInvalidData(createSandbox("{\"id\":\"my-sandbox\"}"),
				detail("INVALID_VALUE", "id", "id must be a UUID."));
	}

	@Test
	void shouldRefuseABodyThatIsNotJson() {
		assertError(createSandbox("{\"name\":"), 400, "INVALID_REQUEST",
				"The request could not be completed. The request body is not valid JSON.");
	}

	@Test
	void shouldRefuseABodyThatIsNotAJsonObject() {
		assertError(createSandbox("[]"), 400, "INVALID_REQUEST",
				"The request could not be completed. The request body must be a JSON object.");
	}

	@Test
	void shouldRefuseAContentTypeOtherThanJson() {
		assertError(control().contentType("text/plain").body("{}").post("/__stub/environments"), 415, "INVALID_REQUEST",
				UNSUPPORTED_MEDIA_TYPE);
		assertError(control().contentType("application/xml").body("{}").post("/__stub/environments"), 415,
				"INVALID_REQUEST", UNSUPPORTED_MEDIA_TYPE);
		assertError(control().noContentType().body("{}".getBytes(StandardCharsets.UTF_8)).post("/__stub/environments"),
				415, "INVALID_REQUEST", UNSUPPORTED_MEDIA_TYPE);
	}

}
