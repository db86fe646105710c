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
 * A sign-on policy assigned to an application, with its priority among the app's
 * assignments (the lowest number applies).
 */
@Entity
@Table(name = "sign_on_policy_assignments")
@IdClass(EnvironmentScopedId.class)
class SignOnPolicyAssignment extends EnvironmentScopedEntity {

	@Column(name = "application_id", nullable = false, updatable = false)
	private UUID applicationId;

	@Column(name = "policy_id", nullable = false)
	private UUID policyId;

	@Column(nullable = false)
	private int priority;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected SignOnPolicyAssignment() {
	}

	SignOnPolicyAssignment(UUID environmentId, UUID id, UUID applicationId, UUID policyId, int priority, Instant now) {
		super(environmentId, id);
		this.applicationId = applicationId;
		this.policyId = policyId;
		this.priority = priority;
		this.createdAt = now;
	}

	UUID applicationId() {
		return this.applicationId;
	}

	UUID policyId() {
		return this.policyId;
	}

	int priority() {
		return this.priority;
	}

	void change(UUID policyId, int priority) {
		this.policyId = policyId;
		this.priority = priority;
	}

}
