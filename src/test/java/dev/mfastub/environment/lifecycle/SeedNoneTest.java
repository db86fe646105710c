package dev.mfastub.environment.lifecycle;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.mfastub.control.ControlPlaneDisabledTest;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static dev.mfastub.environment.lifecycle.SeedTest.assertNotFound;

/**
 * {@code stub.seed=none} starts with an empty store: not even the documentation
 * environment exists, so neither does its auth server, and no token can be had. The
 * context of {@code ControlPlaneDisabledTest}, an empty store without a control plane.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "stub.control.enabled=false", "stub.control.token=secret-token",
				"stub.h2-database=mem:control-disabled-test", "stub.seed=none" })
@Import(TestClockConfiguration.class)
public class SeedNoneTest {

	private static final String DOCUMENTATION_USERS = "/v1/environments/" + ApiTest.ENV + "/users";

	@LocalServerPort
	int port;

	@Test
	void shouldNotHaveTheDocumentationEnvironmentsAuthServer() {
		assertNotFound(api().formParam("grant_type", "client_credentials")
			.formParam("client_id", "6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01")
			.formParam("client_secret", "stub-admin-secret")
			.post("/" + ApiTest.ENV + "/as/token"));
		assertNotFound(api().get("/" + ApiTest.ENV + "/as/jwks"));
		assertNotFound(api().get("/" + ApiTest.ENV + "/as/.well-known/openid-configuration"));
	}

	@Test
	void shouldRefuseDocumentationPathsForWantOfAnyToken() {
		api().get(DOCUMENTATION_USERS + "/" + ApiTest.ADA + "/mfaEnabled")
			.then()
			.statusCode(401)
			.body(JsonDocument.at("code", org.hamcrest.Matchers.equalTo("ACCESS_FAILED")));
	}

	private RequestSpecification api() {
		return RestAssured.given().baseUri("http://localhost").port(this.port);
	}

}
