package dev.mfastub.auth;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import dev.mfastub.environment.lifecycle.StoreResetTest;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.OpenApiContract;
import dev.mfastub.support.TestClockConfiguration;
import dev.mfastub.support.Tokens;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static dev.mfastub.auth.AuthAssertions.assertInvalidToken;

/**
 * Tokens across {@code POST /__stub/reset}: the signing keys outlive the reset, so only
 * the app lookup stands between a token issued before it and the API. A token of an app
 * the reset removed, or of an app that came back disabled under the same sandbox id, is
 * refused; a token of a seeded app the reset put back as it was still works. Its own
 * store, since it wipes every environment.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "stub.h2-database=mem:whole-store-test")
@Import(TestClockConfiguration.class)
@ResourceLock(StoreResetTest.WHOLE_STORE)
class TokensAfterStoreResetTest {

	private static final String SANDBOX = "7c9d2e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f";

	private static final String APP = "store-reset-worker";

	private static final String SECRET = "store-reset-worker-secret";

	@LocalServerPort
	int port;

	@BeforeEach
	void startFromTheSeed() {
		anonymous().post("/__stub/reset").then().statusCode(204);
	}

	@Test
	void shouldRefuseATokenOfASandboxAppAfterAGlobalReset() {
		String sandboxToken = sandboxToken();
		String seedToken = Tokens.fetch(this.port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);

		anonymous().post("/__stub/reset").then().statusCode(204);

		assertInvalidToken(sandboxUsers(sandboxToken));
		// The seeded app is back as it was, so its token is still good.
		anonymous().auth().oauth2(seedToken).get("/v1/environments/" + ApiTest.ENV + "/users").then().statusCode(200);
	}

	@Test
	void shouldRefuseATokenOfASandboxAppThatCameBackDisabledAfterAGlobalReset() {
		String token = sandboxToken();

		anonymous().post("/__stub/reset").then().statusCode(204);
		createSandbox(false);

		assertInvalidToken(sandboxUsers(token));
		assertInvalidToken(anonymous().auth()
			.oauth2(token)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put("/v1/environments/" + SANDBOX + "/users/" + ApiTest.ADA + "/mfaEnabled"));
	}

	private String sandboxToken() {
		createSandbox(true);
		String token = Tokens.fetch(this.port, SANDBOX, APP, SECRET);
		sandboxUsers(token).then().statusCode(200);
		return token;
	}

	private void createSandbox(boolean enabled) {
		anonymous().contentType("application/json")
			.body("""
					{"id":"%s","users":[{"id":"%s","username":"ada"}],
					 "applications":[{"clientId":"%s","clientSecret":"%s","roles":["Identity Admin"],"enabled":%s}]}"""
				.formatted(SANDBOX, ApiTest.ADA, APP, SECRET, enabled))
			.post("/__stub/environments")
			.then()
			.statusCode(201);
	}

	private Response sandboxUsers(String token) {
		return anonymous().auth().oauth2(token).get("/v1/environments/" + SANDBOX + "/users");
	}

	private RequestSpecification anonymous() {
		return RestAssured.given()
			.baseUri("http://localhost")
			.port(this.port)
			.filter(OpenApiContract.filter(this.port));
	}

}
