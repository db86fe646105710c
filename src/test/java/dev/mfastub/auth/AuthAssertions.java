package dev.mfastub.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.restassured.response.Response;

import dev.mfastub.support.JsonDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The answers the auth tests check again and again: PingOne's 401 and 403
 * {@code ACCESS_FAILED} bodies on {@code /v1}, RFC 6749 error bodies from the token
 * endpoint, and the encodings a client uses to talk to it.
 */
final class AuthAssertions {

	static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	static final String UNAUTHORIZED_MESSAGE = "The request could not be completed. You do not have access to this resource.";

	static final String FORBIDDEN_MESSAGE = "The request could not be completed. You do not have permissions or are not licensed to make this request.";

	static final String NOT_FOUND_MESSAGE = "The request could not be completed. The requested resource was not found.";

	/** The organization of the built-in seed's environment. */
	static final String ORGANIZATION = "bed432e6-676a-4ebe-b5a5-6b3b54e46bda";

	private AuthAssertions() {
	}

	/**
	 * Status, content type, the P1Error shape, and {@code id} equal to
	 * {@code Correlation-Id}.
	 */
	static void assertPingOneError(Response response, int status, String code) {
		response.then().statusCode(status).contentType("application/json");
		JsonDocument json = JsonDocument.of(response);
		assertThat(json.getString("code")).isEqualTo(code);
		assertThat(json.getString("message")).startsWith("The request could not be completed.");
		assertThat(json.<String, Object>getMap("$")).doesNotContainKeys("error", "trace", "status");
		String correlationId = response.header("Correlation-Id");
		assertThat(correlationId).matches(UUID_PATTERN);
		assertThat(json.getString("id")).isEqualTo(correlationId);
		assertThat(response.asString()).doesNotContain("<html").doesNotContain("Exception");
	}

	/**
	 * A 404 {@code NOT_FOUND} in PingOne's shape: {@code id}, {@code code},
	 * {@code message}.
	 */
	static void assertNotFound(Response response) {
		assertPingOneError(response, 404, "NOT_FOUND");
		JsonDocument json = JsonDocument.of(response);
		assertThat(json.<String, Object>getMap("$")).containsOnlyKeys("id", "code", "message");
		assertThat(json.getString("message")).isEqualTo(NOT_FOUND_MESSAGE);
	}

	/**
	 * A 401 {@code ACCESS_FAILED} whose one detail is {@code INVALID_TOKEN}, with a
	 * Bearer challenge.
	 */
	static void assertInvalidToken(Response response) {
		assertPingOneError(response, 401, "ACCESS_FAILED");
		assertOneDetail(JsonDocument.of(response), UNAUTHORIZED_MESSAGE, "INVALID_TOKEN");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	/**
	 * A 403 {@code ACCESS_FAILED} whose one detail is {@code INSUFFICIENT_PERMISSIONS}.
	 */
	static void assertInsufficientPermissions(Response response) {
		assertPingOneError(response, 403, "ACCESS_FAILED");
		assertOneDetail(JsonDocument.of(response), FORBIDDEN_MESSAGE, "INSUFFICIENT_PERMISSIONS");
	}

	private static void assertOneDetail(JsonDocument json, String message, String detailCode) {
		assertThat(json.getString("message")).isEqualTo(message);
		assertThat(json.getList("details")).hasSize(1);
		assertThat(json.getString("details[0].code")).isEqualTo(detailCode);
		assertThat(json.getString("details[0].message")).isNotBlank();
	}

	/**
	 * An RFC 6749 section 5.2 error: exactly {@code error} and {@code error_description},
	 * never cached.
	 */
	static void assertTokenError(Response response, int status, String error) {
		response.then().statusCode(status).contentType("application/json");
		JsonDocument json = JsonDocument.of(response);
		assertThat(json.getString("error")).isEqualTo(error);
		assertThat(json.getString("error_description")).isNotBlank();
		assertThat(json.<String, Object>getMap("$")).containsOnlyKeys("error", "error_description");
		assertThat(response.header("Cache-Control")).isEqualTo("no-store");
	}

	/**
	 * Form-encodes a value as RFC 6749 (appendix B) asks:
	 * application/x-www-form-urlencoded.
	 */
	static String formEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A form body from name-value pairs, each form-encoded. */
	static String form(String... namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(formEncode(namesAndValues[i])).append('=').append(formEncode(namesAndValues[i + 1]));
		}
		return body.toString();
	}

	/**
	 * The {@code Authorization} header of {@code client_secret_basic}: id and secret
	 * form-encoded (RFC 6749 section 2.3.1), joined by a colon, Base64-encoded.
	 */
	static String basic(String clientId, String secret) {
		String credentials = formEncode(clientId) + ":" + formEncode(secret);
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	/** The decoded header of a JWT. */
	static JsonDocument header(String jwt) {
		return part(jwt, 0);
	}

	/** The decoded claims of a JWT. */
	static JsonDocument claims(String jwt) {
		return part(jwt, 1);
	}

	/** The decoded claims of a JWT as a map. */
	static Map<String, Object> claimMap(String jwt) {
		return claims(jwt).getMap("$");
	}

	private static JsonDocument part(String jwt, int index) {
		return JsonDocument
			.parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
	}

}
