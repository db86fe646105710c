package dev.mfastub.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The codes that go to the outbox (a device's pairing passcode, a password recovery
 * code): drawn at random, and kept by whoever checks them only as a SHA-256 hash,
 * compared in time that does not tell how much matched.
 */
public final class OneTimeCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimeCodes() {
	}

	/** A new code of {@code length} characters drawn from {@code alphabet}. */
	public static String newCode(String alphabet, int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return code.toString();
	}

	/** The hash to keep of a code. */
	public static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** Whether a code is the one a hash was made of; {@code null} matches nothing. */
	public static boolean matches(String code, String hash) {
		return hash != null && MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII));
	}

}
