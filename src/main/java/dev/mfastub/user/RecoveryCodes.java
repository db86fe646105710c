package dev.mfastub.user;

import java.time.Duration;
import java.util.Locale;

/**
 * PingOne's password recovery codes: "a randomly generated (not configurable)
 * eight-character alphanumeric string (case-insensitive) ... valid for five minutes", and
 * five failed attempts at most. The user keeps only a hash of one.
 */
final class RecoveryCodes {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	static final int MAX_FAILURES = 5;

	/** Letters and digits, without those read as one another (I, O, 0, 1). */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 8;

	private RecoveryCodes() {
	}

	static String newCode() {
		return OneTimeCodes.newCode(ALPHABET, LENGTH);
	}

	/** The hash to keep: of the code in upper case, since the code ignores case. */
	static String hash(String code) {
		return OneTimeCodes.hash(code.toUpperCase(Locale.ROOT));
	}

	/** Whether a code, in either case, is the one a hash was made of. */
	static boolean matches(String code, String hash) {
		return OneTimeCodes.matches(code.toUpperCase(Locale.ROOT), hash);
	}

}
