package dev.mfastub.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.hostile.Expected.Outcome;
import dev.mfastub.hostile.Expected.Shape;

import dev.mfastub.support.RawHttp;

/**
 * What every refusal must look like, checked on the raw answer: a 4xx, never a 5xx;
 * {@code Content-Type: application/json}; a body that is one JSON object valid against
 * the error schema of the OpenAPI document the stub serves (PingOne's error body, or RFC
 * 6749's on the token endpoint), with no property the schema does not name; never HTML,
 * markup or a stack trace; and the status and code the case expects.
 */
final class ErrorContract {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final String PING_ONE_MESSAGE = "The request could not be completed.";

	/** What a body must never hold: markup, or the inside of the JVM. */
	private static final List<String> LEAKS = List.of("<html", "<body", "<script", "<!doctype", "<?xml", "at dev.",
			"exception", "java.", "jakarta.", "org.springframework", "org.apache", "\tat ");

	private static final Map<Integer, ErrorContract> CONTRACTS = new ConcurrentHashMap<>();

	private final JsonNode document;

	private final JsonNode pingOneError;

	private final JsonNode oauthError;

	private ErrorContract(JsonNode document) {
		this.document = document;
		this.pingOneError = responseSchema(document, "/v1/environments/{environmentId}/users/{userId}/mfaEnabled",
				"put", "default");
		this.oauthError = responseSchema(document, "/{environmentId}/as/token", "post", "400");
	}

	/** The contract of the stub on this port, read from its {@code /v3/api-docs}. */
	static ErrorContract of(int port) {
		return CONTRACTS.computeIfAbsent(port, (key) -> {
			RawHttp.Answer response = RawRequest.of("GET", "/v3/api-docs").exchange(port);
			if (response.status() != 200) {
				throw new IllegalStateException("No OpenAPI document: " + response);
			}
			return new ErrorContract(MAPPER.readTree(response.body()));
		});
	}

	/**
	 * Every way the answer differs from what the case expects; empty when it is right.
	 */
	List<String> problems(RawHttp.Answer response, Expected expected) {
		List<String> problems = new ArrayList<>();
		if (response.status() >= 500) {
			problems.add("a " + response.status() + " server error");
		}
		else if (response.status() < 400) {
			problems.add("not refused: " + response.status());
		}
		String contentType = response.header("Content-Type").orElse(null);
		if (contentType == null
				|| !contentType.split(";")[0].trim().toLowerCase(Locale.ROOT).equals("application/json")) {
			problems.add("Content-Type is " + contentType + ", not application/json");
		}
		String text = response.body();
		if (text.stripLeading().startsWith("<")) {
			problems.add("an HTML or XML body");
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (String leak : LEAKS) {
			if (lower.contains(leak)) {
				problems.add("the body shows " + leak.strip());
			}
		}
		JsonNode body = json(response.bytes(), problems);
		if (body == null) {
			return problems;
		}
		List<String> mismatches = new ArrayList<>();
		for (Outcome outcome : expected.outcomes()) {
			List<String> mismatch = mismatch(response, body, outcome);
			if (mismatch.isEmpty()) {
				return problems;
			}
			mismatches.add(outcome + ": " + String.join("; ", mismatch));
		}
		problems.add("not the expected refusal (" + String.join(" | ", mismatches) + ")");
		return problems;
	}

	private List<String> mismatch(RawHttp.Answer response, JsonNode body, Outcome outcome) {
		List<String> problems = new ArrayList<>();
		if (response.status() != outcome.status()) {
			problems.add("status " + response.status());
		}
		if (outcome.shape() == Shape.PING_ONE) {
			validate(body, this.pingOneError, "$", problems);
			String correlationId = response.header("Correlation-Id").orElse(null);
			if (correlationId == null || !correlationId.matches(UUID_PATTERN)) {
				problems.add("Correlation-Id " + correlationId);
			}
			else if (!correlationId.equals(body.path("id").asString(null))) {
				problems.add("id is not the Correlation-Id");
			}
			if (!outcome.code().equals(body.path("code").asString(null))) {
				problems.add("code " + body.path("code"));
			}
			if (!body.path("message").asString("").startsWith(PING_ONE_MESSAGE)) {
				problems.add("message " + body.path("message"));
			}
			details(body, outcome, problems);
		}
		else {
			validate(body, this.oauthError, "$", problems);
			if (!outcome.code().equals(body.path("error").asString(null))) {
				problems.add("error " + body.path("error"));
			}
			if (body.path("error_description").asString("").isBlank()) {
				problems.add("no error_description");
			}
			if (!"no-store".equals(response.header("Cache-Control").orElse(null))) {
				problems.add("Cache-Control " + response.header("Cache-Control").orElse(null));
			}
		}
		if (outcome.allow() != null) {
			String allow = response.header("Allow").orElse(null);
			Set<String> methods = new LinkedHashSet<>();
			if (allow != null) {
				for (String method : allow.split(",")) {
					if (!method.isBlank() && !method.trim().equals("HEAD") && !method.trim().equals("OPTIONS")) {
						methods.add(method.trim());
					}
				}
			}
			if (allow == null || !methods.equals(outcome.allow())) {
				problems.add("Allow: " + allow);
			}
		}
		return problems;
	}

	private static void details(JsonNode body, Outcome outcome, List<String> problems) {
		JsonNode details = body.get("details");
		if (outcome.detailCode() == null) {
			if (details != null) {
				problems.add("details " + details);
			}
			return;
		}
		boolean found = false;
		if (details != null && details.isArray()) {
			for (JsonNode detail : details) {
				boolean code = outcome.detailCode().equals("*")
						|| outcome.detailCode().equals(detail.path("code").asString(null));
				boolean target = outcome.target() == null
						|| outcome.target().equals(detail.path("target").asString(null));
				found |= code && target && !detail.path("message").asString("").isBlank();
			}
		}
		if (!found) {
			problems.add("no detail " + outcome.detailCode() + " for " + outcome.target() + " in " + details);
		}
	}

	private static JsonNode json(byte[] bytes, List<String> problems) {
		try {
			JsonNode body = MAPPER.readTree(bytes);
			if (body == null || !body.isObject()) {
				problems.add("the body is not a JSON object");
				return null;
			}
			return body;
		}
		catch (JacksonException ex) {
			problems.add("the body is not JSON");
			return null;
		}
	}

	/**
	 * Checks a value against an OpenAPI 3.0 schema, for the keywords the error schemas
	 * use ({@code $ref}, {@code type}, {@code required}, {@code properties},
	 * {@code items}). Objects are closed: a property the schema does not name is a
	 * problem too.
	 */
	private void validate(JsonNode value, JsonNode schema, String at, List<String> problems) {
		if (schema.has("$ref")) {
			validate(value, resolve(schema.get("$ref").asString()), at, problems);
			return;
		}
		String type = schema.path("type").asString(schema.has("properties") ? "object" : "");
		switch (type) {
			case "object" -> {
				if (!value.isObject()) {
					problems.add(at + " is not an object");
					return;
				}
				for (JsonNode required : schema.path("required")) {
					if (!value.has(required.asString())) {
						problems.add(at + "." + required.asString() + " is missing");
					}
				}
				JsonNode properties = schema.path("properties");
				for (Map.Entry<String, JsonNode> property : value.properties()) {
					if (!properties.has(property.getKey())) {
						problems.add(at + "." + property.getKey() + " is not in the schema");
					}
					else {
						validate(property.getValue(), properties.get(property.getKey()), at + "." + property.getKey(),
								problems);
					}
				}
			}
			case "array" -> {
				if (!value.isArray()) {
					problems.add(at + " is not an array");
					return;
				}
				int index = 0;
				for (Iterator<JsonNode> items = value.iterator(); items.hasNext(); index++) {
					validate(items.next(), schema.path("items"), at + "[" + index + "]", problems);
				}
			}
			case "string" -> {
				if (!value.isString()) {
					problems.add(at + " is not a string");
				}
			}
			case "integer" -> {
				if (!value.isIntegralNumber()) {
					problems.add(at + " is not an integer");
				}
			}
			case "number" -> {
				if (!value.isNumber()) {
					problems.add(at + " is not a number");
				}
			}
			case "boolean" -> {
				if (!value.isBoolean()) {
					problems.add(at + " is not a boolean");
				}
			}
			default -> problems.add(at + ": the schema has a type this check does not know: " + schema);
		}
	}

	private JsonNode resolve(String reference) {
		JsonNode schema = this.document.at(reference.substring(1));
		if (schema.isMissingNode()) {
			throw new IllegalStateException("The OpenAPI document has no " + reference);
		}
		return schema;
	}

	private static JsonNode responseSchema(JsonNode document, String path, String method, String status) {
		JsonNode schema = document.path("paths")
			.path(path)
			.path(method)
			.path("responses")
			.path(status)
			.path("content")
			.path("application/json")
			.path("schema");
		if (schema.isMissingNode()) {
			throw new IllegalStateException("The OpenAPI document has no " + status + " answer for " + method + " "
					+ path + " in application/json");
		}
		return schema;
	}

}
