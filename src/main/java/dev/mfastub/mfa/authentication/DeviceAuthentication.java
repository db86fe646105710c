package dev.mfastub.mfa.authentication;

import java.time.Instant;
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
 * One device authentication: PingOne's runtime MFA flow for a user. It holds the device
 * chosen (a paired one, or a one-time address), the hash of the passcode sent (never the
 * code), its wrong codes, and how the flow ended.
 */
@Entity
@Table(name = "device_authentications")
@IdClass(EnvironmentScopedId.class)
class DeviceAuthentication extends EnvironmentScopedEntity {

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(name = "policy_id", nullable = false, updatable = false)
	private UUID policyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeviceAuthenticationStatus status;

	@Column(name = "selected_device_id")
	private UUID selectedDeviceId;

	@Enumerated(EnumType.STRING)
	@Column(name = "one_time_type", updatable = false)
	private DeviceType oneTimeType;

	@Column(name = "one_time_address", updatable = false)
	private String oneTimeAddress;

	@Embedded
	private ExpectedPasscode otp = new ExpectedPasscode();

	@Column(name = "error_code")
	private String errorCode;

	@Column(name = "error_message")
	private String errorMessage;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	protected DeviceAuthentication() {
	}

	/**
	 * A new flow for a user, waiting for a device; a one-time device is chosen at once.
	 */
	DeviceAuthentication(UUID environmentId, UUID id, UUID userId, UUID policyId, DeviceType oneTimeType,
			String oneTimeAddress, Instant now, Instant expiresAt) {
		super(environmentId, id);
		this.userId = userId;
		this.policyId = policyId;
		this.status = DeviceAuthenticationStatus.DEVICE_SELECTION_REQUIRED;
		this.oneTimeType = oneTimeType;
		this.oneTimeAddress = oneTimeAddress;
		this.createdAt = now;
		this.updatedAt = now;
		this.expiresAt = expiresAt;
	}

	/**
	 * A device chosen: a passcode on its way (its hash and end), or, for TOTP, none:
	 * either way the flow waits for a code, with a fresh count of wrong ones.
	 */
	void select(UUID deviceId, String otpHash, Instant otpExpiresAt, Instant now) {
		this.selectedDeviceId = deviceId;
		this.otp.expect(otpHash, otpExpiresAt);
		this.status = DeviceAuthenticationStatus.OTP_REQUIRED;
		this.updatedAt = now;
	}

	/** Back to choosing a device: any passcode sent is void. */
	void deselect(Instant now) {
		this.selectedDeviceId = null;
		this.otp.clear();
		this.status = DeviceAuthenticationStatus.DEVICE_SELECTION_REQUIRED;
		this.updatedAt = now;
	}

	/** One more wrong code; the count of those left before the flow fails. */
	int fail(int limit, Instant now) {
		int left = this.otp.fail(limit);
		this.updatedAt = now;
		return left;
	}

	void complete(Instant now) {
		end(DeviceAuthenticationStatus.COMPLETED, null, null, now);
	}

	void failWith(String code, String message, Instant now) {
		end(DeviceAuthenticationStatus.FAILED, code, message, now);
	}

	private void end(DeviceAuthenticationStatus status, String code, String message, Instant now) {
		this.status = status;
		this.errorCode = code;
		this.errorMessage = message;
		this.otp.voidIt();
		this.updatedAt = now;
	}

	UUID userId() {
		return this.userId;
	}

	UUID policyId() {
		return this.policyId;
	}

	DeviceAuthenticationStatus status() {
		return this.status;
	}

	UUID selectedDeviceId() {
		return this.selectedDeviceId;
	}

	/** The one-time device's type, or {@code null} for a flow with the user's devices. */
	DeviceType oneTimeType() {
		return this.oneTimeType;
	}

	String oneTimeAddress() {
		return this.oneTimeAddress;
	}

	/** The passcode it waits for, if any, and the wrong codes it has had. */
	ExpectedPasscode otp() {
		return this.otp;
	}

	String errorCode() {
		return this.errorCode;
	}

	String errorMessage() {
		return this.errorMessage;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	/** Whether the flow is over for good at this instant: it then names nothing. */
	boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		// Never the passcode's hash or a one-time address.
		return "DeviceAuthentication[id=" + id() + ", status=" + this.status + "]";
	}

}
