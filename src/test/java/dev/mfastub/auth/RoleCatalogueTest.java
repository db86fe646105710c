package dev.mfastub.auth;

import java.util.List;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /v1/roles}: PingOne's built-in roles by the names its API returns, with ids
 * that never change, readable with any app's token.
 */
class RoleCatalogueTest extends SandboxTest {

	private static final String IDENTITY_DATA_ADMIN = "a1d9baa0-9425-3110-8b9d-1b815963015b";

	@Test
	void shouldListEveryBuiltInRoleByPingOnesApiName() {
		Sandbox sandbox = sandbox();

		Response response = api(sandbox).get("/v1/roles");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonDocument body = JsonDocument.of(response);
		assertThat(body.getList("_embedded.roles.name", String.class)).containsExactly(
				"Authorize Gateway Policy Evaluator", "Advanced Identity Cloud Super Admin",
				"Advanced Identity Cloud Tenant Admin", "Application Owner", "Client Application Developer",
				"Configuration Read Only", "Custom Roles Admin", "DaVinci Admin Read Only", "DaVinci Admin",
				"Environment Admin", "Help Desk Admin", "Identity Data Admin", "Identity Data Read Only",
				"Organization Admin", "PingFederate Administrator", "PingFederate Auditor",
				"PingFederate Crypto Administrator", "PingFederate Expression Administrator",
				"PingFederate User Administrator");
		assertThat(body.getInt("count")).isEqualTo(19);
		assertThat(body.getInt("size")).isEqualTo(19);
		assertThat(body.getString("_links.self.href")).isEqualTo(href("/v1/roles"));
		assertThat(body.getList("_embedded.roles.id", String.class)).doesNotHaveDuplicates()
			.contains(IDENTITY_DATA_ADMIN, "3f5a3ea9-57b8-3ea9-b3fb-1fddb5c59fdb",
					"8c3f24f5-e4ff-3094-8592-eeb9c408f5cb", "2053493f-53e4-3ad4-8a15-ea9332e1eecf");
	}

	@Test
	void shouldReadOneRoleById() {
		Sandbox sandbox = sandbox();

		Response response = api(sandbox).get("/v1/roles/" + IDENTITY_DATA_ADMIN);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%s"}},"id":"%s","name":"Identity Data Admin",
				 "description":"Manages users, their MFA and their devices.",
				 "applicableTo":["ENVIRONMENT","POPULATION"],"type":"PLATFORM"}
				""".formatted(href("/v1/roles/" + IDENTITY_DATA_ADMIN), IDENTITY_DATA_ADMIN)));
	}

	@Test
	void shouldLetAReadOnlyAppReadTheCatalogue() {
		Sandbox sandbox = sandbox("""
				{"applications":[{"roles":["Identity Data Read Only"]}]}
				""");

		assertThat(api(sandbox).get("/v1/roles").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswerNotFoundForARoleThatIsNotOne() {
		Sandbox sandbox = sandbox();

		for (String id : List.of("00000000-0000-4000-8000-000000000000", "not-a-role", IDENTITY_DATA_ADMIN + "0")) {
			assertNotFound(api(sandbox).get("/v1/roles/" + id));
		}
	}

	@Test
	void shouldRequireAToken() {
		assertThat(anonymous().get("/v1/roles").statusCode()).isEqualTo(401);
		assertThat(anonymous().get("/v1/roles/" + IDENTITY_DATA_ADMIN).statusCode()).isEqualTo(401);
	}

}
