package dev.mfastub.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One message of an environment's outbox: a passcode PingOne would have sent to an email
 * address or a phone, kept for a test to read.
 */
@Entity
@Table(name = "notifications")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "environment_id", nullable = false, updatable = false)
	private UUID environmentId;

	@Column(nullable = false, updatable = false)
	private Instant at;

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
		this.environmentId = environmentId;
		this.at = at;
		this.channel = channel;
		this.to = to;
		this.userId = userId;
		this.deviceId = deviceId;
		this.otp = otp;
		this.purpose = purpose;
	}

	Long id() {
		return this.id;
	}

	Instant at() {
		return this.at;
	}

	String channel() {
		return this.channel;
	}

	String to() {
		return this.to;
	}

	UUID userId() {
		return this.userId;
	}

	UUID deviceId() {
		return this.deviceId;
	}

	String otp() {
		return this.otp;
	}

	String purpose() {
		return this.purpose;
	}

	@Override
	public String toString() {
		// Never the passcode: not in a log or a debugger's summary.
		return "Notification[id=" + this.id + ", channel=" + this.channel + ", purpose=" + this.purpose + "]";
	}

}
