package dev.mfastub.mfa;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import dev.mfastub.web.InvalidValueException;
import dev.mfastub.web.PingInstants;

/**
 * The end of an MFA bypass period, in the only form PingOne accepts:
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} with a four-digit year, exactly three fraction
 * digits, a literal upper-case {@code Z}, and a real calendar instant.
 *
 * @param instant the instant the bypass ends
 */
@Schema(type = "string", pattern = PingInstants.ALLOWED_PATTERN, example = "2025-11-26T00:00:00.000Z",
		description = "The only accepted form: yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
public record BypassUntil(Instant instant) {

	/**
	 * The shape every accepted value has, as reported to clients in
	 * {@code allowedPattern}.
	 */
	public static final String ALLOWED_PATTERN = PingInstants.ALLOWED_PATTERN;

	/**
	 * Parses the accepted form.
	 * @param text the value sent
	 * @return the bypass end
	 * @throws InvalidValueException if the text has any other form or names no real
	 * instant
	 */
	public static BypassUntil parse(String text) {
		return new BypassUntil(PingInstants.parse("bypassMFAEnabledUntil", text));
	}

	/**
	 * Reads the JSON value: only a string can hold the accepted form, so numbers,
	 * booleans, objects and arrays are refused with the same message and pattern.
	 * @param node the JSON value
	 * @return the bypass end
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static BypassUntil fromJson(JsonNode node) {
		return parse(node.isString() ? node.asString() : null);
	}

	/** Whether the bypass is still running at {@code now}. */
	public boolean isActiveAt(Instant now) {
		return now.isBefore(this.instant);
	}

	@JsonValue
	@Override
	public String toString() {
		return PingInstants.format(this.instant);
	}

}
