package dev.mfastub.auth;

import java.util.List;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.Json;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;
import dev.mfastub.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.mfastub.support.PingOneErrors.assertError;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * OIDC sign-on apps through {@code /v1/environments/{envID}/applications}, as PingOne's
 * "Create Application (OIDC Protocol - Web App)", "... - Single Page App" and "... -
 * Native App" pages make them
 * (https://developer.pingidentity.com/pingone-api/platform/applications/applications-1.html),
 * their secret ("Read Application Secret", "Update Application Secret":
 * https://developer.pingidentity.com/pingone-api/platform/applications/application-secret.html),
 * and what the sign-on runtime reads of them ({@link SignOnClients}).
 */
class OidcApplicationApiTest extends SandboxTest {

	/** The web app of PingOne's "Update app with CLIENT_SECRET_BASIC" workflow step. */
	private static final String WEB_APP = """
			{"enabled":true,"name":"Shared-Web-App","description":"A web app","type":"WEB_APP",
			 "protocol":"OPENID_CONNECT","grantTypes":["AUTHORIZATION_CODE","REFRESH_TOKEN"],
			 "redirectUris":["http://localhost:3000/callback"],"postLogoutRedirectUris":["http://localhost:3000/"],
			 "responseTypes":["CODE"],"pkceEnforcement":"S256_REQUIRED","tokenEndpointAuthMethod":"CLIENT_SECRET_BASIC"}""";

	private static final String SPA = """
			{"enabled":true,"name":"SPA","type":"SINGLE_PAGE_APP","protocol":"OPENID_CONNECT",
			 "redirectUris":["https://spa.example.com/callback"],"tokenEndpointAuthMethod":"NONE"}""";

	@Autowired
	private SignOnClients clients;

	@Test
	void shouldCreateReadAndListAWebAppWithItsSignOnSettings() {
		Sandbox sandbox = sandbox();

		Response created = create(sandbox, WEB_APP);

		assertThat(created.statusCode()).isEqualTo(201);
		String id = JsonDocument.of(created).getString("id");
		String self = href(apps(sandbox) + "/" + id);
		assertThat(created.header("Location")).isEqualTo(self);
		String expected = Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"environment":{"href":"%2$s"},"secret":{"href":"%1$s/secret"},
				           "roleAssignments":{"href":"%1$s/roleAssignments"},
				           "signOnPolicyAssignments":{"href":"%1$s/signOnPolicyAssignments"}},
				 "environment":{"id":"%3$s"},"id":"%4$s","name":"Shared-Web-App","description":"A web app",
				 "enabled":true,"type":"WEB_APP","protocol":"OPENID_CONNECT","createdAt":"2030-01-01T00:00:00.000Z",
				 "updatedAt":"2030-01-01T00:00:00.000Z","grantTypes":["AUTHORIZATION_CODE","REFRESH_TOKEN"],
				 "tokenEndpointAuthMethod":"CLIENT_SECRET_BASIC","responseTypes":["CODE"],
				 "redirectUris":["http://localhost:3000/callback"],"postLogoutRedirectUris":["http://localhost:3000/"],
				 "pkceEnforcement":"S256_REQUIRED","refreshTokenDuration":2592000,
				 "refreshTokenRollingDuration":15552000}""".formatted(self, href("/v1/environments/" + sandbox.id()),
				sandbox.id(), id));
		assertThat(created.asString()).isEqualTo(expected);
		assertThat(api(sandbox).get(apps(sandbox) + "/" + id).asString()).isEqualTo(expected);
		assertThat(
				JsonDocument.of(api(sandbox).get(apps(sandbox))).getList("_embedded.applications.type", String.class))
			.containsExactly("WORKER", "WEB_APP");
		// A sign-on app acts for its users: it inherits no roles.
		assertThat(JsonDocument.of(api(sandbox).get(apps(sandbox) + "/" + id + "/roleAssignments")).getInt("count"))
			.isZero();
	}

	@Test
	void shouldGiveASinglePageAppPingOnesDefaultsAndNoSecret() {
		Sandbox sandbox = sandbox();

		JsonDocument spa = JsonDocument.of(create(sandbox, SPA).then().statusCode(201).extract());

		assertThat(spa.getList("grantTypes", String.class)).containsExactly("AUTHORIZATION_CODE");
		assertThat(spa.getList("responseTypes", String.class)).containsExactly("CODE");
		assertThat(spa.getString("pkceEnforcement")).isEqualTo("OPTIONAL");
		assertThat(spa.getString("tokenEndpointAuthMethod")).isEqualTo("NONE");
		assertThat(spa.getString("postLogoutRedirectUris")).isNull();
		String secret = apps(sandbox) + "/" + spa.getString("id") + "/secret";
		assertError(api(sandbox).get(secret), 400, "INVALID_REQUEST",
				"The request could not be completed. The application's tokenEndpointAuthMethod is NONE: it has no "
						+ "secret.");
		assertError(api(sandbox).contentType("application/json").body("{}").post(secret), 400, "INVALID_REQUEST",
				"The request could not be completed. The application's tokenEndpointAuthMethod is NONE: it has no "
						+ "secret.");
	}

	@Test
	void shouldRefuseWhatPingOneRefuses() {
		Sandbox sandbox = sandbox();

		assertInvalidData(create(sandbox, SPA.replace("\"NONE\"", "\"CLIENT_SECRET_BASIC\"")), detail("INVALID_VALUE",
				"tokenEndpointAuthMethod", "A SINGLE_PAGE_APP application's tokenEndpointAuthMethod is NONE."));
		assertInvalidData(
				create(sandbox,
						SPA.replace("\"redirectUris\"",
								"\"grantTypes\":[\"CLIENT_CREDENTIALS\"]," + "\"redirectUris\"")),
				detail("INVALID_VALUE", "grantTypes",
						"A SINGLE_PAGE_APP application's grantTypes are some of [AUTHORIZATION_CODE, IMPLICIT, "
								+ "REFRESH_TOKEN]."));
		assertInvalidData(create(sandbox, WEB_APP.replace("\"AUTHORIZATION_CODE\",", "").replace("[\"CODE\"]", "[]")),
				detail("INVALID_VALUE", "grantTypes", "REFRESH_TOKEN takes AUTHORIZATION_CODE too."));
		assertInvalidData(create(sandbox, WEB_APP.replace("[\"CODE\"]", "[\"TOKEN\"]")),
				detail("INVALID_VALUE", "responseTypes",
						"The CODE response type goes with the AUTHORIZATION_CODE grant type, and only with it."));
		assertInvalidData(create(sandbox, WEB_APP.replace("S256_REQUIRED", "PLAIN")), detail("INVALID_VALUE",
				"pkceEnforcement", "pkceEnforcement must be OPTIONAL, REQUIRED or S256_REQUIRED."));
		assertInvalidData(create(sandbox, WEB_APP.replace("http://localhost:3000/callback", "/callback")),
				detail("INVALID_VALUE", "redirectUris",
						"Each of redirectUris must be an absolute URI without a fragment or a wildcard."));
		assertInvalidData(create(sandbox, WEB_APP.replace("\"enabled\"", "\"refreshTokenDuration\":59,\"enabled\"")),
				detail("INVALID_VALUE", "refreshTokenDuration",
						"refreshTokenDuration must be from 60 to 2147483647 seconds."));
		assertInvalidData(
				create(sandbox,
						WEB_APP.replace("\"enabled\"",
								"\"refreshTokenDuration\":120,\"refreshTokenRollingDuration\":60,\"enabled\"")),
				detail("INVALID_VALUE", "refreshTokenDuration",
						"refreshTokenDuration must be less than or equal to refreshTokenRollingDuration."));
		assertInvalidData(create(sandbox, WEB_APP.replace("\"WEB_APP\"", "\"CUSTOM_APP\"")), detail("INVALID_VALUE",
				"type",
				"The stub supports WORKER, WEB_APP, SINGLE_PAGE_APP and NATIVE_APP applications, not CUSTOM_APP."));
		assertThat(JsonDocument.of(api(sandbox).get(apps(sandbox))).getInt("count")).isEqualTo(1);
	}

	@Test
	void shouldReplaceASignOnAppButNotItsType() {
		Sandbox sandbox = sandbox();
		String id = JsonDocument.of(create(sandbox, WEB_APP)).getString("id");
		advance(sandbox, "PT1M");

		JsonDocument replaced = JsonDocument.of(api(sandbox).contentType("application/json")
			.body(WEB_APP.replace("\"enabled\":true", "\"enabled\":false")
				.replace("\"AUTHORIZATION_CODE\",\"REFRESH_TOKEN\"", "\"AUTHORIZATION_CODE\",\"IMPLICIT\"")
				.replace("[\"CODE\"]", "[\"CODE\",\"ID_TOKEN\"]"))
			.put(apps(sandbox) + "/" + id)
			.then()
			.statusCode(200)
			.extract());

		assertThat(replaced.getBoolean("enabled")).isFalse();
		assertThat(replaced.getList("grantTypes", String.class)).containsExactly("AUTHORIZATION_CODE", "IMPLICIT");
		assertThat(replaced.getList("responseTypes", String.class)).containsExactly("CODE", "ID_TOKEN");
		assertThat(replaced.getString("updatedAt")).isEqualTo("2030-01-01T00:01:00.000Z");
		assertInvalidData(
				api(sandbox).contentType("application/json")
					.body(SPA.replace("\"name\":\"SPA\"", "\"name\":\"Shared-Web-App\""))
					.put(apps(sandbox) + "/" + id),
				detail("INVALID_VALUE", "type", "An application's type cannot change: it is WEB_APP."));
		api(sandbox).delete(apps(sandbox) + "/" + id).then().statusCode(204);
		assertThat(this.clients.find(UUID.fromString(sandbox.id()), id)).isEmpty();
	}

	@Test
	void shouldRotateTheSecretKeepingThePreviousOneValidUntilItExpires() {
		Sandbox sandbox = sandbox();
		String id = JsonDocument.of(create(sandbox, WEB_APP)).getString("id");
		String path = apps(sandbox) + "/" + id + "/secret";
		String first = JsonDocument.of(api(sandbox).get(path).then().statusCode(200).extract()).getString("secret");
		SignOnClient client = this.clients.find(UUID.fromString(sandbox.id()), id).orElseThrow();
		assertThat(this.clients.secretMatches(client, first)).isTrue();

		Response rotated = api(sandbox).contentType("application/json")
			.body("{\"previous\":{\"expiresAt\":\"2030-01-01T01:00:00.000Z\"}}")
			.post(path);

		assertThat(rotated.statusCode()).isEqualTo(200);
		String second = JsonDocument.of(rotated).getString("secret");
		assertThat(second).isNotEqualTo(first);
		String self = href(path);
		assertThat(rotated.asString()).isEqualTo(Json.compact("""
				{"_links":{"self":{"href":"%1$s"},"environment":{"href":"%2$s"},"application":{"href":"%3$s"}},
				 "environment":{"id":"%4$s"},"secret":"%5$s",
				 "previous":{"secret":"%6$s","expiresAt":"2030-01-01T01:00:00.000Z"}}""".formatted(self,
				href("/v1/environments/" + sandbox.id()), href(apps(sandbox) + "/" + id), sandbox.id(), second,
				first)));
		assertThat(this.clients.secretMatches(client, first)).isTrue();
		assertThat(this.clients.secretMatches(client, second)).isTrue();
		advance(sandbox, "PT1H");
		assertThat(this.clients.secretMatches(client, first)).isFalse();
		assertThat(JsonDocument.of(api(sandbox, 0).get(path)).getString("previous")).isNull();

		api(sandbox, 0).contentType("application/json").post(path).then().statusCode(200);
		assertThat(this.clients.secretMatches(client, second)).isFalse();
		assertInvalidData(
				api(sandbox, 0).contentType("application/json")
					.body("{\"previous\":{\"expiresAt\":\"2030-03-01T00:00:00.000Z\"}}")
					.post(path),
				detail("INVALID_VALUE", "previous.expiresAt",
						"previous.expiresAt must be from 1 minute to 30 days from now."));
	}

	@Test
	void shouldGiveTheRuntimeSignOnAppsOnlyNeverWorkers() {
		Sandbox sandbox = sandbox();
		UUID environment = UUID.fromString(sandbox.id());
		String id = JsonDocument.of(create(sandbox, SPA.replace("\"enabled\":true,", ""))).getString("id");

		SignOnClient spa = this.clients.find(environment, id).orElseThrow();

		assertThat(spa).isEqualTo(new SignOnClient(spa.applicationId(), environment, id, "SPA", "SINGLE_PAGE_APP",
				false, List.of("https://spa.example.com/callback"), List.of(), List.of("AUTHORIZATION_CODE"),
				List.of("CODE"), "OPTIONAL", "NONE"));
		assertThat(this.clients.secretMatches(spa, "")).isFalse();
		assertThat(this.clients.find(environment, sandbox.clientId())).isEmpty();
		assertThat(this.clients.find(environment, "not\u0000an-id")).isEmpty();
		assertThat(this.clients.find(UUID.randomUUID(), id)).isEmpty();
	}

	@Test
	void shouldKeepAWorkerRotatedSecretWorkingAtTheTokenEndpoint() {
		Sandbox sandbox = sandbox();
		String worker = JsonDocument.of(create(sandbox, """
				{"enabled":true,"name":"Worker","type":"WORKER","protocol":"OPENID_CONNECT",
				 "tokenEndpointAuthMethod":"CLIENT_SECRET_BASIC"}""")).getString("id");
		String path = apps(sandbox) + "/" + worker + "/secret";
		String first = JsonDocument.of(api(sandbox).get(path)).getString("secret");

		String second = JsonDocument
			.of(api(sandbox).contentType("application/json")
				.body("{\"previous\":{\"expiresAt\":\"2030-01-02T00:00:00.000Z\"}}")
				.post(path))
			.getString("secret");

		Tokens.fetch(this.port, sandbox.id(), worker, first);
		Tokens.fetch(this.port, sandbox.id(), worker, second);
	}

	private Response create(Sandbox sandbox, String body) {
		return api(sandbox).contentType("application/json").body(body).post(apps(sandbox));
	}

	private static String apps(Sandbox sandbox) {
		return "/v1/environments/" + sandbox.id() + "/applications";
	}

}
