package dev.mfastub.group;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;

/** A user added to a group directly. */
@Entity
@Table(name = "group_memberships")
@IdClass(EnvironmentScopedId.class)
class GroupMembership extends EnvironmentScopedEntity {

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(name = "group_id", nullable = false, updatable = false)
	private UUID groupId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected GroupMembership() {
	}

	GroupMembership(UUID environmentId, UUID userId, UUID groupId, Instant now) {
		super(environmentId, UUID.randomUUID());
		this.userId = userId;
		this.groupId = groupId;
		this.createdAt = now;
	}

	UUID userId() {
		return this.userId;
	}

	UUID groupId() {
		return this.groupId;
	}

}
