package dev.mfastub.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one way PingOne writes an instant: {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}, always
 * UTC, always three fraction digits.
 */
public final class PingInstants {

	/** Formats and strictly parses the PingOne instant form. */
	public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withResolverStyle(ResolverStyle.STRICT)
		.withZone(ZoneOffset.UTC);

	/** The last instant the format can write. */
	public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

	private PingInstants() {
	}

	/**
	 * The shape every accepted instant has, as reported to clients in
	 * {@code allowedPattern}.
	 */
	public static final String ALLOWED_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$";

	private static final Pattern SHAPE = Pattern.compile(ALLOWED_PATTERN);

	public static String format(Instant instant) {
		return FORMAT.format(instant);
	}

	/**
	 * Parses the one accepted form strictly: four-digit year, three fraction digits, a
	 * literal upper-case {@code Z}, a real calendar instant.
	 * @param target the field, for the message
	 * @param text the value sent
	 * @return the instant
	 * @throws InvalidValueException if the text has any other form or names no real
	 * instant
	 */
	public static Instant parse(String target, String text) {
		if (text != null && SHAPE.matcher(text).matches()) {
			try {
				return Instant.from(FORMAT.parse(text));
			}
			catch (DateTimeException ex) {
				// answered below
			}
		}
		throw new InvalidValueException(
				target + " must be a date and time in the format "
						+ "yyyy-MM-dd'T'HH:mm:ss.SSS'Z', such as 2025-11-26T00:00:00.000Z.",
				ErrorDetail.InnerError.pattern(ALLOWED_PATTERN));
	}

}
