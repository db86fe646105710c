package dev.mfastub.web;

import java.util.Map;
import java.util.stream.Stream;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Browser clients: the PingOne API answers CORS from any origin, as PingOne does; the
 * control plane answers no browser request from another site; and while the stub listens
 * on loopback, a {@code Host} that is not this machine (what a DNS-rebinding page sends)
 * gets nothing from any path. Test-wide configuration lists {@code stub.example.test} in
 * {@code stub.allowed-hosts}.
 */
class BrowserClientsTest extends SandboxTest {

	private static final String CONSOLE = "http://localhost:3000";

	private static final String EVIL = "https://evil.example";

	private static final String ALLOWED_HEADERS = "Accept,Accept-Language,Content-Language,Content-Type,Range,"
			+ "Authorization,Content-Length,Cookie,Correlation-Id,Origin,Origin-Cookies,Referer,Referrer,X-Amz-Date,"
			+ "X-Amz-Security-Token,X-Api-Key,X-client-version,X-Content-Type-Options";

	@Test
	void shouldAnswerAPreflightFromAnyOriginWithPingOnesMethodsAndHeaders() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));

		Response response = plain().header("Origin", CONSOLE)
			.header("Access-Control-Request-Method", "PUT")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.options(sandbox.user(ADA) + "/mfaEnabled");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(response.header("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD,POST,PUT,PATCH,DELETE");
		assertThat(response.header("Access-Control-Allow-Headers")).isEqualTo("authorization, content-type");
		assertThat(response.header("Access-Control-Max-Age")).isEqualTo("3600");
		assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
		assertThat(response.body().asString()).isEmpty();
	}

	@Test
	void shouldAllowEveryRequestHeaderPingOneListsAndNoOther() {
		Sandbox sandbox = sandbox();
		Response allowed = plain().header("Origin", CONSOLE)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", ALLOWED_HEADERS)
			.options(sandbox.users());
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.header("Access-Control-Allow-Headers")).isEqualTo(ALLOWED_HEADERS.replace(",", ", "));

		// The browser sends no call whose headers the answer does not all list.
		Response partly = plain().header("Origin", CONSOLE)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,x-stub-control-token")
			.options(sandbox.users());
		assertThat(partly.statusCode()).isEqualTo(200);
		assertThat(partly.header("Access-Control-Allow-Headers")).isEqualTo("authorization");

		assertRefusedPreflight(plain().header("Origin", CONSOLE)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "x-stub-control-token")
			.options(sandbox.users()));
	}

	@Test
	void shouldRefuseAPreflightForAMethodPingOneDoesNotAllow() {
		Sandbox sandbox = sandbox();
		assertRefusedPreflight(plain().header("Origin", CONSOLE)
			.header("Access-Control-Request-Method", "TRACE")
			.options(sandbox.users()));
	}

	@Test
	void shouldLetACrossOriginCallReadASuccessAndItsCorrelationId() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));

		Response response = api(sandbox).header("Origin", CONSOLE).get(sandbox.user(ADA) + "/mfaEnabled");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(response).getBoolean("mfaEnabled")).isFalse();
		assertCorsAnswer(response);
	}

	@Test
	void shouldLetACrossOriginCallReadA401() {
		Sandbox sandbox = sandbox();

		Response response = anonymous().header("Origin", CONSOLE).get(sandbox.users());

		assertThat(response.statusCode()).isEqualTo(401);
		JsonDocument json = JsonDocument.of(response);
		assertThat(json.getString("code")).isEqualTo("ACCESS_FAILED");
		assertThat(json.getString("id")).isEqualTo(response.header("Correlation-Id"));
		assertCorsAnswer(response);
	}

	@Test
	void shouldLetACrossOriginCallReadA403() {
		Sandbox sandbox = sandbox();
		Sandbox other = sandbox();

		Response response = api(other).header("Origin", CONSOLE).get(sandbox.users());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(JsonDocument.of(response).getString("details[0].code")).isEqualTo("INSUFFICIENT_PERMISSIONS");
		assertCorsAnswer(response);
	}

	@Test
	void shouldLetACrossOriginCallReadA400() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));

		Response response = api(sandbox).header("Origin", CONSOLE)
			.contentType("application/json")
			.body("{\"bypassMFAEnabledUntil\":\"2030-12-31\"}")
			.put(sandbox.user(ADA) + "/bypassMFA");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonDocument.of(response).getString("details[0].target")).isEqualTo("bypassMFAEnabledUntil");
		assertCorsAnswer(response);
	}

	@Test
	void shouldLetACrossOriginPageTakeAToken() {
		Sandbox sandbox = sandbox();

		Response response = anonymous().header("Origin", CONSOLE)
			.contentType("application/x-www-form-urlencoded")
			.formParam("grant_type", "client_credentials")
			.formParam("client_id", sandbox.clientId())
			.formParam("client_secret", sandbox.clientSecret())
			.post(sandbox.tokenPath());

		assertThat(response.statusCode()).isEqualTo(200);
		assertCorsAnswer(response);
		assertCorsAnswer(anonymous().header("Origin", CONSOLE).get("/" + sandbox.id() + "/as/jwks"));
	}

	@Test
	void shouldSendNoCorsHeadersToSameOriginCallsOrOutsideTheApi() {
		Sandbox sandbox = sandbox();
		Response sameOrigin = api(sandbox).header("Origin", "http://localhost:" + this.port).get(sandbox.users());
		assertThat(sameOrigin.statusCode()).isEqualTo(200);
		assertThat(sameOrigin.header("Access-Control-Allow-Origin")).isNull();

		Response health = plain().header("Origin", CONSOLE).get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.header("Access-Control-Allow-Origin")).isNull();
		assertThat(health.header("Vary")).isNull();
	}

	static Stream<Arguments> browserMarks() {
		return Stream.of(arguments("cross-site with an Origin", Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site")),
				arguments("same-site (another port)", Map.of("Sec-Fetch-Site", "same-site")),
				arguments("a foreign Origin alone", Map.of("Origin", "http://localhost:3000")),
				arguments("Origin null", Map.of("Origin", "null")),
				arguments("an Origin that is no origin", Map.of("Origin", "http://[")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("browserMarks")
	void shouldRefuseEveryControlPlaneCallFromAnotherSiteAndChangeNothing(String name, Map<String, String> marks) {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		String faultedPath = sandbox.users() + "/00000000-0000-4000-8000-000000000000";
		control().contentType("application/json")
			.body("{\"rules\":[{\"method\":\"GET\",\"path\":\"" + faultedPath + "\",\"status\":503}]}")
			.put(sandbox.control() + "/faults")
			.then()
			.statusCode(200);
		String newSandbox = "/__stub/environments/3b0c1f9e-7d7a-4f55-9a51-0c0ffee0cafe";

		Map<String, String> calls = Map.ofEntries(
				Map.entry("POST /__stub/environments", "{\"id\":\"3b0c1f9e-7d7a-4f55-9a51-0c0ffee0cafe\"}"),
				Map.entry("DELETE " + sandbox.control(), ""), Map.entry("POST " + sandbox.control() + "/reset", ""),
				Map.entry("POST /__stub/reset", ""),
				Map.entry("PUT " + sandbox.control() + "/clock", "{\"now\":\"2040-01-01T00:00:00.000Z\"}"),
				Map.entry("DELETE " + sandbox.control() + "/clock", ""),
				Map.entry("POST " + sandbox.control() + "/clock/advance", "{\"duration\":\"PT2H\"}"),
				Map.entry("GET " + sandbox.control() + "/clock", ""),
				Map.entry("GET " + sandbox.control() + "/events", ""),
				Map.entry("PUT " + sandbox.control() + "/faults", "{\"rules\":[]}"),
				Map.entry("DELETE " + sandbox.control() + "/faults", ""),
				Map.entry("POST /__stub/signing-keys/rotate", ""),
				Map.entry("OPTIONS " + sandbox.control() + "/reset", ""), Map.entry("GET /__stub", ""));
		String keys = plain().get("/" + sandbox.id() + "/as/jwks").asString();
		calls.forEach((call, body) -> {
			String[] methodAndPath = call.split(" ", 2);
			for (String contentType : new String[] { "text/plain", "application/json" }) {
				RequestSpecification request = plain().headers(marks).contentType(contentType);
				Response response = request.body(body).request(methodAndPath[0], methodAndPath[1]);
				assertThat(response.statusCode()).as(call + " as " + contentType).isEqualTo(403);
				assertThat(JsonDocument.of(response).getString("details[0].message")).as(call)
					.isEqualTo("The control plane does not answer requests that a browser sends from another site.");
				assertThat(response.headers().asList()).as(call)
					.noneMatch((header) -> header.getName().startsWith("Access-Control-"));
			}
		});

		// Nothing happened: the sandbox, its user, its clock and its fault rule are as
		// they were, and no sandbox was created.
		control().get(sandbox.control() + "/clock")
			.then()
			.statusCode(200)
			.body(JsonDocument.at("now", equalTo(FROZEN_AT)))
			.body(JsonDocument.at("frozen", equalTo(true)));
		api(sandbox).get(sandbox.user(ADA)).then().statusCode(200);
		api(sandbox).get(faultedPath).then().statusCode(503);
		control().delete(newSandbox).then().statusCode(404);
		assertThat(plain().get("/" + sandbox.id() + "/as/jwks").asString()).isEqualTo(keys);
	}

	@ParameterizedTest(name = "Sec-Fetch-Site: {0}")
	@ValueSource(strings = { "same-origin", "none" })
	void shouldAnswerTheControlPlaneForItsOwnOrigin(String site) {
		Sandbox sandbox = sandbox();

		Response response = plain().header("Origin", "http://localhost:" + this.port)
			.header("Sec-Fetch-Site", site)
			.contentType("application/json")
			.body("{\"duration\":\"PT1H\"}")
			.post(sandbox.control() + "/clock/advance");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonDocument.of(response).getString("now")).isEqualTo("2030-01-01T01:00:00.000Z");
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
	}

	@ParameterizedTest(name = "Host: {0}")
	@ValueSource(strings = { "evil.example", "evil.example:{port}", "localhost.evil.example", "127.0.0.1.evil.example",
			"[::2]:{port}", "128.0.0.1:{port}", "127.0.0.256", "localhost.", "STUB.EXAMPLE.TEST.evil" })
	void shouldAnswerAForeignHostWithNothingOnAnyPath(String host) {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		String hostHeader = host.replace("{port}", Integer.toString(this.port));
		for (String path : new String[] { sandbox.control() + "/events", sandbox.user(ADA),
				"/" + sandbox.id() + "/as/jwks", "/actuator/health", "/v3/api-docs", "/swagger-ui.html" }) {
			Response response = plain().header("Host", hostHeader).auth().oauth2(sandbox.token()).get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(421);
			assertThat(response.contentType()).isEqualTo("application/json");
			assertThat(JsonDocument.of(response).getString("code")).isEqualTo("INVALID_REQUEST");
			assertThat(JsonDocument.of(response).getString("message")).isEqualTo("The request could not be completed. "
					+ "The Host header names a host this stub does not answer for; list it in stub.allowed-hosts.");
		}
		Response reset = plain().header("Host", hostHeader).post(sandbox.control() + "/reset");
		assertThat(reset.statusCode()).isEqualTo(421);
	}

	@ParameterizedTest(name = "Host: {0}")
	@ValueSource(strings = { "localhost:{port}", "LocalHost:{port}", "console.localhost:{port}", "127.0.0.1:{port}",
			"127.1.2.3", "[::1]:{port}", "[0:0:0:0:0:0:0:1]", "stub.example.test", "Stub.Example.Test:{port}" })
	void shouldAnswerLoopbackNamesAndAllowedHosts(String host) {
		Sandbox sandbox = sandbox();

		Response response = plain().header("Host", host.replace("{port}", Integer.toString(this.port)))
			.get(sandbox.control() + "/clock");

		assertThat(response.statusCode()).isEqualTo(200);
	}

	private static void assertCorsAnswer(Response response) {
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(response.header("Access-Control-Expose-Headers")).isEqualTo("Correlation-Id");
		assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
		assertThat(response.header("Correlation-Id")).matches(UUID_PATTERN);
	}

	private static void assertRefusedPreflight(Response response) {
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.contentType()).isEqualTo("application/json");
		assertThat(JsonDocument.of(response).getString("code")).isEqualTo("ACCESS_FAILED");
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
	}

	/**
	 * A request that is not checked against the OpenAPI document (preflights are not in
	 * it).
	 */
	private RequestSpecification plain() {
		return RestAssured.given().baseUri("http://localhost").port(this.port);
	}

}
