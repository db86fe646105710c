package dev.mfastub.web;

import java.nio.charset.StandardCharsets;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * One test per row of DESIGN.md's error table, each through a real path of the app, and
 * the headers every answer carries. Every error is PingOne's {@code P1Error} in JSON:
 * never HTML, never a Spring problem detail, never a stack trace.
 */
class ErrorBodiesTest extends ApiTest {

	@Test
	void shouldAnswerInvalidDataForWrongField() {
		Response response = api().contentType("application/json")
			.body("{\"mfaEnabled\":\"yes\"}")
			.put(user(ADA) + "/mfaEnabled");

		assertPingOneError(response, 400, "INVALID_DATA");
		response.then()
			.body(JsonDocument.at("message",
					equalTo("The request could not be completed. One or more validation errors were in the request.")))
			.body(JsonDocument.at("details[0].code", equalTo("INVALID_VALUE")));
	}

	@Test
	void shouldAnswerInvalidRequestForUnreadableBody() {
		Response response = api().contentType("application/json").body("{not json").put(user(ADA) + "/mfaEnabled");

		assertPingOneError(response, 400, "INVALID_REQUEST");
	}

	@Test
	void shouldAnswerAccessFailedForUnauthorized() {
		assertPingOneError(api().get("/test-only/send-error/401"), 401, "ACCESS_FAILED");
	}

	@Test
	void shouldAnswerAccessFailedForForbidden() {
		assertPingOneError(api().get("/test-only/send-error/403"), 403, "ACCESS_FAILED");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/v1/environments/a%2Fb/users", "/v1/environments/a%00b/users", "/v1/%5c..%5c" })
	void shouldAnswerInvalidRequestForPathTomcatRefuses(String path) {
		assertPingOneError(api().urlEncodingEnabled(false).get(path), 400, "INVALID_REQUEST");
	}

	@Test
	void shouldAnswerNotFoundForUnknownRoute() {
		assertPingOneError(api().get("/v1/no/such/route"), 404, "NOT_FOUND");
		assertPingOneError(api().get("/"), 404, "NOT_FOUND");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/v1/environments/" + ENV + "/users/not-a-uuid",
			"/v1/environments/" + ENV + "/users/not-a-uuid/mfaEnabled",
			"/v1/environments/not-a-uuid/users/" + ADA + "/bypassMFA", "/v1/environments/not-a-uuid/users",
			"/v1/environments/" + ENV + "/users/7e94b96e03644 63ba059d97d1e4cb1d5",
			"/v1/environments/" + ENV + "/users/" + UNKNOWN, "/v1/environments/" + UNKNOWN + "/users/" + ADA,
			"/v1/environments/" + UNKNOWN + "/users" })
	void shouldAnswerNotFoundForIdThatNamesNothing(String path) {
		assertPingOneError(api().get(path), 404, "NOT_FOUND");
	}

	@Test
	void shouldAnswerMethodNotAllowedWithAllowHeader() {
		Response response = api().delete(user(ADA) + "/mfaEnabled");

		assertPingOneError(response, 405, "INVALID_REQUEST");
		assertThat(response.header("Allow")).contains("GET").contains("PUT");
	}

	@Test
	void shouldAnswerMethodNotAllowedForPostOnBypass() {
		// The documentation's curl for GET bypassMFA adds --data '', which makes curl
		// POST.
		assertPingOneError(api().contentType("application/json").body("").post(user(ADA) + "/bypassMFA"), 405,
				"INVALID_REQUEST");
	}

	@Test
	void shouldAnswerPayloadTooLargeForDeclaredLength() {
		String body = "{\"mfaEnabled\":true,\"padding\":\"" + "a".repeat(64 * 1024) + "\"}";

		assertPingOneError(api().contentType("application/json").body(body).put(user(ADA) + "/mfaEnabled"), 413,
				"INVALID_REQUEST");
		api().get(user(ADA) + "/mfaEnabled").then().body(JsonDocument.at("mfaEnabled", equalTo(false)));
	}

	@Test
	void shouldAcceptBodyJustUnderTheLimit() {
		String prefix = "{\"mfaEnabled\":true,\"padding\":\"";
		String body = prefix + "a".repeat(64 * 1024 - prefix.length() - 2) + "\"}";

		api().contentType("application/json").body(body).put(user(ADA) + "/mfaEnabled").then().statusCode(200);
	}

	@ParameterizedTest(name = "Content-Type: {0}")
	@ValueSource(strings = { "text/plain", "application/xml", "application/x-www-form-urlencoded",
			"application/octet-stream", "multipart/form-data; boundary=x" })
	void shouldAnswerUnsupportedMediaTypeForWrongContentType(String contentType) {
		String json = "{\"mfaEnabled\":true}";
		// REST Assured encodes text types from a String and binary ones only from bytes.
		boolean binary = contentType.startsWith("application/octet-stream") || contentType.startsWith("multipart/");
		Response response = binary
				? api().contentType(contentType)
					.body(json.getBytes(StandardCharsets.UTF_8))
					.put(user(ADA) + "/mfaEnabled")
				: api().contentType(contentType).body(json).put(user(ADA) + "/mfaEnabled");

		assertPingOneError(response, 415, "INVALID_REQUEST");
	}

	@Test
	void shouldAnswerUnsupportedMediaTypeForMissingContentType() {
		Response response = api().noContentType()
			.body("{\"mfaEnabled\":true}".getBytes(StandardCharsets.UTF_8))
			.put(user(ADA) + "/mfaEnabled");

		assertPingOneError(response, 415, "INVALID_REQUEST");
	}

	@Test
	void shouldAnswerRequestLimitedWithRetryAfter() {
		Response response = api().get("/test-only/send-error/429");

		assertPingOneError(response, 429, "REQUEST_LIMITED");
		assertThat(response.header("Retry-After")).isEqualTo("1");
	}

	@Test
	void shouldAnswerUnexpectedErrorWithoutInternals() {
		Response response = api().get("/test-only/unexpected");

		assertPingOneError(response, 500, "UNEXPECTED_ERROR");
		assertThat(response.asString()).doesNotContain("IllegalStateException")
			.doesNotContain("secret")
			.doesNotContain("jdbc")
			.doesNotContain("\tat ");
	}

	@Test
	void shouldAnswerServiceUnavailableWithRetryAfterWhenDatabaseIsDown() {
		Response response = api().get("/test-only/database-down");

		assertPingOneError(response, 503, "UNEXPECTED_ERROR");
		assertThat(response.header("Retry-After")).isEqualTo("1");
		assertThat(response.asString()).doesNotContain("postgresql").doesNotContain("secret");
	}

	@Test
	void shouldAnswerJsonEvenWhenClientAcceptsOnlyHtml() {
		api().accept("text/html")
			.get(user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200)
			.contentType("application/json")
			.body(JsonDocument.at("mfaEnabled", equalTo(false)));
		assertPingOneError(api().accept("text/html").get("/v1/nothing"), 404, "NOT_FOUND");
	}

	@Test
	void shouldCarryCorrelationAndExternalIdsOnSuccess() {
		Response response = api().header("X-Ping-External-Transaction-ID", "tx-123")
			.header("X-Ping-External-Session-ID", "session/456@host")
			.get(user(ADA) + "/mfaEnabled");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.header("Correlation-Id")).matches(UUID_PATTERN);
		assertThat(response.header("X-Ping-External-Transaction-ID")).isEqualTo("tx-123");
		assertThat(response.header("X-Ping-External-Session-ID")).isEqualTo("session/456@host");
	}

	@Test
	void shouldGenerateExternalIdsWhenAbsent() {
		Response first = api().get(user(ADA) + "/mfaEnabled");
		Response second = api().get(user(ADA) + "/mfaEnabled");

		assertThat(first.header("X-Ping-External-Transaction-ID")).matches(UUID_PATTERN);
		assertThat(first.header("X-Ping-External-Session-ID")).matches(UUID_PATTERN);
		assertThat(first.header("Correlation-Id")).isNotEqualTo(second.header("Correlation-Id"));
	}

	@Test
	void shouldSanitiseAndTruncateEchoedExternalIds() {
		Response response = api()
			.header("X-Ping-External-Transaction-ID", "a b<script>\"x\";=#+.-_/@" + "z".repeat(200))
			.get("/v1/nothing");

		String echoed = response.header("X-Ping-External-Transaction-ID");
		assertThat(echoed).hasSize(100).startsWith("a_b_script__x__=#+.-_/@zz").matches("[A-Za-z0-9._\\-/@=#+]+");
		assertThat(response.header("Correlation-Id")).isEqualTo(JsonDocument.of(response).getString("id"));
	}

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	/**
	 * Status, content type, the P1Error shape, and {@code id} equal to
	 * {@code Correlation-Id}.
	 */
	private static void assertPingOneError(Response response, int status, String code) {
		response.then()
			.statusCode(status)
			.contentType("application/json")
			.body(JsonDocument.at("code", equalTo(code)))
			.body(JsonDocument.at("message", startsWith("The request could not be completed.")))
			.body(JsonDocument.at("$", not(hasKey("trace"))))
			.body(JsonDocument.at("$", not(hasKey("status"))))
			.body(JsonDocument.at("$", not(hasKey("type"))));
		String correlationId = response.header("Correlation-Id");
		assertThat(correlationId).matches(UUID_PATTERN);
		assertThat(JsonDocument.of(response).getString("id")).isEqualTo(correlationId);
		assertThat(response.header("X-Ping-External-Transaction-ID")).isNotBlank();
		assertThat(response.header("X-Ping-External-Session-ID")).isNotBlank();
		assertThat(response.asString()).doesNotContain("<html").doesNotContain("Exception");
	}

}
