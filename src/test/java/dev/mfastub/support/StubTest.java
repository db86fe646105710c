package dev.mfastub.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of the HTTP tests on the shared application context: a real server on a random
 * port, with the test clock. {@link ApiTest} works in the documentation environment,
 * {@link SandboxTest} in sandboxes of its own; classes that add properties get a context
 * of their own and say so.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
public abstract class StubTest {

	@LocalServerPort
	protected int port;

	/**
	 * A request to this test's server without any token. Its response is checked against
	 * the served OpenAPI document, so the document cannot drift from what the stub does,
	 * and every user in it against PingOne's own User data model.
	 */
	protected RequestSpecification anonymous() {
		return RestAssured.given()
			.baseUri("http://localhost")
			.port(this.port)
			.urlEncodingEnabled(true)
			.filter(OpenApiContract.filter(this.port))
			.filter(UserModelContract.filter());
	}

	/** The absolute URL the stub links to for a path, as seen by this test's requests. */
	protected String href(String path) {
		return "http://localhost:" + this.port + path;
	}

}
