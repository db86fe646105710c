package dev.mfastub.environment.lifecycle;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.TestClockConfiguration;
import dev.mfastub.support.Tokens;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.hamcrest.Matchers.equalTo;

/**
 * {@code POST /__stub/reset}: the whole store back to the startup seed, sandboxes gone. A
 * store of its own, shared only with the other test that wipes every environment
 * ({@code TokensAfterStoreResetTest}), never at the same time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "stub.h2-database=mem:whole-store-test")
@Import(TestClockConfiguration.class)
@ResourceLock(StoreResetTest.WHOLE_STORE)
public class StoreResetTest {

	/** Held by the tests that reset the whole store. */
	public static final String WHOLE_STORE = "whole-store";

	@LocalServerPort
	int port;

	@Test
	void shouldPutTheWholeStoreBackToTheSeed() {
		String sandbox = JsonDocument.of(api().post("/__stub/environments").then().statusCode(201).extract()).get("id");
		String token = Tokens.fetch(this.port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		String ada = "/v1/environments/" + ApiTest.ENV + "/users/" + ApiTest.ADA;
		api().auth()
			.oauth2(token)
			.contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(ada + "/mfaEnabled")
			.then()
			.statusCode(200);
		api().auth()
			.oauth2(token)
			.delete("/v1/environments/" + ApiTest.ENV + "/users/" + ApiTest.ALAN)
			.then()
			.statusCode(204);

		api().post("/__stub/reset").then().statusCode(204);

		api().get("/__stub/environments/" + sandbox + "/clock").then().statusCode(404);
		String fresh = Tokens.fetch(this.port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET);
		api().auth()
			.oauth2(fresh)
			.get(ada + "/mfaEnabled")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("mfaEnabled", equalTo(false)));
		api().auth()
			.oauth2(fresh)
			.get("/v1/environments/" + ApiTest.ENV + "/users")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("count", equalTo(3)));
	}

	private RequestSpecification api() {
		return RestAssured.given().baseUri("http://localhost").port(this.port).noContentType();
	}

}
