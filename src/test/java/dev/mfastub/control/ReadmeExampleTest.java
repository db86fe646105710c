package dev.mfastub.control;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * The README's "Using the stub in tests" example, run as written but against this test's
 * server, so the README cannot drift from what the stub does. It owns its sandbox and
 * runs alongside the other test classes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class ReadmeExampleTest {

	@LocalServerPort
	int port;

	String stub;

	String env;

	String token;

	@BeforeEach
	void createSandbox() {
		this.stub = "http://localhost:" + this.port;
		JsonPath sandbox = given().contentType("application/json")
			.body("{\"users\": [{\"id\": \"7e94b96e-0364-463b-a059-d97d1e4cb1d5\", \"username\": \"buyer\"}]}")
			.post(this.stub + "/__stub/environments")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath();
		this.env = sandbox.getString("id");
		given().contentType("application/json")
			.body("{\"now\": \"2030-01-01T00:00:00.000Z\", \"frozen\": true}")
			.put(this.stub + "/__stub/environments/" + this.env + "/clock")
			.then()
			.statusCode(200);
		this.token = given().formParam("grant_type", "client_credentials")
			.formParam("client_id", sandbox.getString("applications[0].clientId"))
			.formParam("client_secret", sandbox.getString("applications[0].clientSecret"))
			.post(sandbox.getString("tokenEndpoint"))
			.then()
			.statusCode(200)
			.extract()
			.path("access_token");
	}

	@AfterEach
	void deleteSandbox() {
		given().delete(this.stub + "/__stub/environments/" + this.env).then().statusCode(204);
	}

	@Test
	void bypassEndsWhenItsTimeComes() {
		String bypass = this.stub + "/v1/environments/" + this.env
				+ "/users/7e94b96e-0364-463b-a059-d97d1e4cb1d5/bypassMFA";
		given().auth()
			.oauth2(this.token)
			.contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\": \"2030-01-01T00:30:00.000Z\"}")
			.put(bypass)
			.then()
			.statusCode(200)
			.body("canBypassMFA", equalTo(true));

		given().contentType("application/json")
			.body("{\"duration\": \"PT30M\"}")
			.post(this.stub + "/__stub/environments/" + this.env + "/clock/advance")
			.then()
			.statusCode(200);

		given().auth().oauth2(this.token).get(bypass).then().statusCode(200).body("$", not(hasKey("canBypassMFA")));
	}

}
