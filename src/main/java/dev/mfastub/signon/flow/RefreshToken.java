package dev.mfastub.signon.flow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;

/**
 * A refresh token issued from a sign-on: its hash (never the token), what it grants, and
 * whether it was spent or revoked.
 */
@Entity
@Table(name = "refresh_tokens")
@IdClass(EnvironmentScopedId.class)
class RefreshToken extends EnvironmentScopedEntity {

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "flow_id", nullable = false, updatable = false)
	private UUID flowId;

	@Column(name = "application_id", nullable = false, updatable = false)
	private UUID applicationId;

	@Column(name = "client_id", nullable = false, updatable = false)
	private String clientId;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(name = "session_id", nullable = false, updatable = false)
	private UUID sessionId;

	@Column(nullable = false, updatable = false)
	private String scope;

	@Column(updatable = false)
	private String amr;

	@Column(updatable = false)
	private String acr;

	@Column(name = "auth_time", nullable = false, updatable = false)
	private Instant authTime;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected RefreshToken() {
	}

	RefreshToken(UUID environmentId, String tokenHash, UUID flowId, UUID applicationId, String clientId, UUID userId,
			UUID sessionId, List<String> scopes, List<String> amr, String acr, Instant authTime, Instant now,
			Instant expiresAt) {
		super(environmentId, UUID.randomUUID());
		this.tokenHash = tokenHash;
		this.flowId = flowId;
		this.applicationId = applicationId;
		this.clientId = clientId;
		this.userId = userId;
		this.sessionId = sessionId;
		this.scope = String.join(" ", scopes);
		this.amr = String.join(",", amr);
		this.acr = acr;
		this.authTime = authTime;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	UUID flowId() {
		return this.flowId;
	}

	UUID applicationId() {
		return this.applicationId;
	}

	String clientId() {
		return this.clientId;
	}

	UUID userId() {
		return this.userId;
	}

	UUID sessionId() {
		return this.sessionId;
	}

	List<String> scopes() {
		return List.of(this.scope.split(" "));
	}

	List<String> amr() {
		return (this.amr == null || this.amr.isEmpty()) ? List.of() : List.of(this.amr.split(","));
	}

	String acr() {
		return this.acr;
	}

	Instant authTime() {
		return this.authTime;
	}

	boolean usableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		return "RefreshToken[id=" + id() + "]";
	}

}
