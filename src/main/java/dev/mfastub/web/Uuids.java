package dev.mfastub.web;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids as PingOne writes them: the canonical 8-4-4-4-12 hexadecimal form, in either case.
 * {@link UUID#fromString} also takes shortened groups ({@code 7e94b96e-364-...}) and
 * signs, which would let two spellings name one resource; every id in a path, a filter or
 * a token is read here instead.
 */
public final class Uuids {

	private Uuids() {
	}

	/**
	 * The id a text spells, when it is canonical.
	 * @param text the text
	 * @return the id, or {@code null} when the text is not a canonical UUID
	 */
	public static UUID parseOrNull(String text) {
		if (text == null || text.length() != 36) {
			return null;
		}
		try {
			UUID id = UUID.fromString(text);
			return id.toString().equals(text.toLowerCase(Locale.ROOT)) ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A random (version 4) id for what needs to be unique, not unguessable: correlation
	 * ids. Drawn from the thread's own generator, where {@link UUID#randomUUID()} has
	 * every request thread take turns at one secure generator.
	 * @return a new id
	 */
	public static UUID random() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}

	/**
	 * The id a text spells.
	 * @param text the text
	 * @return the id
	 * @throws IllegalArgumentException when the text is not a canonical UUID
	 */
	public static UUID parse(String text) {
		UUID id = parseOrNull(text);
		if (id == null) {
			throw new IllegalArgumentException("Not a canonical UUID");
		}
		return id;
	}

}
