package dev.mfastub.support;

import java.util.Random;

/**
 * Random strings for property checks, from alphabets chosen to reach a parser's corners:
 * its own syntax characters most often, then any printable ASCII, whitespace and control
 * characters, and code points well outside ASCII (lone surrogates included).
 */
public final class RandomText {

	/** Characters that mean something to the instant and filter syntaxes. */
	public static final String SYNTAX = "0123456789-:.TZtz+ ()\"\\aeqswndorAEQSWNDOR_";

	private static final String WHITESPACE_AND_CONTROL = " \t\n\r\f\u000b\u0000\u0007\u001b\u007f\u0085\u00a0\u2028\u3000";

	private static final String UNICODE = "éÄßİıΣσςЖ中日\u0301\u200b\ufeff\ufffd\uff10\uff19\u0660\u06f9\ud800\udc00";

	private RandomText() {
	}

	/**
	 * A random string of up to {@code maxLength} characters, each drawn from a mix of
	 * alphabets.
	 * @param random the source
	 * @param maxLength the longest it may be
	 * @param syntax characters to favour, such as {@link #SYNTAX}
	 * @return the string
	 */
	public static String of(Random random, int maxLength, String syntax) {
		int length = random.nextInt(maxLength + 1);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(character(random, syntax));
		}
		return text.toString();
	}

	/** One character: mostly from {@code syntax}, sometimes from anywhere. */
	public static char character(Random random, String syntax) {
		int pick = random.nextInt(100);
		if (pick < 60) {
			return syntax.charAt(random.nextInt(syntax.length()));
		}
		if (pick < 85) {
			return (char) (0x20 + random.nextInt(0x5f));
		}
		if (pick < 93) {
			return WHITESPACE_AND_CONTROL.charAt(random.nextInt(WHITESPACE_AND_CONTROL.length()));
		}
		if (pick < 98) {
			return UNICODE.charAt(random.nextInt(UNICODE.length()));
		}
		return (char) random.nextInt(0x10000);
	}

	/** A string of random length made of letters, digits and word punctuation. */
	public static String word(Random random, int minLength, int maxLength) {
		String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
		int length = minLength + random.nextInt(maxLength - minLength + 1);
		StringBuilder word = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			word.append(letters.charAt(random.nextInt(letters.length())));
		}
		return word.toString();
	}

}
