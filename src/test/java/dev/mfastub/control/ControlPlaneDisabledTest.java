package dev.mfastub.control;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.mfastub.environment.lifecycle.SeedNoneTest;
import dev.mfastub.support.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static dev.mfastub.support.PingOneErrors.assertNotFound;

/**
 * {@code stub.control.enabled=false}: the control plane does not exist, whatever the
 * method, path or headers. A context shared with {@code SeedNoneTest}: an empty store.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "stub.control.enabled=false", "stub.control.token=secret-token",
				"stub.h2-database=mem:control-disabled-test", "stub.seed=none" })
@Import(TestClockConfiguration.class)
public class ControlPlaneDisabledTest {

	static final String ENVIRONMENT = "/__stub/environments/3f0c6c4e-2b1a-4c5d-9e8f-7a6b5c4d3e2f";

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "POST, /__stub/environments", "GET, /__stub/environments", "DELETE, " + ENVIRONMENT,
			"POST, " + ENVIRONMENT + "/reset", "GET, " + ENVIRONMENT + "/clock", "PUT, " + ENVIRONMENT + "/clock",
			"DELETE, " + ENVIRONMENT + "/clock", "POST, " + ENVIRONMENT + "/clock/advance",
			"GET, " + ENVIRONMENT + "/faults", "PUT, " + ENVIRONMENT + "/faults", "DELETE, " + ENVIRONMENT + "/faults",
			"GET, " + ENVIRONMENT + "/events", "POST, /__stub/signing-keys/rotate", "GET, /__stub", "GET, /__stub/" })
	void shouldAnswerNotFoundForEveryControlPlanePath(String method, String path) {
		assertNotFound(api().contentType("application/json").body("{}").request(method, path));
		assertNotFound(api().header("X-Stub-Control-Token", "secret-token")
			.contentType("application/json")
			.body("{}")
			.request(method, path));
	}

	@Test
	void shouldStillServeEverythingElse() {
		api().get("/actuator/health").then().statusCode(200);
	}

	private RequestSpecification api() {
		return RestAssured.given().baseUri("http://localhost").port(this.port);
	}

}
