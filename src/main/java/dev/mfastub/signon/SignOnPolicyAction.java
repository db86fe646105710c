package dev.mfastub.signon;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;

/**
 * An action of a sign-on policy: {@code LOGIN} (with its recovery and registration
 * switches, kept and shown) or {@code MULTI_FACTOR_AUTHENTICATION} (with its MFA policy
 * and what happens to a user without devices).
 */
@Entity
@Table(name = "sign_on_policy_actions")
@IdClass(EnvironmentScopedId.class)
class SignOnPolicyAction extends EnvironmentScopedEntity {

	static final String LOGIN = "LOGIN";

	static final String MFA = "MULTI_FACTOR_AUTHENTICATION";

	@Column(name = "policy_id", nullable = false, updatable = false)
	private UUID policyId;

	@Column(nullable = false, updatable = false)
	private String type;

	@Column(nullable = false)
	private int priority;

	@Column(name = "device_policy_id")
	private UUID devicePolicyId;

	@Column(name = "no_devices_mode")
	private String noDevicesMode;

	@Column(name = "recovery_enabled")
	private Boolean recoveryEnabled;

	@Column(name = "registration_enabled")
	private Boolean registrationEnabled;

	@Column(name = "registration_population_id")
	private UUID registrationPopulationId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected SignOnPolicyAction() {
	}

	SignOnPolicyAction(UUID environmentId, UUID id, UUID policyId, String type, Settings settings, Instant now) {
		super(environmentId, id);
		this.policyId = policyId;
		this.type = type;
		this.createdAt = now;
		change(settings);
	}

	void change(Settings settings) {
		this.priority = settings.priority();
		this.devicePolicyId = settings.devicePolicyId();
		this.noDevicesMode = settings.noDevicesMode();
		this.recoveryEnabled = settings.recoveryEnabled();
		this.registrationEnabled = settings.registrationEnabled();
		this.registrationPopulationId = settings.registrationPopulationId();
	}

	UUID policyId() {
		return this.policyId;
	}

	String type() {
		return this.type;
	}

	Settings settings() {
		return new Settings(this.priority, this.devicePolicyId, this.noDevicesMode, this.recoveryEnabled,
				this.registrationEnabled, this.registrationPopulationId);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	SignOnAction view() {
		return new SignOnAction(id(), this.policyId, this.type, this.priority, this.devicePolicyId, this.noDevicesMode);
	}

	/**
	 * What an action's request sets.
	 *
	 * @param priority its order, 1 or more
	 * @param devicePolicyId an MFA action's MFA policy; {@code null}: the environment's
	 * default
	 * @param noDevicesMode an MFA action's {@code BLOCK} or {@code BYPASS}
	 * @param recoveryEnabled a LOGIN action's
	 * @param registrationEnabled a LOGIN action's
	 * @param registrationPopulationId a LOGIN action's, or {@code null}
	 */
	record Settings(int priority, UUID devicePolicyId, String noDevicesMode, Boolean recoveryEnabled,
			Boolean registrationEnabled, UUID registrationPopulationId) {

	}

}
