package dev.mfastub.environment.lifecycle;

import java.util.List;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.FORBIDDEN;
import static dev.mfastub.support.PingOneErrors.UNAUTHORIZED;
import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertNotFound;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code POST /__stub/environments} and {@code DELETE /__stub/environments/{envID}}: what
 * a sandbox starts with, that its apps' credentials work, that sandboxes are isolated
 * even when they reuse PingOne's documentation ids, and that a deleted sandbox is gone
 * with its tokens.
 */
class SandboxLifecycleTest extends SandboxTest {

	private static final String GRACE = "05ad3cc6-8723-4f85-9711-05ad549717f6";

	@Test
	void shouldCreateASandboxWithGeneratedIdAndOneAdminAppFromAnEmptyObject() {
		Response response = createSandbox("{}");

		response.then().statusCode(201).contentType("application/json");
		String id = JsonDocument.of(response).get("id");
		adopt(id);
		assertThat(id).matches(UUID_PATTERN);
		assertThat(response.header("Location")).isEqualTo(href("/__stub/environments/" + id));
		String clientId = JsonDocument.of(response).get("applications[0].clientId");
		String secret = JsonDocument.of(response).get("applications[0].clientSecret");
		assertThat(clientId).matches(UUID_PATTERN);
		// 32 random bytes, Base64url without padding
		assertThat(secret).matches("[A-Za-z0-9_-]{43}");
		assertThat(response.asString()).isEqualTo(Json.compact("""
				{"id":"%1$s","name":"Sandbox %1$s","apiPath":"%2$s","tokenEndpoint":"%3$s",
				 "applications":[{"clientId":"%4$s","clientSecret":"%5$s",
				   "roles":["Environment Admin","Identity Data Admin"]}],
				 "users":[]}""".formatted(id, href("/v1"), href("/" + id + "/as/token"), clientId, secret)));
	}

	@Test
	void shouldCreateASandboxFromAPostWithoutAnyBody() {
		// Everything in the definition is optional, so the definition itself is too.
		// (REST
		// Assured would send text/plain on a bodiless POST: a declared non-JSON type is a
		// 415.)
		Response response = control().noContentType().post("/__stub/environments");

		if (response.statusCode() == 201) {
			adopt(JsonDocument.of(response).get("id"));
		}
		response.then()
			.statusCode(201)
			.body(JsonDocument.at("applications[0].roles",
					equalTo(List.of("Environment Admin", "Identity Data Admin"))));
	}

	@Test
	void shouldGiveTheGeneratedSecretThatWorksAtTheTokenEndpoint() {
		Response created = createSandbox("{}");
		String id = JsonDocument.of(created).get("id");
		adopt(id);
		// Tokens are checked on the sandbox clock: keep it still while others move the
		// base clock.
		control().contentType("application/json")
			.body("{\"now\":\"" + FROZEN_AT + "\",\"frozen\":true}")
			.put("/__stub/environments/" + id + "/clock")
			.then()
			.statusCode(200);

		Response token = anonymous().formParam("grant_type", "client_credentials")
			.formParam("client_id", created.<String>path("applications[0].clientId"))
			.formParam("client_secret", created.<String>path("applications[0].clientSecret"))
			.post(created.<String>path("tokenEndpoint"));

		token.then()
			.statusCode(200)
			.header("Cache-Control", "no-store")
			.body(JsonDocument.at("token_type", equalTo("Bearer")))
			.body(JsonDocument.at("expires_in", equalTo(3600)));
		String accessToken = JsonDocument.of(token).get("access_token");
		anonymous().auth()
			.oauth2(accessToken)
			.get("/v1/environments/" + id + "/users")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("count", equalTo(0)));
		anonymous().auth()
			.oauth2(accessToken)
			.contentType("application/json")
			.body("{\"username\":\"first\"}")
			.post("/v1/environments/" + id + "/users")
			.then()
			.statusCode(201);
	}

	@Test
	void shouldCreateASandboxExactlyAsDefined() {
		String id = UUID.randomUUID().toString();
		Response response = createSandbox("""
				{"id":"%s","name":"Checkout tests",
				 "users":[
				  {"id":"%s","username":"ada","email":"ada@example.com",
				   "name":{"given":"Ada","family":"Lovelace"},"mfaEnabled":true,
				   "bypassMFAEnabledUntil":"2030-01-01T12:00:00.000Z"},
				  {"id":"%s","username":"grace"}],
				 "applications":[
				  {"clientId":"checkout-admin","clientSecret":"admin-secret","roles":["Identity Admin"]},
				  {"clientId":"checkout-reader","clientSecret":"reader-secret","roles":["Identity Data Read Only"]}]}
				""".formatted(id, ADA, GRACE));

		response.then().statusCode(201);
		adopt(id);
		assertThat(response.header("Location")).isEqualTo(href("/__stub/environments/" + id));
		response.then()
			.body(JsonDocument.at("id", equalTo(id)))
			.body(JsonDocument.at("name", equalTo("Checkout tests")))
			.body(JsonDocument.at("apiPath", equalTo(href("/v1"))))
			.body(JsonDocument.at("tokenEndpoint", equalTo(href("/" + id + "/as/token"))));
		assertThat(Json.at(response.asString(), "/applications")).isEqualTo(Json.compact("""
				[{"clientId":"checkout-admin","clientSecret":"admin-secret","roles":["Identity Data Admin"]},
				 {"clientId":"checkout-reader","clientSecret":"reader-secret","roles":["Identity Data Read Only"]}]
				"""));
		// Users are listed in id order: 05ad... before 7e94...
		response.then()
			.body(JsonDocument.at("users.id", equalTo(List.of(GRACE, ADA))))
			.body(JsonDocument.at("users[1].username", equalTo("ada")))
			.body(JsonDocument.at("users[1].email", equalTo("ada@example.com")))
			.body(JsonDocument.at("users[1].name.given", equalTo("Ada")))
			.body(JsonDocument.at("users[1].name.family", equalTo("Lovelace")))
			.body(JsonDocument.at("users[1].mfaEnabled", equalTo(true)))
			.body(JsonDocument.at("users[1].environment.id", equalTo(id)))
			.body(JsonDocument.at("users[0].username", equalTo("grace")))
			.body(JsonDocument.at("users[0].mfaEnabled", equalTo(false)))
			.body(JsonDocument.at("users[0].population.id",
					equalTo(JsonDocument.of(response).get("users[1].population.id"))));
	}

	@Test
	void shouldListTheDefinedUsersThroughTheApiWithTheirMfaSettings() {
		Sandbox sandbox = sandbox("""
				{"users":[
				  {"id":"%s","username":"ada","mfaEnabled":true,"bypassMFAEnabledUntil":"2030-01-01T12:00:00.000Z"},
				  {"id":"%s","username":"grace"}]}
				""".formatted(ADA, GRACE));

		api(sandbox).get(sandbox.users())
			.then()
			.statusCode(200)
			.body(JsonDocument.at("count", equalTo(2)))
			.body(JsonDocument.at("size", equalTo(2)))
			.body(JsonDocument.at("_embedded.users.id", equalTo(List.of(GRACE, ADA))))
			.body(JsonDocument.at("_embedded.users.username", equalTo(List.of("grace", "ada"))))
			.body(JsonDocument.at("_embedded.users.mfaEnabled", equalTo(List.of(false, true))));
		api(sandbox).get(sandbox.user(ADA) + "/bypassMFA").then().statusCode(200).body(equalTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s/bypassMFA"},"user":{"href":"%1$s"}},
				 "bypassMFAEnabledUntil":"2030-01-01T12:00:00.000Z","canBypassMFA":true}
				""".formatted(href(sandbox.user(ADA))))));
		api(sandbox).get(sandbox.user(GRACE) + "/bypassMFA").then().statusCode(200).body(equalTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s/bypassMFA"},"user":{"href":"%1$s"}}}
				""".formatted(href(sandbox.user(GRACE))))));
	}

	@Test
	void shouldGiveTheGivenCredentialsTheirRoles() {
		Sandbox sandbox = sandbox("""
				{"users":[{"id":"%s","username":"ada"}],
				 "applications":[
				  {"clientId":"admin-app","clientSecret":"admin-secret","roles":["Identity Admin"]},
				  {"clientId":"reader-app","clientSecret":"reader-secret","roles":["Identity Data Read Only"]}]}
				""".formatted(ADA));
		String readerToken = JsonDocument
			.of(anonymous().formParam("grant_type", "client_credentials")
				.formParam("client_id", "reader-app")
				.formParam("client_secret", "reader-secret")
				.post(sandbox.tokenPath())
				.then()
				.statusCode(200)
				.extract())
			.get("access_token");

		anonymous().auth()
			.oauth2(readerToken)
			.get(sandbox.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("mfaEnabled", equalTo(false)));
		assertError(
				anonymous().auth()
					.oauth2(readerToken)
					.contentType("application/json")
					.body("{\"mfaEnabled\":true}")
					.put(sandbox.user(ADA) + "/mfaEnabled"),
				403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The application's roles allow reading only."));
		api(sandbox).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(sandbox.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("mfaEnabled", equalTo(true)));
		assertThat(sandbox.clientId()).isEqualTo("admin-app");
	}

	@Test
	void shouldHonourAnApplicationsEnabledFlagAndGrantTypes() {
		Sandbox sandbox = sandbox("""
				{"applications":[
				  {"clientId":"enabled-app","clientSecret":"s1","roles":["Environment Admin"]},
				  {"clientId":"disabled-app","clientSecret":"s2","roles":["Identity Admin"],"enabled":false},
				  {"clientId":"code-app","clientSecret":"s3","roles":["Identity Admin"],
				   "grantTypes":["authorization_code"]}]}
				""");

		tokenRequest(sandbox, "enabled-app", "s1").then().statusCode(200);
		tokenRequest(sandbox, "enabled-app", "s2").then()
			.statusCode(401)
			.body(equalTo("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed.\"}"));
		tokenRequest(sandbox, "disabled-app", "s2").then()
			.statusCode(401)
			.body(equalTo("{\"error\":\"invalid_client\",\"error_description\":"
					+ "\"Client authentication failed: the application is disabled.\"}"));
		tokenRequest(sandbox, "code-app", "s3").then()
			.statusCode(400)
			.body(equalTo("{\"error\":\"unauthorized_client\",\"error_description\":"
					+ "\"The application may not use the client_credentials grant.\"}"));
	}

	@Test
	void shouldKeepTwoSandboxesThatReuseTheDocumentationUserIdIndependent() {
		String definition = """
				{"users":[{"id":"%s","username":"ada","mfaEnabled":false}],
				 "applications":[{"clientId":"same-client","clientSecret":"same-secret","roles":["Identity Admin"]}]}
				""".formatted(ADA);
		Sandbox first = sandbox(definition);
		Sandbox second = sandbox(definition);

		api(first).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(first.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200);
		api(first).contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\":\"2030-01-01T06:00:00.000Z\"}")
			.put(first.user(ADA) + "/bypassMFA")
			.then()
			.statusCode(200);

		api(second).get(second.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("mfaEnabled", equalTo(false)));
		api(second).get(second.user(ADA) + "/bypassMFA")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("bypassMFAEnabledUntil", equalTo(null)));
		api(first).delete(first.user(ADA)).then().statusCode(204);
		api(second).get(second.user(ADA))
			.then()
			.statusCode(200)
			.body(JsonDocument.at("id", equalTo(ADA)))
			.body(JsonDocument.at("environment.id", equalTo(second.id())));
		assertNotFound(api(first).get(first.user(ADA)));
	}

	@Test
	void shouldRefuseATokenOfOneSandboxInAnother() {
		Sandbox first = sandbox();
		Sandbox second = sandbox();

		assertError(api(first).get(second.users()), 403, "ACCESS_FAILED", FORBIDDEN,
				detail("INSUFFICIENT_PERMISSIONS", null, "The access token was issued for another environment."));
	}

	@Test
	void shouldDeleteASandboxWithItsTokensAndAuthServer() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		api(sandbox).get(sandbox.user(ADA)).then().statusCode(200);

		Response deleted = control().delete(sandbox.control());

		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(deleted.asString()).isEmpty();
		Response refused = api(sandbox).get(sandbox.users());
		assertError(refused, 401, "ACCESS_FAILED", UNAUTHORIZED,
				detail("INVALID_TOKEN", null, "The access token is invalid or has expired."));
		assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		assertNotFound(anonymous().formParam("grant_type", "client_credentials")
			.formParam("client_id", sandbox.clientId())
			.formParam("client_secret", sandbox.clientSecret())
			.post(sandbox.tokenPath()));
		assertNotFound(anonymous().get("/" + sandbox.id() + "/as/jwks"));
		assertNotFound(control().get(sandbox.control() + "/clock"));
		assertNotFound(control().delete(sandbox.control()));
	}

	@Test
	void shouldNotLetAnAppOfOneSandboxGetTokensFromAnother() {
		Sandbox first = sandbox();
		Sandbox second = sandbox();

		tokenRequest(second, first.clientId(), first.clientSecret()).then()
			.statusCode(401)
			.body(JsonDocument.at("error", equalTo("invalid_client")));
	}

	@Test
	void shouldAnswerNotFoundForDeletingAnEnvironmentThatDoesNotExist() {
		assertNotFound(control().delete("/__stub/environments/" + UUID.randomUUID()));
		assertNotFound(control().delete("/__stub/environments/not-a-uuid"));
	}

	private Response tokenRequest(Sandbox sandbox, String clientId, String secret) {
		return anonymous().formParam("grant_type", "client_credentials")
			.formParam("client_id", clientId)
			.formParam("client_secret", secret)
			.post(sandbox.tokenPath());
	}

}
