package dev.mfastub.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One role a worker app holds over one scope: PingOne's application role assignment. An
 * app's access is the sum of its assignments, decided on every call.
 */
@Entity
@Table(name = "role_assignments")
public class RoleAssignment {

	@Id
	private UUID id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private UUID applicationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "role_name", nullable = false, updatable = false)
	private Role role;

	@Enumerated(EnumType.STRING)
	@Column(name = "scope_type", nullable = false, updatable = false)
	private RoleScope scopeType;

	@Column(name = "scope_id", nullable = false, updatable = false)
	private UUID scopeId;

	/** The environment of a population scope; {@code null} for other scopes. */
	@Column(name = "scope_environment_id", updatable = false)
	private UUID scopeEnvironmentId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected RoleAssignment() {
	}

	RoleAssignment(UUID applicationId, Role role, RoleScope scopeType, UUID scopeId, Instant now) {
		this(applicationId, role, scopeType, scopeId, null, now);
	}

	RoleAssignment(UUID applicationId, Role role, RoleScope scopeType, UUID scopeId, UUID scopeEnvironmentId,
			Instant now) {
		this.id = idOf(applicationId, role, scopeType, scopeId);
		this.applicationId = applicationId;
		this.role = role;
		this.scopeType = scopeType;
		this.scopeId = scopeId;
		this.scopeEnvironmentId = scopeEnvironmentId;
		this.createdAt = now;
	}

	/**
	 * The id an assignment has: it follows from what it assigns, so a reset brings the
	 * same assignment back under the same id.
	 */
	static UUID idOf(UUID applicationId, Role role, RoleScope scopeType, UUID scopeId) {
		return UUID.nameUUIDFromBytes((applicationId + ":" + role.name() + ":" + scopeType.name() + ":" + scopeId)
			.getBytes(StandardCharsets.UTF_8));
	}

	public UUID id() {
		return this.id;
	}

	public UUID applicationId() {
		return this.applicationId;
	}

	public Role role() {
		return this.role;
	}

	public RoleScope scopeType() {
		return this.scopeType;
	}

	public UUID scopeId() {
		return this.scopeId;
	}

	/** The environment of a population scope; {@code null} for other scopes. */
	public UUID scopeEnvironmentId() {
		return this.scopeEnvironmentId;
	}

	/** As the access decisions read it. */
	CallerRoles.Held held() {
		return new CallerRoles.Held(this.role, this.scopeType, this.scopeId, this.scopeEnvironmentId);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
