package dev.mfastub.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.mfastub.call.EnvironmentEntry;

/**
 * One message of an environment's outbox: a passcode PingOne would have sent to an email
 * address or a phone, kept for a test to read.
 */
@Entity
@Table(name = "notifications")
public class Notification extends EnvironmentEntry {

	@Column(nullable = false, updatable = false)
	private String channel;

	@Column(name = "recipient", nullable = false, updatable = false)
	private String to;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(name = "device_id", updatable = false)
	private UUID deviceId;

	@Column(nullable = false, updatable = false)
	private String otp;

	@Column(nullable = false, updatable = false)
	private String purpose;

	protected Notification() {
	}

	Notification(UUID environmentId, Instant at, String channel, String to, UUID userId, UUID deviceId, String otp,
			String purpose) {
		super(environmentId, at);
		this.channel = channel;
		this.to = to;
		this.userId = userId;
		this.deviceId = deviceId;
		this.otp = otp;
		this.purpose = purpose;
	}

	public String channel() {
		return this.channel;
	}

	public String to() {
		return this.to;
	}

	public UUID userId() {
		return this.userId;
	}

	public UUID deviceId() {
		return this.deviceId;
	}

	public String otp() {
		return this.otp;
	}

	public String purpose() {
		return this.purpose;
	}

	@Override
	public String toString() {
		// Never the passcode: not in a log or a debugger's summary.
		return "Notification[id=" + id() + ", channel=" + this.channel + ", purpose=" + this.purpose + "]";
	}

}
