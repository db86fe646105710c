package dev.mfastub.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.RawHttp;
import dev.mfastub.support.Tokens;

import dev.mfastub.web.HeaderChecks.Caching;

import static dev.mfastub.web.HeaderChecks.assertHardened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The headers on every kind of answer, from every layer that can answer: controllers, the
 * security entry points, the stub's own filters (size limit, faults), the fallback error
 * controller, Tomcat's error valve and Tomcat's refusals of requests it cannot parse.
 * Every answer has {@code X-Content-Type-Options: nosniff} and names no software or
 * version; API data, tokens, control-plane answers, health and every error are
 * {@code no-store}.
 * <p>
 * The public metadata (JWKS, discovery) may be cached briefly at most: keys rotate and
 * sandboxes come and go under the same id, so a long-cached key set would refuse good
 * tokens. Swagger UI and the OpenAPI document are static enough to cache: only nosniff
 * and the banner are checked there.
 */
class SecurityHeadersTest extends ApiTest {

	private static final String MFA_ENABLED = user(ADA) + "/mfaEnabled";

	private static final String JSON = "application/json";

	private final List<String> sandboxes = new ArrayList<>();

	@FunctionalInterface
	interface Call {

		Response send(SecurityHeadersTest test) throws Exception;

	}

	static Stream<Arguments> answers() {
		return Stream.of(
				// --- /v1: successes ---
				arguments("GET mfaEnabled", 200, Caching.NO_STORE, (Call) (t) -> t.api().get(MFA_ENABLED)),
				arguments("PUT bypassMFA", 200, Caching.NO_STORE,
						(Call) (t) -> t.api()
							.contentType(JSON)
							.body("{\"bypassMFAEnabledUntil\":\"2030-01-01T00:00:00.000Z\"}")
							.put(user(ADA) + "/bypassMFA")),
				arguments("GET users", 200, Caching.NO_STORE,
						(Call) (t) -> t.api().get("/v1/environments/" + ENV + "/users")),
				arguments("POST user", 201, Caching.NO_STORE,
						(Call) (t) -> t.api()
							.contentType(JSON)
							.body("{\"username\":\"headers.test\"}")
							.post("/v1/environments/" + ENV + "/users")),
				arguments("DELETE user", 204, Caching.NO_STORE, (Call) (t) -> t.api().delete(user(ALAN))),
				// --- /v1: refusals from every layer ---
				arguments("PUT mfaEnabled with a string", 400, Caching.NO_STORE,
						(Call) (t) -> t.api().contentType(JSON).body("{\"mfaEnabled\":\"yes\"}").put(MFA_ENABLED)),
				arguments("PUT mfaEnabled with a body that is not JSON", 400, Caching.NO_STORE,
						(Call) (t) -> t.api().contentType(JSON).body("{not json").put(MFA_ENABLED)),
				arguments("GET without a token", 401, Caching.NO_STORE, (Call) (t) -> t.anonymous().get(MFA_ENABLED)),
				arguments("GET with a malformed token", 401, Caching.NO_STORE,
						(Call) (t) -> t.anonymous().auth().oauth2("not-a-jwt").get(MFA_ENABLED)),
				arguments("PUT with the read-only app's token", 403, Caching.NO_STORE,
						(Call) (t) -> t.anonymous()
							.auth()
							.oauth2(t.readOnlyToken())
							.contentType(JSON)
							.body("{\"mfaEnabled\":true}")
							.put(MFA_ENABLED)),
				arguments("GET unknown user", 404, Caching.NO_STORE, (Call) (t) -> t.api().get(user(UNKNOWN))),
				arguments("GET unknown route", 404, Caching.NO_STORE, (Call) (t) -> t.api().get("/v1/nothing")),
				arguments("GET /", 404, Caching.NO_STORE, (Call) (t) -> t.anonymous().get("/")),
				arguments("DELETE mfaEnabled", 405, Caching.NO_STORE, (Call) (t) -> t.api().delete(MFA_ENABLED)),
				arguments("PUT a body over the limit", 413, Caching.NO_STORE,
						(Call) (t) -> t.api()
							.contentType(JSON)
							.body("{\"mfaEnabled\":true,\"padding\":\"" + "a".repeat(64 * 1024) + "\"}")
							.put(MFA_ENABLED)),
				arguments("PUT text/plain", 415, Caching.NO_STORE,
						(Call) (t) -> t.api().contentType("text/plain").body("{\"mfaEnabled\":true}").put(MFA_ENABLED)),
				arguments("an unexpected failure", 500, Caching.NO_STORE,
						(Call) (t) -> t.api().get("/test-only/unexpected")),
				arguments("the database down", 503, Caching.NO_STORE,
						(Call) (t) -> t.api().get("/test-only/database-down")),
				arguments("a path Tomcat's valve refuses (encoded slash)", 400, Caching.NO_STORE,
						(Call) (t) -> t.api().urlEncodingEnabled(false).get("/v1/environments/a%2Fb/users")),
				arguments("GET /error", 404, Caching.NO_STORE, (Call) (t) -> t.anonymous().get("/error")),
				// --- /as ---
				arguments("POST token, form", 200, Caching.NO_STORE,
						(Call) (t) -> t.tokenRequest()
							.formParam("client_id", Tokens.ADMIN_CLIENT)
							.formParam("client_secret", Tokens.ADMIN_SECRET)
							.post("/" + ENV + "/as/token")),
				arguments("POST token, Basic", 200, Caching.NO_STORE,
						(Call) (t) -> t.tokenRequest()
							.auth()
							.preemptive()
							.basic(Tokens.ADMIN_CLIENT, Tokens.ADMIN_SECRET)
							.post("/" + ENV + "/as/token")),
				arguments("POST token without grant_type", 400, Caching.NO_STORE,
						(Call) (t) -> t.anonymous()
							.formParam("client_id", Tokens.ADMIN_CLIENT)
							.formParam("client_secret", Tokens.ADMIN_SECRET)
							.post("/" + ENV + "/as/token")),
				arguments("POST token with a wrong secret, Basic", 401, Caching.NO_STORE,
						(Call) (t) -> t.tokenRequest()
							.auth()
							.preemptive()
							.basic(Tokens.ADMIN_CLIENT, "wrong")
							.post("/" + ENV + "/as/token")),
				arguments("POST token of an unknown environment", 404, Caching.NO_STORE,
						(Call) (t) -> t.tokenRequest().post("/" + UNKNOWN + "/as/token")),
				arguments("GET JWKS", 200, Caching.BRIEF, (Call) (t) -> t.anonymous().get("/" + ENV + "/as/jwks")),
				arguments("GET discovery", 200, Caching.BRIEF,
						(Call) (t) -> t.anonymous().get("/" + ENV + "/as/.well-known/openid-configuration")),
				arguments("GET JWKS of an unknown environment", 404, Caching.NO_STORE,
						(Call) (t) -> t.anonymous().get("/" + UNKNOWN + "/as/jwks")),
				// --- health ---
				arguments("GET health", 200, Caching.NO_STORE, (Call) (t) -> t.plain().get("/actuator/health")),
				arguments("GET liveness", 200, Caching.NO_STORE,
						(Call) (t) -> t.plain().get("/actuator/health/liveness")),
				arguments("GET an actuator endpoint that is not exposed", 404, Caching.NO_STORE,
						(Call) (t) -> t.plain().get("/actuator/env")),
				// --- /__stub ---
				arguments("POST sandbox", 201, Caching.NO_STORE, (Call) (t) -> t.createSandbox("{}")),
				arguments("POST sandbox under a taken id", 409, Caching.NO_STORE,
						(Call) (t) -> t.anonymous()
							.contentType(JSON)
							.body("{\"id\":\"" + ENV + "\"}")
							.post("/__stub/environments")),
				arguments("POST sandbox with a user without username", 400, Caching.NO_STORE, (Call) (
						t) -> t.anonymous().contentType(JSON).body("{\"users\":[{}]}").post("/__stub/environments")),
				arguments("POST sandbox as text/plain", 415, Caching.NO_STORE,
						(Call) (t) -> t.anonymous().contentType("text/plain").body("{}").post("/__stub/environments")),
				arguments("GET clock", 200, Caching.NO_STORE,
						(Call) (t) -> t.anonymous().get("/__stub/environments/" + t.sandbox() + "/clock")),
				arguments("PUT clock with a wrong instant", 400, Caching.NO_STORE,
						(Call) (t) -> t.anonymous()
							.contentType(JSON)
							.body("{\"now\":\"tomorrow\"}")
							.put("/__stub/environments/" + t.sandbox() + "/clock")),
				arguments("GET clock of an unknown environment", 404, Caching.NO_STORE,
						(Call) (t) -> t.anonymous().get("/__stub/environments/" + UNKNOWN + "/clock")),
				arguments("PUT faults", 200, Caching.NO_STORE,
						(Call) (t) -> t.anonymous()
							.contentType(JSON)
							.body("[{\"path\":\"/v1/nothing\",\"status\":503}]")
							.put("/__stub/environments/" + t.sandbox() + "/faults")),
				arguments("GET events", 200, Caching.NO_STORE,
						(Call) (t) -> t.anonymous().get("/__stub/environments/" + t.sandbox() + "/events")),
				arguments("POST reset", 204, Caching.NO_STORE,
						(Call) (t) -> t.anonymous().post("/__stub/environments/" + t.sandbox() + "/reset")),
				arguments("DELETE sandbox", 204, Caching.NO_STORE,
						(Call) (t) -> t.anonymous().delete("/__stub/environments/" + t.sandbox())),
				arguments("GET a sandbox (no such operation)", 405, Caching.NO_STORE,
						(Call) (t) -> t.anonymous().get("/__stub/environments/" + t.sandbox())),
				// --- injected faults ---
				arguments("an injected 503 on /v1", 503, Caching.NO_STORE,
						(Call) (t) -> t.withFault(
								"{\"method\":\"GET\",\"path\":\"/v1/**\",\"status\":503," + "\"retryAfterSeconds\":5}",
								"GET", "/v1/environments/%s/users")),
				arguments("an injected 429 on /v1", 429, Caching.NO_STORE,
						(Call) (t) -> t.withFault("{\"path\":\"/v1/**\",\"status\":429,\"retryAfterSeconds\":2}", "GET",
								"/v1/environments/%s/users")),
				arguments("an injected 500 on the token endpoint", 500, Caching.NO_STORE,
						(Call) (t) -> t.withFault("{\"path\":\"/*/as/token\",\"status\":500}", "POST", "/%s/as/token")),
				// --- documentation ---
				arguments("GET OpenAPI document", 200, Caching.ANY, (Call) (t) -> t.plain().get("/v3/api-docs")),
				arguments("GET Swagger UI", 302, Caching.ANY,
						(Call) (t) -> t.plain().redirects().follow(false).get("/swagger-ui.html")),
				arguments("GET Swagger UI page", 200, Caching.ANY,
						(Call) (t) -> t.plain().get("/swagger-ui/index.html")),
				arguments("GET Swagger UI configuration", 200, Caching.ANY,
						(Call) (t) -> t.plain().get("/v3/api-docs/swagger-config")));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("answers")
	void shouldHardenEveryAnswer(String what, int status, Caching caching, Call call) throws Exception {
		Response response = call.send(this);
		HeaderChecks.Answer answer = HeaderChecks.Answer.of(what, response);

		assertThat(response.statusCode()).as("status of %s: %s", what, response.asString()).isEqualTo(status);
		assertHardened(answer, caching);
	}

	// --- Requests only a raw socket can send: most refused by Tomcat itself ---

	static Stream<Arguments> rawRequests() {
		return Stream.of(arguments("a request line that is not one", 400, "GARBAGE\r\n\r\n"),
				arguments("a request target with '<'", 400, "GET /v1/<script> HTTP/1.1\r\nHost: localhost\r\n\r\n"),
				arguments("a header name with a space", 400,
						"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n"),
				arguments("a header value with a control character", 400,
						"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nX-Test: a\u0001b\r\n\r\n"),
				arguments("a header line without a colon", 400,
						"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n"),
				arguments("a bare line feed inside a header", 400,
						"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nX-Test: a\nb\r\n\r\n"),
				arguments("headers over the size limit", 400,
						"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(40 * 1024)
								+ "\r\n\r\n"),
				arguments("HTTP/1.1 without Host", 400, "GET " + MFA_ENABLED + " HTTP/1.1\r\n\r\n"),
				arguments("two Host headers", 400,
						"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n"),
				// RFC 9110 section 15.6.6: the one 5xx that is the client's doing.
				arguments("an unsupported HTTP version", 505,
						"GET " + MFA_ENABLED + " HTTP/3.0\r\nHost: localhost\r\n\r\n"),
				// An API request without a token is a 401 whatever its method; TRACE on a
				// public route is a 405, never an echo.
				arguments("TRACE on the API without a token", 401,
						"TRACE " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\n\r\n"),
				arguments("TRACE", 405, "TRACE /" + ENV + "/as/jwks HTTP/1.1\r\nHost: localhost\r\n\r\n"),
				arguments("a chunked body over the limit", 413,
						"PUT " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n"
								+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
								+ chunk(CHUNKED_JSON) + "0\r\n\r\n"),
				// Not refused: RFC 9112 section 6.3 lets Transfer-Encoding win, and the
				// empty body is the stub's 400.
				arguments("Content-Length and Transfer-Encoding together", 400,
						"PUT " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n"
								+ "Content-Type: application/json\r\n"
								+ "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
				arguments("a Content-Length that is not a number", 400, "PUT " + MFA_ENABLED
						+ " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: x\r\n\r\n"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("rawRequests")
	void shouldHardenTheAnswerToARawRequest(String what, int status, String request) throws Exception {
		RawHttp.Answer raw = RawHttp.exchange(this.port, request.replace("{token}", accessToken()));

		assertThat(raw.status()).as("%s: %s %s", what, raw.statusLine(), raw.body()).isEqualTo(status);
		assertHardened(HeaderChecks.Answer.of(what, raw), Caching.NO_STORE);
	}

	// --- Echoed ids ---

	@Test
	void shouldNotEchoACorrelationIdTheClientSends() {
		Response response = api().header("Correlation-Id", "<script>alert(1)</script>")
			.header("X-Correlation-Id", "<script>alert(1)</script>")
			.get(MFA_ENABLED);

		assertThat(response.header("Correlation-Id")).matches(UUID_PATTERN);
		assertThat(response.headers().asList()).noneMatch((header) -> header.getValue().contains("<"));
		assertThat(response.asString()).doesNotContain("<script>");
	}

	@Test
	void shouldSanitiseAnExternalIdWithMarkupInAHeaderAndNeverPutItInABody() {
		String script = "<script>alert(document.cookie)</script>";
		Response response = anonymous().header(Correlation.EXTERNAL_TRANSACTION_ID, script)
			.header(Correlation.EXTERNAL_SESSION_ID, script)
			.get(MFA_ENABLED);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.header(Correlation.EXTERNAL_TRANSACTION_ID))
			.isEqualTo("_script_alert_document.cookie__/script_");
		assertThat(response.header(Correlation.EXTERNAL_SESSION_ID))
			.isEqualTo("_script_alert_document.cookie__/script_");
		assertThat(response.asString()).doesNotContain("script");
	}

	@Test
	void shouldEchoTheUnicodeLettersAndDigitsOfAnExternalIdAsUtf8AndReplaceTheRest() throws Exception {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.write(("GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ Correlation.EXTERNAL_TRANSACTION_ID + ": tx-")
			.getBytes(StandardCharsets.US_ASCII));
		request.write("é中e\u0301٣😀\u200f".getBytes(StandardCharsets.UTF_8));
		request.write(("-end\r\n" + Correlation.EXTERNAL_SESSION_ID + ": s\u00ff\u0080x\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1));

		RawHttp.Answer answer = RawHttp.exchange(this.port, request.toByteArray());

		assertThat(answer.status()).isEqualTo(401);
		// Letters, a combining mark and an Arabic-Indic digit stay; an emoji and a
		// right-to-left mark do not. Bytes that are not UTF-8 are not letters.
		assertThat(answer.header(Correlation.EXTERNAL_TRANSACTION_ID).map(SecurityHeadersTest::utf8))
			.hasValue("tx-é中e\u0301٣__-end");
		assertThat(answer.header(Correlation.EXTERNAL_SESSION_ID)).hasValue("s__x");
	}

	@Test
	void shouldNotLetAFoldedExternalIdInjectAHeader() throws Exception {
		RawHttp.Answer answer = RawHttp.exchange(this.port,
				"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
						+ Correlation.EXTERNAL_TRANSACTION_ID + ": abc\r\n Set-Cookie: session=stolen\r\n\r\n");

		assertThat(answer.status()).isBetween(400, 401);
		assertThat(answer.headers("Set-Cookie")).isEmpty();
		answer.header(Correlation.EXTERNAL_TRANSACTION_ID)
			.ifPresent((echoed) -> assertThat(echoed).matches(ALLOWED_EXTERNAL_ID));
	}

	@Test
	void shouldNotLetAnExternalIdWithABareCarriageReturnInjectAHeader() throws Exception {
		RawHttp.Answer answer = RawHttp.exchange(this.port,
				"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
						+ Correlation.EXTERNAL_TRANSACTION_ID + ": abc\rSet-Cookie: session=stolen\r\n\r\n");

		assertThat(answer.status()).isBetween(400, 401);
		assertThat(answer.headers("Set-Cookie")).isEmpty();
		answer.header(Correlation.EXTERNAL_TRANSACTION_ID)
			.ifPresent((echoed) -> assertThat(echoed).matches(ALLOWED_EXTERNAL_ID));
	}

	@Test
	void shouldCutAVeryLongExternalIdToOneHundredCharacters() throws Exception {
		RawHttp.Answer answer = RawHttp.exchange(this.port,
				"GET " + MFA_ENABLED + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
						+ Correlation.EXTERNAL_SESSION_ID + ": " + "s".repeat(20_000) + "\r\n\r\n");

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.header(Correlation.EXTERNAL_SESSION_ID)).hasValue("s".repeat(100));
		assertThat(answer.body()).doesNotContain("sssss");
	}

	/** Valid JSON as far as it goes, and longer than the 64 KB limit. */
	private static final String CHUNKED_JSON = "{\"mfaEnabled\":true,\"padding\":\"" + "a".repeat(70 * 1024) + "\"}";

	private static String chunk(String data) {
		return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
	}

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	/** A header's bytes, which {@link RawHttp} reads one per character, as UTF-8. */
	private static String utf8(String header) {
		return new String(header.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
	}

	private static final String ALLOWED_EXTERNAL_ID = "[A-Za-z0-9._\\-/@=#+]{1,100}";

	@AfterEach
	void deleteSandboxes() {
		this.sandboxes.forEach((id) -> plain().delete("/__stub/environments/" + id));
	}

	/** A request without the OpenAPI check, for paths the document does not describe. */
	RequestSpecification plain() {
		return RestAssured.given().baseUri("http://localhost").port(this.port);
	}

	RequestSpecification tokenRequest() {
		return anonymous().formParam("grant_type", "client_credentials");
	}

	Response createSandbox(String body) {
		Response response = anonymous().contentType(JSON).body(body).post("/__stub/environments");
		if (response.statusCode() == 201) {
			this.sandboxes.add(JsonDocument.of(response).get("id"));
		}
		return response;
	}

	/** A new sandbox's id. */
	String sandbox() {
		Response response = createSandbox("{}");
		response.then().statusCode(201);
		return JsonDocument.of(response).get("id");
	}

	/**
	 * Sends a request to a new sandbox that has one fault rule.
	 * @param rule the rule, as JSON
	 * @param method the request's method
	 * @param path the request's path, {@code %s} standing for the sandbox id
	 * @return the answer
	 */
	Response withFault(String rule, String method, String path) {
		Response created = createSandbox("{}");
		created.then().statusCode(201);
		JsonDocument createdJson = JsonDocument.of(created);
		String id = createdJson.get("id");
		String token = Tokens.fetch(this.port, id, createdJson.get("applications[0].clientId"),
				createdJson.get("applications[0].clientSecret"));
		anonymous().contentType(JSON)
			.body("[" + rule.replace("/*/", "/" + id + "/") + "]")
			.put("/__stub/environments/" + id + "/faults")
			.then()
			.statusCode(200);
		RequestSpecification request = anonymous().auth().oauth2(token);
		if ("POST".equals(method)) {
			request.formParam("grant_type", "client_credentials");
		}
		return request.request(method, path.formatted(id));
	}

}
