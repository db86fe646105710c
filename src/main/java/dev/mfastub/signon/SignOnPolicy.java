package dev.mfastub.signon;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;

/**
 * A sign-on policy of an environment. Exactly one policy of each environment is its
 * default, which {@link SignOnPolicyService} keeps so.
 */
@Entity
@Table(name = "sign_on_policies")
@IdClass(EnvironmentScopedId.class)
class SignOnPolicy extends EnvironmentScopedEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false)
	private String nameKey;

	private String description;

	@Column(name = "is_default", nullable = false)
	private boolean isDefault;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected SignOnPolicy() {
	}

	SignOnPolicy(UUID environmentId, UUID id, String name, String description, boolean isDefault, Instant now) {
		super(environmentId, id);
		change(name, description, now);
		this.isDefault = isDefault;
		this.createdAt = now;
	}

	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	String name() {
		return this.name;
	}

	String description() {
		return this.description;
	}

	boolean isDefault() {
		return this.isDefault;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	void change(String name, String description, Instant now) {
		this.name = name;
		this.nameKey = nameKey(name);
		this.description = description;
		this.updatedAt = now;
	}

	void makeDefault(boolean isDefault, Instant now) {
		this.isDefault = isDefault;
		this.updatedAt = now;
	}

}
