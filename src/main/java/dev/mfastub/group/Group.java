package dev.mfastub.group;

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
 * A group of an environment, or of one of its populations (set when it is made, never
 * changed): its members are the users added to it, those its {@code userFilter} selects,
 * and the members of the groups nested in it.
 */
@Entity(name = "IdentityGroup")
@Table(name = "identity_groups")
@IdClass(EnvironmentScopedId.class)
class Group extends EnvironmentScopedEntity {

	@Column(name = "population_id", updatable = false)
	private UUID populationId;

	/**
	 * Where the name is unique: the population, or the environment for its own groups.
	 */
	@Column(name = "scope_id", nullable = false, updatable = false)
	private UUID scopeId;

	@Column(nullable = false)
	private String name;

	/** The name folded to lower case: names are unique ignoring case. */
	@Column(name = "name_key", nullable = false)
	private String nameKey;

	private String description;

	@Column(name = "user_filter")
	private String userFilter;

	@Column(name = "external_id")
	private String externalId;

	/** {@code customData} as compact JSON. */
	@Column(name = "custom_data")
	private String customData;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Group() {
	}

	Group(UUID environmentId, UUID id, UUID populationId, Attributes attributes, Instant now) {
		super(environmentId, id);
		this.populationId = populationId;
		this.scopeId = (populationId != null) ? populationId : environmentId;
		this.createdAt = now;
		replace(attributes, now);
	}

	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	void replace(Attributes attributes, Instant now) {
		this.name = attributes.name();
		this.nameKey = nameKey(attributes.name());
		this.description = attributes.description();
		this.userFilter = attributes.userFilter();
		this.externalId = attributes.externalId();
		this.customData = attributes.customData();
		this.updatedAt = now;
	}

	UUID populationId() {
		return this.populationId;
	}

	String name() {
		return this.name;
	}

	String description() {
		return this.description;
	}

	String userFilter() {
		return this.userFilter;
	}

	String externalId() {
		return this.externalId;
	}

	String customData() {
		return this.customData;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	/**
	 * What a client writes of a group.
	 *
	 * @param name its name
	 * @param description its description, or {@code null}
	 * @param userFilter its dynamic rule, or {@code null}
	 * @param externalId its id elsewhere, or {@code null}
	 * @param customData its custom data as compact JSON, or {@code null}
	 */
	record Attributes(String name, String description, String userFilter, String externalId, String customData) {

	}

}
