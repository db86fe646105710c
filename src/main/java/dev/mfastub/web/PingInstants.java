package dev.mfastub.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The one way PingOne writes an instant: {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}, always
 * UTC, always three fraction digits.
 */
public final class PingInstants {

	/** Formats and strictly parses the PingOne instant form. */
	public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withResolverStyle(ResolverStyle.STRICT)
		.withZone(ZoneOffset.UTC);

	private PingInstants() {
	}

	public static String format(Instant instant) {
		return FORMAT.format(instant);
	}

}
