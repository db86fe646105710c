package dev.mfastub.control;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import tools.jackson.databind.JsonNode;

import dev.mfastub.web.InvalidValueException;

/**
 * One rule of {@code PUT /__stub/environments/{envID}/faults}.
 *
 * @param method the HTTP method it applies to; any when absent
 * @param path an Ant-style glob on the request path ({@code *} within a segment,
 * {@code **} across segments), such as {@code /v1/environments/*}{@code /users/**}
 * @param status 429, 500 or 503; with no status the rule only delays
 * @param retryAfterSeconds the {@code Retry-After} header of the answer
 * @param latency an ISO-8601 duration to wait before answering, at most PT60S
 * @param times how many of the next matches fire; unlimited when absent
 * @param probability the chance each match fires, 0 to 1; always when absent
 * @param seed makes the sequence of chance decisions repeatable
 */
public record FaultRequest(
		@Pattern(regexp = METHOD, message = "method must be an HTTP method, such as PUT.") String method,
		@NotEmpty @Size(max = 1024, message = PATH_MESSAGE) @Pattern(regexp = PATH, message = PATH_MESSAGE) String path,
		Integer status,
		@Range(min = 0, max = 86400, message = "retryAfterSeconds must be from 0 to 86400.") Integer retryAfterSeconds,
		Latency latency,
		@Range(min = 1, max = Integer.MAX_VALUE,
				message = "times must be at least 1; leave it out for no limit.") Integer times,
		@DecimalMin(value = "0", message = PROBABILITY_MESSAGE) @DecimalMax(value = "1",
				message = PROBABILITY_MESSAGE) Double probability,
		Long seed) {

	static final String METHOD = "^[A-Za-z]{1,16}$";

	/** Starts with a slash and holds no control character, which no request path has. */
	static final String PATH = "^(/[^\\x00-\\x1F\\x7F-\\x9F]*)?$";

	static final String PATH_MESSAGE = "path must be a glob on the request path starting with /, such as "
			+ "/v1/environments/*/users/**.";

	static final String PROBABILITY_MESSAGE = "probability must be from 0 to 1.";

	/** A rule as a request would give it again, with the matches it has left. */
	public static FaultRequest of(FaultRule rule) {
		return new FaultRequest(rule.method(), rule.path(), rule.status(), rule.retryAfterSeconds(),
				(rule.latency() != null) ? new Latency(rule.latency()) : null, rule.timesRemaining(),
				rule.probability(), rule.seed());
	}

	/**
	 * How long a rule delays its answer: an ISO-8601 duration from {@code PT0S} to
	 * {@code PT60S}.
	 *
	 * @param duration the delay
	 */
	@Schema(type = "string", example = "PT0.25S")
	record Latency(Duration duration) {

		static final Duration MAX = Duration.ofSeconds(60);

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Latency fromJson(JsonNode node) {
			Duration duration = IsoDurations.parse(node.isString() ? node.asString() : null);
			if (duration == null || duration.isNegative() || duration.compareTo(MAX) > 0) {
				throw new InvalidValueException(
						"latency must be an ISO-8601 duration from PT0S to PT60S, such as PT0.25S.", null);
			}
			return new Latency(duration);
		}

		@JsonValue
		@Override
		public String toString() {
			return this.duration.toString();
		}

	}

}
