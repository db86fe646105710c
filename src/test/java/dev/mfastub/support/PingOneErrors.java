package dev.mfastub.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact assertions on PingOne error bodies:
 * {@code {"id", "code", "message", "details"?: [{"code", "target"?, "message",
 * "innerError"?}]}}, byte for byte, with {@code id} equal to the {@code Correlation-Id}
 * header.
 */
public final class PingOneErrors {

	public static final String INVALID_DATA = "The request could not be completed. One or more validation errors were in the request.";

	public static final String NOT_FOUND = "The request could not be completed. The requested resource was not found.";

	public static final String UNAUTHORIZED = "The request could not be completed. You do not have access to this resource.";

	public static final String FORBIDDEN = "The request could not be completed. You do not have permissions or are not licensed to make this request.";

	public static final String UNSUPPORTED_MEDIA_TYPE = "The request could not be completed. The request content type is not supported.";

	public static final String UNAVAILABLE = "The request could not be completed. The service is temporarily unavailable.";

	public static final String TOO_MANY_REQUESTS = "The request could not be completed. Too many requests were made.";

	public static final String UNEXPECTED = "The request could not be completed. An unexpected error occurred.";

	/** The allowedPattern of every PingOne instant. */
	public static final String INSTANT_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private PingOneErrors() {
	}

	/**
	 * Asserts the status, the JSON content type, and the exact body.
	 * @param response the response
	 * @param status its status
	 * @param code the body's code
	 * @param message the body's message
	 * @param details the body's details, in order; none for a body without them
	 */
	@SafeVarargs
	public static void assertError(Response response, int status, String code, String message,
			Map<String, Object>... details) {
		assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/json");
		String correlationId = response.header("Correlation-Id");
		assertThat(correlationId).matches(UUID_PATTERN);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", correlationId);
		body.put("code", code);
		body.put("message", message);
		if (details.length > 0) {
			body.put("details", Arrays.asList(details));
		}
		assertThat(response.asString()).isEqualTo(MAPPER.writeValueAsString(body));
	}

	/** A 400 {@code INVALID_DATA} with these details. */
	@SafeVarargs
	public static void assertInvalidData(Response response, Map<String, Object>... details) {
		assertError(response, 400, "INVALID_DATA", INVALID_DATA, details);
	}

	/** A 404 {@code NOT_FOUND} without details. */
	public static void assertNotFound(Response response) {
		assertError(response, 404, "NOT_FOUND", NOT_FOUND);
	}

	public static Map<String, Object> detail(String code, String target, String message) {
		return detail(code, target, message, null);
	}

	public static Map<String, Object> detail(String code, String target, String message,
			Map<String, Object> innerError) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("code", code);
		if (target != null) {
			detail.put("target", target);
		}
		detail.put("message", message);
		if (innerError != null) {
			detail.put("innerError", innerError);
		}
		return detail;
	}

	public static Map<String, Object> allowedPattern(String pattern) {
		return Map.of("allowedPattern", pattern);
	}

	public static Map<String, Object> allowedValues(String... values) {
		return Map.of("allowedValues", List.of(values));
	}

	public static Map<String, Object> range(long minimum, long maximum) {
		Map<String, Object> range = new LinkedHashMap<>();
		range.put("rangeMinimumValue", minimum);
		range.put("rangeMaximumValue", maximum);
		return range;
	}

}
