package dev.mfastub.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.mfastub.web.InvalidValueException;

/**
 * Where a page of users starts: the {@code cursor} of a {@code next} or {@code prev}
 * link, the URL-safe Base64 form of the direction and the id the page starts from, so a
 * client cannot mistake it for anything it could compose.
 *
 * @param forward {@code true} for the users after {@code from} ({@code next}),
 * {@code false} for those before it ({@code prev})
 * @param from the id the page starts after, or ends before
 */
@Schema(type = "string", description = "The cursor of a next or prev link")
public record PageCursor(boolean forward, UUID from) {

	/**
	 * A direction letter and a canonical UUID, 37 characters, are 50 in unpadded Base64.
	 */
	private static final Pattern ENCODED = Pattern.compile("[A-Za-z0-9_-]{50}");

	private static final Pattern DECODED = Pattern
		.compile("[ab][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/**
	 * The cursor of a {@code next} link.
	 * @param id the last id of the page
	 * @return the cursor
	 */
	public static PageCursor after(UUID id) {
		return new PageCursor(true, id);
	}

	/**
	 * The cursor of a {@code prev} link.
	 * @param id the first id of the page
	 * @return the cursor
	 */
	public static PageCursor before(UUID id) {
		return new PageCursor(false, id);
	}

	/**
	 * Reads a {@code cursor} parameter; Spring's conversion calls it.
	 * @param text the parameter
	 * @return the cursor
	 * @throws InvalidValueException if this server did not write the text
	 */
	public static PageCursor valueOf(String text) {
		if (ENCODED.matcher(text).matches()) {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.ISO_8859_1);
			if (DECODED.matcher(decoded).matches()) {
				return new PageCursor(decoded.charAt(0) == 'a', UUID.fromString(decoded.substring(1)));
			}
		}
		throw new InvalidValueException("cursor is not one this server returned in a next or prev link.", null);
	}

	@Override
	public String toString() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(((this.forward ? "a" : "b") + this.from).getBytes(StandardCharsets.US_ASCII));
	}

}
