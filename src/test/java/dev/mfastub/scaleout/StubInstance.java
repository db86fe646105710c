package dev.mfastub.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import dev.mfastub.MfaStubApplication;
import dev.mfastub.support.OpenApiContract;
import dev.mfastub.support.Tokens;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One stub instance a test started itself, as an operator would: the {@code postgres}
 * profile, a random port, and the PostgreSQL database it shares with other instances,
 * whatever database the rest of the suite runs on.
 */
final class StubInstance implements AutoCloseable {

	/** Shared by the threads of the concurrency tests: keeps connections alive. */
	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String name;

	private final ConfigurableApplicationContext context;

	private final int port;

	private final boolean contractChecked;

	private StubInstance(String name, ConfigurableApplicationContext context, boolean contractChecked) {
		this.name = name;
		this.context = context;
		this.contractChecked = contractChecked;
		Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
		assertThat(port).isNotNull().isPositive();
		this.port = port;
	}

	/**
	 * Starts an instance on a PostgreSQL database.
	 * @param name what the test calls it, for messages
	 * @param databaseUrl the JDBC URL of the shared database
	 * @return the running instance
	 */
	static StubInstance start(String name, String databaseUrl) {
		return start(name, databaseUrl, true);
	}

	/**
	 * Starts an instance on a PostgreSQL database.
	 * @param name what the test calls it, for messages
	 * @param databaseUrl the JDBC URL of the shared database
	 * @param contractChecked whether to check its answers against its OpenAPI document
	 * (which costs a few seconds of generating and reading the document first)
	 * @return the running instance
	 */
	static StubInstance start(String name, String databaseUrl, boolean contractChecked) {
		return start(name, databaseUrl, contractChecked, (event) -> {
		});
	}

	/**
	 * Starts an instance on a PostgreSQL database, telling a listener when it is
	 * prepared: its logging is set up, and it has not touched the database yet.
	 * @param name what the test calls it, for messages
	 * @param databaseUrl the JDBC URL of the shared database
	 * @param contractChecked whether to check its answers against its OpenAPI document
	 * @param prepared called once the application is prepared, on the starting thread
	 * @return the running instance
	 */
	static StubInstance start(String name, String databaseUrl, boolean contractChecked,
			ApplicationListener<ApplicationPreparedEvent> prepared) {
		// Command-line arguments: they take precedence over application.yaml and the
		// profile, so the instance uses this database and no other.
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MfaStubApplication.class)
			.listeners(prepared)
			.run("--server.port=0", "--spring.profiles.active=postgres", "--spring.datasource.url=" + databaseUrl,
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
		return new StubInstance(name, context, contractChecked);
	}

	String name() {
		return this.name;
	}

	int port() {
		return this.port;
	}

	/** How this instance writes absolute links: {@code http://localhost:PORT}. */
	String base() {
		return "http://localhost:" + this.port;
	}

	/**
	 * A request to this instance without a token; its response is checked against the
	 * OpenAPI document this instance serves, unless it was started unchecked.
	 */
	RequestSpecification request() {
		RequestSpecification request = RestAssured.given()
			.baseUri("http://localhost")
			.port(this.port)
			.urlEncodingEnabled(true);
		return this.contractChecked ? request.filter(OpenApiContract.filter(this.port)) : request;
	}

	/** A request to this instance with a bearer token. */
	RequestSpecification api(String token) {
		return request().auth().oauth2(token);
	}

	/** A fresh token from this instance's token endpoint for an environment's app. */
	String token(String environmentId, String clientId, String secret) {
		return Tokens.fetch(this.port, environmentId, clientId, secret);
	}

	/**
	 * A request sent with the JDK's client, for the concurrency tests: many threads, kept
	 * alive connections, no per-request client set-up.
	 * @param method the method
	 * @param path the path
	 * @param token a bearer token
	 * @param json a JSON body, or {@code null} for none
	 * @return the answer
	 */
	Answer send(String method, String path, String token, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token);
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(this.name, method, path, json, response.statusCode(), response.body(),
					response.headers().firstValue("Correlation-Id").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(this.name + " " + method + " " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * What an instance answered to one request of a concurrency test.
	 *
	 * @param instance the instance's name
	 * @param method the request's method
	 * @param path its path
	 * @param sent its body
	 * @param status the status
	 * @param body the body
	 * @param correlationId the {@code Correlation-Id} header
	 */
	record Answer(String instance, String method, String path, String sent, int status, String body,
			String correlationId) {

		@Override
		public String toString() {
			return this.instance + " " + this.method + " " + this.path + " " + ((this.sent != null) ? this.sent : "")
					+ " -> " + this.status + " " + this.body;
		}

	}

}
