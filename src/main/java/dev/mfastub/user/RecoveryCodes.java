package dev.mfastub.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * PingOne's password recovery codes: "a randomly generated (not configurable)
 * eight-character alphanumeric string (case-insensitive) ... valid for five minutes", and
 * five failed attempts at most. The user keeps only a hash of one.
 */
final class RecoveryCodes {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	static final int MAX_FAILURES = 5;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	static String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(code.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** Whether a code, in either case, is the one a hash was made of. */
	static boolean matches(String code, String hash) {
		return MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII));
	}

}
