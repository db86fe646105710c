package dev.mfastub.environment.lifecycle;

import java.nio.file.Path;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.mfastub.MfaStubApplication;
import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.PostgresTestDatabase;
import dev.mfastub.support.Tokens;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.mfastub.environment.lifecycle.SeedTest.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed only fills a store that does not have its environments yet: an application
 * restarted on the same H2 file finds what the previous run wrote, including deletions,
 * and the seed does not overwrite it.
 */
class SeedRestartTest {

	private static final String USERS = "/v1/environments/" + ApiTest.ENV + "/users";

	@TempDir
	Path directory;

	@Test
	void shouldKeepChangesAndDeletionsAcrossARestartOnTheSameDatabaseFile() {
		// No DB_CLOSE_DELAY: the database closes with the first application's connection
		// pool, so the second one really reads it back from the file.
		String url = "jdbc:h2:file:" + this.directory.resolve("db").toAbsolutePath();
		String createdId;
		ConfigurableApplicationContext first = start(url);
		try {
			int port = port(first);
			api(port).contentType("application/json")
				.body("{\"mfaEnabled\": true}")
				.put(user(ApiTest.GRACE) + "/mfaEnabled")
				.then()
				.statusCode(200);
			api(port).contentType("application/json")
				.body("{\"email\": \"countess@example.com\"}")
				.patch(user(ApiTest.ADA))
				.then()
				.statusCode(200);
			api(port).delete(user(ApiTest.ALAN)).then().statusCode(204);
			createdId = JsonDocument
				.of(api(port).contentType("application/json")
					.body("{\"username\": \"survivor\"}")
					.post(USERS)
					.then()
					.statusCode(201)
					.extract())
				.get("id");
		}
		finally {
			first.close();
		}
		if (!PostgresTestDatabase.ENABLED) {
			assertThat(this.directory.resolve("db.mv.db")).isRegularFile();
		}

		ConfigurableApplicationContext second = start(url);
		try {
			int port = port(second);
			assertThat(JsonDocument.of(api(port).get(user(ApiTest.GRACE) + "/mfaEnabled")).getBoolean("mfaEnabled"))
				.isTrue();
			assertThat(JsonDocument.of(api(port).get(user(ApiTest.ADA))).getString("email"))
				.isEqualTo("countess@example.com");
			assertNotFound(api(port).get(user(ApiTest.ALAN)));
			Response list = api(port).get(USERS);
			JsonDocument listJson = JsonDocument.of(list);
			assertThat(listJson.getInt("count")).isEqualTo(3);
			assertThat(listJson.getList("_embedded.users.id", String.class)).containsExactlyInAnyOrder(ApiTest.GRACE,
					ApiTest.ADA, createdId);
			assertThat(JsonDocument.of(api(port).get(user(createdId))).getString("username")).isEqualTo("survivor");
		}
		finally {
			second.close();
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		// Command-line arguments: they take precedence over application.yaml.
		return new SpringApplicationBuilder(MfaStubApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--stub.seed=classpath:stub/seed.json");
	}

	private static int port(ConfigurableApplicationContext context) {
		Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
		assertThat(port).isNotNull().isPositive();
		return port;
	}

	private static RequestSpecification api(int port) {
		return RestAssured.given()
			.baseUri("http://localhost")
			.port(port)
			.auth()
			.oauth2(Tokens.fetch(port, ApiTest.ENV, Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET));
	}

	private static String user(String id) {
		return USERS + "/" + id;
	}

}
