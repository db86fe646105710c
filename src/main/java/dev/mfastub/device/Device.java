package dev.mfastub.device;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedId;

/**
 * A user's MFA device. While it waits for activation it holds the hash of its pairing
 * passcode (never the code), when that expires and how many wrong codes it has had; a
 * TOTP device holds its secret.
 */
@Entity
@Table(name = "devices")
@IdClass(EnvironmentScopedId.class)
class Device {

	@Id
	@Column(name = "environment_id", nullable = false, updatable = false)
	private UUID environmentId;

	@Id
	private UUID id;

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

	@Column(name = "blocked_at")
	private Instant blockedAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "otp_hash")
	private String otpHash;

	@Column(name = "otp_expires_at")
	private Instant otpExpiresAt;

	@Column(name = "otp_failures", nullable = false)
	private int otpFailures;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Device() {
	}

	Device(UUID environmentId, UUID id, UUID userId, DeviceType type, DeviceStatus status, String address,
			String nickname, UUID policyId, Instant now) {
		this.environmentId = environmentId;
		this.id = id;
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
		this.createdAt = now;
		this.updatedAt = now;
	}

	void useTotpSecret(String secret) {
		this.totpSecret = secret;
	}

	/**
	 * A new pairing passcode replaces any earlier one, with a fresh count of failures.
	 */
	void expectPasscode(String hash, Instant expiresAt) {
		this.otpHash = hash;
		this.otpExpiresAt = expiresAt;
		this.otpFailures = 0;
	}

	/** One more wrong code; at {@code limit} the passcode is void. */
	int fail(int limit, Instant lockUntil, Instant now) {
		this.otpFailures++;
		if (this.otpFailures >= limit) {
			this.otpHash = null;
			this.otpExpiresAt = null;
			lockUntil(lockUntil, now);
		}
		this.updatedAt = now;
		return Math.max(0, limit - this.otpFailures);
	}

	/**
	 * Too many wrong codes in a device authentication: locked for the policy's cool-down
	 * (none when it is zero).
	 */
	void lockUntil(Instant until, Instant now) {
		if (until.isAfter(now)) {
			this.lockedUntil = until;
			this.updatedAt = now;
		}
	}

	void activate(Instant now) {
		this.status = DeviceStatus.ACTIVE;
		this.otpHash = null;
		this.otpExpiresAt = null;
		this.otpFailures = 0;
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
		this.otpFailures = 0;
		this.updatedAt = now;
	}

	void rename(String nickname, Instant now) {
		this.nickname = nickname;
		this.updatedAt = now;
	}

	void placeAt(Integer position, Instant now) {
		if (!Objects.equals(this.position, position)) {
			this.position = position;
			this.updatedAt = now;
		}
	}

	UUID environmentId() {
		return this.environmentId;
	}

	UUID id() {
		return this.id;
	}

	UUID userId() {
		return this.userId;
	}

	DeviceType type() {
		return this.type;
	}

	DeviceStatus status() {
		return this.status;
	}

	String nickname() {
		return this.nickname;
	}

	String email() {
		return this.email;
	}

	String phone() {
		return this.phone;
	}

	/** Where its passcodes go: the email address or the phone number. */
	String address() {
		return (this.email != null) ? this.email : this.phone;
	}

	String totpSecret() {
		return this.totpSecret;
	}

	UUID policyId() {
		return this.policyId;
	}

	Integer position() {
		return this.position;
	}

	Instant blockedAt() {
		return this.blockedAt;
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

	String otpHash() {
		return this.otpHash;
	}

	Instant otpExpiresAt() {
		return this.otpExpiresAt;
	}

	int otpFailures() {
		return this.otpFailures;
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
		return "Device[id=" + this.id + ", type=" + this.type + ", status=" + this.status + "]";
	}

}
