package dev.mfastub.auth;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An RSA key pair that signs tokens, kept in the database so every instance on it signs
 * and verifies alike. A retired key signs nothing new but verifies the tokens it signed
 * until they have expired.
 */
@Entity
@Table(name = "signing_keys")
class SigningKey {

	@Id
	private String kid;

	/** The key pair as a JWK, private part included. */
	@Column(nullable = false, length = 8192)
	private String jwk;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "retired_at")
	private Instant retiredAt;

	protected SigningKey() {
	}

	SigningKey(String kid, String jwk, Instant createdAt) {
		this.kid = kid;
		this.jwk = jwk;
		this.createdAt = createdAt;
	}

	String kid() {
		return this.kid;
	}

	String jwk() {
		return this.jwk;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant retiredAt() {
		return this.retiredAt;
	}

	void retire(Instant now) {
		this.retiredAt = now;
	}

}
