package dev.mfastub.mfa.device;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;
import dev.mfastub.mfa.DeviceType;
import dev.mfastub.mfa.policy.ExpectedPasscode;

/**
 * A user's MFA device. While it waits for activation it holds the hash of its pairing
 * passcode (never the code), when that expires and how many wrong codes it has had; a
 * TOTP device holds its secret.
 */
@Entity
@Table(name = "devices")
@IdClass(EnvironmentScopedId.class)
public class Device extends EnvironmentScopedEntity {

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DeviceType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeviceStatus status;

	private String nickname;

	@Column(updatable = false)
	private String email;

	@Column(updatable = false)
	private String phone;

	@Column(name = "totp_secret", updatable = false)
	private String totpSecret;

	@Column(name = "policy_id", nullable = false, updatable = false)
	private UUID policyId;

	private Integer position;

	/** When it became active, which places it in PingOne's default order. */
	@Column(name = "activated_at")
	private Instant activatedAt;

	/**
	 * Whether the user's order was removed (Remove Device Order) and no new one set: the
	 * user then has no default device.
	 */
	@Column(name = "order_removed", nullable = false)
	private boolean orderRemoved;

	/** A VOICE device's extension, digits, as sent; {@code null} otherwise. */
	@Column(updatable = false, length = 10)
	private String extension;

	/**
	 * A testing device ("Create MFA User Device for testing"): its passcodes are also
	 * answered in the response's {@code test.otp}.
	 */
	@Column(name = "test_mode", nullable = false, updatable = false)
	private boolean testMode;

	@Column(name = "blocked_at")
	private Instant blockedAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Embedded
	private ExpectedPasscode otp = new ExpectedPasscode();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Device() {
	}

	Device(UUID environmentId, UUID id, UUID userId, DeviceType type, DeviceStatus status, String address,
			String nickname, UUID policyId, Instant now) {
		super(environmentId, id);
		this.userId = userId;
		this.type = type;
		this.status = status;
		if (type == DeviceType.EMAIL) {
			this.email = address;
		}
		else if (type != DeviceType.TOTP) {
			this.phone = address;
		}
		this.nickname = nickname;
		this.policyId = policyId;
		if (status == DeviceStatus.ACTIVE) {
			this.activatedAt = now;
		}
		this.createdAt = now;
		this.updatedAt = now;
	}

	void useExtension(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return this.extension;
	}

	void useTestMode() {
		this.testMode = true;
	}

	void useTotpSecret(String secret) {
		this.totpSecret = secret;
	}

	/**
	 * A new pairing passcode replaces any earlier one, with a fresh count of failures.
	 */
	void expectPasscode(String hash, Instant expiresAt) {
		this.otp.expect(hash, expiresAt);
	}

	/** One more wrong code; at {@code limit} the passcode is void. */
	int fail(int limit, Instant lockUntil, Instant now) {
		int left = this.otp.fail(limit);
		if (left == 0) {
			this.otp.voidIt();
			lockUntil(lockUntil, now);
		}
		this.updatedAt = now;
		return left;
	}

	/**
	 * Too many wrong codes in a device authentication: locked for the policy's cool-down
	 * (none when it is zero).
	 */
	public void lockUntil(Instant until, Instant now) {
		if (until.isAfter(now)) {
			this.lockedUntil = until;
			this.updatedAt = now;
		}
	}

	void activate(Instant now) {
		this.status = DeviceStatus.ACTIVE;
		this.activatedAt = now;
		this.otp.clear();
		this.updatedAt = now;
	}

	void block(Instant now) {
		if (this.blockedAt == null) {
			this.blockedAt = now;
		}
		this.updatedAt = now;
	}

	void unblock(Instant now) {
		this.blockedAt = null;
		this.updatedAt = now;
	}

	void unlock(Instant now) {
		this.lockedUntil = null;
		this.otp.forgiveFailures();
		this.updatedAt = now;
	}

	void rename(String nickname, Instant now) {
		this.nickname = nickname;
		this.updatedAt = now;
	}

	/** A place in the user's order set by a client, or none ({@code null}). */
	void placeAt(Integer position, Instant now) {
		this.orderRemoved = false;
		if (!Objects.equals(this.position, position)) {
			this.position = position;
			this.updatedAt = now;
		}
	}

	/**
	 * Out of any order: the user has no default device. As with a place in the order, the
	 * device changes ({@code updatedAt}) only when it loses a place a client set.
	 */
	void removeFromOrder(Instant now) {
		this.orderRemoved = true;
		if (this.position != null) {
			this.position = null;
			this.updatedAt = now;
		}
	}

	public UUID userId() {
		return this.userId;
	}

	public DeviceType type() {
		return this.type;
	}

	public DeviceStatus status() {
		return this.status;
	}

	public String nickname() {
		return this.nickname;
	}

	public String email() {
		return this.email;
	}

	public String phone() {
		return this.phone;
	}

	/** Where its passcodes go: the email address or the phone number. */
	public String address() {
		return (this.email != null) ? this.email : this.phone;
	}

	/**
	 * Whether it is a testing device, whose passcodes are answered in {@code test.otp}.
	 */
	public boolean testMode() {
		return this.testMode;
	}

	public String totpSecret() {
		return this.totpSecret;
	}

	UUID policyId() {
		return this.policyId;
	}

	public Integer position() {
		return this.position;
	}

	/** When it was activated; {@code null} while it waits for activation. */
	Instant activatedAt() {
		return this.activatedAt;
	}

	/**
	 * Whether it is outside any order since the user's order was removed: then it cannot
	 * be the user's default device.
	 */
	public boolean orderRemoved() {
		return this.orderRemoved;
	}

	public Instant blockedAt() {
		return this.blockedAt;
	}

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public Instant lockedUntil() {
		return this.lockedUntil;
	}

	/** The passcode it waits for, if any, and the wrong codes it has had. */
	ExpectedPasscode otp() {
		return this.otp;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	@Override
	public String toString() {
		// Never the secret or the passcode's hash.
		return "Device[id=" + id() + ", type=" + this.type + ", status=" + this.status + ", testMode=" + this.testMode
				+ "]";
	}

}
