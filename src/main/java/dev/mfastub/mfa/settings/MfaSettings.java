package dev.mfastub.mfa.settings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.mfastub.environment.Environment;

/**
 * An environment's MFA settings once they were changed; until then PingOne's defaults
 * ({@link #defaults}) apply and there is no row.
 */
@Entity
@Table(name = "mfa_settings")
public class MfaSettings {

	static final int DEFAULT_MAX_ALLOWED_DEVICES = 5;

	static final String DEFAULT_PAIRING_KEY_FORMAT = "NUMERIC";

	static final int DEFAULT_LOCKOUT_FAILURE_COUNT = 5;

	static final int DEFAULT_LOCKOUT_DURATION_SECONDS = 900;

	@Id
	@Column(name = "environment_id", nullable = false, updatable = false)
	private UUID environmentId;

	@Column(name = "max_allowed_devices", nullable = false)
	private int maxAllowedDevices;

	@Column(name = "pairing_key_format", nullable = false)
	private String pairingKeyFormat;

	@Column(name = "lockout_failure_count", nullable = false)
	private int lockoutFailureCount;

	@Column(name = "lockout_duration", nullable = false)
	private int lockoutDurationSeconds;

	@Column(name = "phone_extensions", nullable = false)
	private boolean phoneExtensions;

	@Column(name = "users_mfa_enabled", nullable = false)
	private boolean usersMfaEnabled;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected MfaSettings() {
	}

	private MfaSettings(UUID environmentId, Instant since, boolean usersMfaEnabled) {
		this.environmentId = environmentId;
		this.maxAllowedDevices = DEFAULT_MAX_ALLOWED_DEVICES;
		this.pairingKeyFormat = DEFAULT_PAIRING_KEY_FORMAT;
		this.lockoutFailureCount = DEFAULT_LOCKOUT_FAILURE_COUNT;
		this.lockoutDurationSeconds = DEFAULT_LOCKOUT_DURATION_SECONDS;
		this.phoneExtensions = false;
		this.usersMfaEnabled = usersMfaEnabled;
		this.updatedAt = since;
	}

	/**
	 * PingOne's defaults, for an environment whose settings were never changed.
	 * @param environment the environment
	 * @return the settings, not saved; last "updated" when the environment was created
	 */
	static MfaSettings defaults(Environment environment) {
		return new MfaSettings(environment.id(), environment.createdAt(), environment.newUsersMfaEnabled());
	}

	/**
	 * PingOne's defaults as far as the rules read them (the device limit, the lockout),
	 * without the environment: no answer shows them, and nothing asks them about new
	 * users.
	 * @param environmentId the environment
	 * @return the settings, not saved
	 */
	static MfaSettings rulesDefaults(UUID environmentId) {
		return new MfaSettings(environmentId, null, false);
	}

	void change(MfaSettingsRequest request, Instant now) {
		this.maxAllowedDevices = request.pairing().maxAllowedDevices();
		this.pairingKeyFormat = request.pairing().pairingKeyFormat();
		if (request.lockout() != null) {
			this.lockoutFailureCount = request.lockout().failureCount();
			// Optional in PingOne's request model: a lockout without it keeps the
			// duration the settings have.
			if (request.lockout().durationSeconds() != null) {
				this.lockoutDurationSeconds = request.lockout().durationSeconds();
			}
		}
		if (request.phoneExtensions() != null) {
			this.phoneExtensions = request.phoneExtensions().enabled();
		}
		if (request.users() != null) {
			this.usersMfaEnabled = request.users().mfaEnabled();
		}
		this.updatedAt = now;
	}

	UUID environmentId() {
		return this.environmentId;
	}

	public int maxAllowedDevices() {
		return this.maxAllowedDevices;
	}

	String pairingKeyFormat() {
		return this.pairingKeyFormat;
	}

	public int lockoutFailureCount() {
		return this.lockoutFailureCount;
	}

	public int lockoutDurationSeconds() {
		return this.lockoutDurationSeconds;
	}

	boolean phoneExtensions() {
		return this.phoneExtensions;
	}

	/** Whether MFA is enabled by default for new users. */
	boolean usersMfaEnabled() {
		return this.usersMfaEnabled;
	}

	/**
	 * When they were last changed; the environment's creation while they are the
	 * defaults.
	 */
	Instant updatedAt() {
		return this.updatedAt;
	}

}
