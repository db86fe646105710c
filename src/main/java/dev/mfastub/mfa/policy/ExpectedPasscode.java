package dev.mfastub.mfa.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The passcode a device (pairing) or a device authentication waits for: what is kept of
 * it (its hash and its end, never the code) and how many wrong codes it has had.
 */
@Embeddable
public class ExpectedPasscode {

	@Column(name = "otp_hash")
	private String hash;

	@Column(name = "otp_expires_at")
	private Instant expiresAt;

	@Column(name = "otp_failures", nullable = false)
	private int failures;

	/**
	 * Waits for a passcode: it replaces any earlier one, with a fresh count of failures.
	 * @param hash the passcode's hash, or {@code null} for a TOTP code, which is worked
	 * out rather than kept
	 * @param expiresAt its end, or {@code null} for a TOTP code
	 */
	public void expect(String hash, Instant expiresAt) {
		this.hash = hash;
		this.expiresAt = expiresAt;
		this.failures = 0;
	}

	/** No passcode any more; the count of failures stays. */
	public void voidIt() {
		this.hash = null;
		this.expiresAt = null;
	}

	/** No passcode and no failures. */
	public void clear() {
		expect(null, null);
	}

	/** The count of failures back to none. */
	public void forgiveFailures() {
		this.failures = 0;
	}

	/**
	 * One more wrong code.
	 * @param limit how many the policy allows
	 * @return how many are left
	 */
	public int fail(int limit) {
		this.failures++;
		return Math.max(0, limit - this.failures);
	}

	/** The kept hash, or {@code null} when no sent passcode is waited for. */
	public String hash() {
		return this.hash;
	}

	/** The end of the passcode waited for, or {@code null}. */
	public Instant expiresAt() {
		return this.expiresAt;
	}

	/** The wrong codes since the passcode was sent. */
	public int failures() {
		return this.failures;
	}

}
