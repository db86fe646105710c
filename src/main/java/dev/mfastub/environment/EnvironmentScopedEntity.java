package dev.mfastub.environment;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What lives inside an environment (users, populations, devices, policies, device
 * authentications): its key is the environment and an id unique within it
 * ({@link EnvironmentScopedId}, each subclass's {@code @IdClass}), set once when it is
 * made.
 */
@MappedSuperclass
public abstract class EnvironmentScopedEntity {

	@Id
	@Column(name = "environment_id", nullable = false, updatable = false)
	private UUID environmentId;

	@Id
	private UUID id;

	protected EnvironmentScopedEntity() {
	}

	protected EnvironmentScopedEntity(UUID environmentId, UUID id) {
		this.environmentId = environmentId;
		this.id = id;
	}

	public UUID environmentId() {
		return this.environmentId;
	}

	public UUID id() {
		return this.id;
	}

}
