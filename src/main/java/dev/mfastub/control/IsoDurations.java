package dev.mfastub.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * Reads the ISO-8601 durations of the control plane's bodies ({@code PT2H}, {@code P1D},
 * {@code PT0.25S}): days, hours, minutes and seconds, as {@link Duration#parse} does.
 */
final class IsoDurations {

	private IsoDurations() {
	}

	/**
	 * The duration a JSON value holds.
	 * @param node the value sent
	 * @return the duration, or {@code null} if the value is not a string holding one
	 */
	static Duration parse(JsonNode node) {
		if (!node.isString()) {
			return null;
		}
		try {
			return Duration.parse(node.asString());
		}
		catch (DateTimeParseException ex) {
			// Not a duration, or one too long to hold: the caller says what it needs.
			return null;
		}
	}

}
