package dev.mfastub.mfa.device;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as authenticator apps compute them: HMAC-SHA-1,
 * six digits, 30-second steps, over a 160-bit secret written in RFC 4648 base32. The
 * instant is always the environment's clock reading, so a frozen clock gives a fixed
 * code.
 */
public final class Totp {

	/** Seconds per step. */
	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new secret: 32 base32 characters. */
	static String newSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	/**
	 * Whether a code is the secret's for the instant's step or one of the {@code window}
	 * steps either side.
	 */
	public static boolean matches(String secret, String code, Instant at, int window) {
		long step = Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
		for (long candidate = step - window; candidate <= step + window; candidate++) {
			if (codeAt(secret, candidate).equals(code)) {
				return true;
			}
		}
		return false;
	}

	/** The code for the step an instant falls in. */
	public static String code(String secret, Instant at) {
		return codeAt(secret, Math.floorDiv(at.getEpochSecond(), STEP_SECONDS));
	}

	private static String codeAt(String secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(unbase32(secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", ex);
		}
	}

	static String base32(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(BASE32.charAt((buffer >> (bits - 5)) & 0x1f));
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(BASE32.charAt((buffer << (5 - bits)) & 0x1f));
		}
		return text.toString();
	}

	static byte[] unbase32(String text) {
		ByteBuffer bytes = ByteBuffer.allocate(text.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : text.toCharArray()) {
			buffer = (buffer << 5) | BASE32.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				bytes.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return bytes.array();
	}

}
