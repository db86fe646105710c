package dev.mfastub.web;

/**
 * PingOne's pattern for text attributes (names, descriptions): letters, marks, spaces,
 * symbols, digits and punctuation, so no control character (NUL, escape, line breaks)
 * ever reaches the store.
 */
public final class PrintableText {

	/** The pattern, for {@code @Pattern}. */
	public static final String PATTERN = "^[\\p{L}\\p{M}\\p{Zs}\\p{S}\\p{N}\\p{P}]*$";

	private PrintableText() {
	}

}
