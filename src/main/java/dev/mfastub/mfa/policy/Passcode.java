package dev.mfastub.mfa.policy;

import java.time.Instant;

import dev.mfastub.user.OneTimeCodes;

/**
 * A new email, SMS or voice passcode, of the policy's length and life: the code, for the
 * outbox only, and what is kept of it (its hash, its end).
 *
 * @param code the digits sent
 * @param hash their SHA-256, kept to check a code against
 * @param expiresAt when it stops being good
 */
public record Passcode(String code, String hash, Instant expiresAt) {

	private static final String DIGITS = "0123456789";

	public static Passcode issue(PolicySettings.OfflineOtp otp, Instant now) {
		String code = OneTimeCodes.newCode(DIGITS, otp.otpLength());
		return new Passcode(code, OneTimeCodes.hash(code), now.plus(otp.lifeTime().toDuration()));
	}

	@Override
	public String toString() {
		// Never the code or its hash.
		return "Passcode[expiresAt=" + this.expiresAt + "]";
	}

}
