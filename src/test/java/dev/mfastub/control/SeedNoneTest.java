package dev.mfastub.control;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static dev.mfastub.control.SeedTest.assertNotFound;

/**
 * {@code stub.seed=none} starts with an empty store: not even the documentation
 * environment exists.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "stub.seed=none", "stub.h2-database=mem:seed-none-test" })
@Import(TestClockConfiguration.class)
class SeedNoneTest {

	private static final String DOCUMENTATION_USERS = "/v1/environments/" + ApiTest.ENV + "/users";

	@LocalServerPort
	int port;

	@Test
	void shouldNotHaveTheDocumentationEnvironment() {
		assertNotFound(api().get(DOCUMENTATION_USERS));
	}

	@Test
	void shouldNotHaveTheDocumentationUsers() {
		assertNotFound(api().get(DOCUMENTATION_USERS + "/" + ApiTest.ADA));
		assertNotFound(api().get(DOCUMENTATION_USERS + "/" + ApiTest.GRACE + "/mfaEnabled"));
		assertNotFound(api().get(DOCUMENTATION_USERS + "/" + ApiTest.ALAN + "/bypassMFA"));
	}

	@Test
	void shouldNotCreateUsersInTheDocumentationEnvironment() {
		assertNotFound(
				api().contentType("application/json").body("{\"username\": \"early.bird\"}").post(DOCUMENTATION_USERS));
	}

	private RequestSpecification api() {
		return RestAssured.given().baseUri("http://localhost").port(this.port);
	}

}
