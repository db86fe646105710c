package dev.mfastub.mfa.policy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;

/**
 * A device authentication policy an environment changed. Every environment has its
 * default policy from the start; until it is changed it is PingOne's
 * ({@link #defaultFor}) and no row.
 */
@Entity
@Table(name = "device_policies")
@IdClass(EnvironmentScopedId.class)
public class DevicePolicy extends EnvironmentScopedEntity {

	/** The name the stub gives every environment's default policy. */
	static final String DEFAULT_NAME = "Default MFA Policy";

	@Column(nullable = false)
	private String name;

	@Column(name = "is_default", nullable = false)
	private boolean isDefault;

	/** {@link PolicySettings} as JSON. */
	@Column(nullable = false, length = 65536)
	private String settings;

	@Column(nullable = false)
	private boolean deleted;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected DevicePolicy() {
	}

	DevicePolicy(UUID environmentId, UUID id, String name, boolean isDefault, String settings, Instant createdAt) {
		super(environmentId, id);
		this.name = name;
		this.isDefault = isDefault;
		this.settings = settings;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	/**
	 * The id of an environment's default policy: it follows from the environment's, so it
	 * is the same on every instance before anything is stored.
	 */
	public static UUID defaultIdOf(UUID environmentId) {
		return UUID
			.nameUUIDFromBytes(("device authentication policy:" + environmentId).getBytes(StandardCharsets.UTF_8));
	}

	void change(String name, String settings, boolean isDefault, Instant now) {
		this.name = name;
		this.settings = settings;
		this.isDefault = isDefault;
		this.updatedAt = now;
	}

	/** Deleted: it stays as a row, so that PingOne's default policy does not return. */
	void delete(Instant now) {
		this.deleted = true;
		this.updatedAt = now;
	}

	boolean deleted() {
		return this.deleted;
	}

	String name() {
		return this.name;
	}

	boolean isDefault() {
		return this.isDefault;
	}

	String settings() {
		return this.settings;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
