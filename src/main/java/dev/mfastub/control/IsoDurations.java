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
	 * The duration a text holds.
	 * @param text the value sent
	 * @return the duration, or {@code null} if the text holds none
	 */
	static Duration parse(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Duration.parse(text);
		}
		catch (DateTimeParseException ex) {
			// Not a duration, or one too long to hold: the caller says what it needs.
			return null;
		}
	}

}
