package dev.mfastub.population;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;

/**
 * A population of an environment. Whether it is the default is the environment's to say
 * ({@code default_population_id}), so there is always exactly one.
 */
@Entity
@Table(name = "populations")
@IdClass(EnvironmentScopedId.class)
public class Population extends EnvironmentScopedEntity {

	/** The name of the population every environment starts with. */
	public static final String DEFAULT_NAME = "Default";

	@Column(nullable = false)
	private String name;

	/** The name folded to lower case: names are unique ignoring case. */
	@Column(name = "name_key", nullable = false)
	private String nameKey;

	private String description;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Population() {
	}

	public Population(UUID environmentId, UUID id, String name, String description, Instant now) {
		super(environmentId, id);
		this.createdAt = now;
		rename(name, description, now);
	}

	/**
	 * The name a population that the seed or a sandbox names only by its id is given.
	 * @param id its id
	 * @return its name
	 */
	public static String nameFor(UUID id) {
		return "Population " + id;
	}

	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	void rename(String name, String description, Instant now) {
		this.name = name;
		this.nameKey = nameKey(name);
		this.description = description;
		this.updatedAt = now;
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
