package dev.mfastub.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The numeric one-time passcodes PingOne sends by email, SMS and voice, and the hash a
 * device keeps of one: the code itself goes only to the outbox.
 */
final class Passcodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passcodes() {
	}

	static String newPasscode(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append((char) ('0' + RANDOM.nextInt(10)));
		}
		return code.toString();
	}

	static String hash(String passcode) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(passcode.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** Whether a passcode is the one a hash was made of, in time that does not tell. */
	static boolean matches(String passcode, String hash) {
		return hash != null && MessageDigest.isEqual(hash(passcode).getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII));
	}

}
