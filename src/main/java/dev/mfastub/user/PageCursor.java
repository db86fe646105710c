package dev.mfastub.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.mfastub.web.InvalidValueException;

/**
 * Where a page of users starts: the {@code cursor} of a {@code next} link, the URL-safe
 * Base64 form of the last id of the page before, so a client cannot mistake it for
 * anything it could compose.
 *
 * @param after the id the next page starts after
 */
@Schema(type = "string", description = "The cursor of a next link")
record PageCursor(UUID after) {

	/** A UUID in its canonical form, 36 characters, is 48 in unpadded Base64. */
	private static final Pattern ENCODED = Pattern.compile("[A-Za-z0-9_-]{48}");

	private static final Pattern CANONICAL_UUID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/**
	 * Reads a {@code cursor} parameter; Spring's conversion calls it.
	 * @param text the parameter
	 * @return the cursor
	 * @throws InvalidValueException if this server did not write the text
	 */
	public static PageCursor valueOf(String text) {
		if (ENCODED.matcher(text).matches()) {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.ISO_8859_1);
			if (CANONICAL_UUID.matcher(decoded).matches()) {
				return new PageCursor(UUID.fromString(decoded));
			}
		}
		throw new InvalidValueException("cursor is not one this server returned in a next link.", null);
	}

	@Override
	public String toString() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(this.after.toString().getBytes(StandardCharsets.US_ASCII));
	}

}
