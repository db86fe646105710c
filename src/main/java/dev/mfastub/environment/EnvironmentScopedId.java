package dev.mfastub.environment;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The key of what lives inside an environment (users, populations): ids are unique within
 * an environment, not across them, so sandboxes can reuse another's ids (PingOne's
 * documentation ids, say). An entity's {@code @IdClass}: its two {@code @Id} fields are
 * named like these.
 */
public class EnvironmentScopedId implements Serializable {

	private UUID environmentId;

	private UUID id;

	protected EnvironmentScopedId() {
	}

	public EnvironmentScopedId(UUID environmentId, UUID id) {
		this.environmentId = environmentId;
		this.id = id;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EnvironmentScopedId key && Objects.equals(this.environmentId, key.environmentId)
				&& Objects.equals(this.id, key.id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.environmentId, this.id);
	}

}
