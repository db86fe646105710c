package dev.mfastub.group;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;

/** A group nested in another: its members are the other's members too. */
@Entity
@Table(name = "group_nestings")
@IdClass(EnvironmentScopedId.class)
class GroupNesting extends EnvironmentScopedEntity {

	@Column(name = "group_id", nullable = false, updatable = false)
	private UUID groupId;

	@Column(name = "parent_id", nullable = false, updatable = false)
	private UUID parentId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected GroupNesting() {
	}

	GroupNesting(UUID environmentId, UUID groupId, UUID parentId, Instant now) {
		super(environmentId, UUID.randomUUID());
		this.groupId = groupId;
		this.parentId = parentId;
		this.createdAt = now;
	}

	UUID groupId() {
		return this.groupId;
	}

	UUID parentId() {
		return this.parentId;
	}

}
