package dev.mfastub.environment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A PingOne environment: an isolated sandbox with its own users and clock.
 */
@Entity
@Table(name = "environments")
public class Environment {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(name = "organization_id", nullable = false)
	private UUID organizationId;

	@Column(name = "default_population_id", nullable = false)
	private UUID defaultPopulationId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "clock_offset_ms", nullable = false)
	private long clockOffsetMillis;

	@Column(name = "clock_frozen_at")
	private Instant clockFrozenAt;

	/**
	 * What reset restores, as the control plane wrote it; {@code null} for seeded ones.
	 */
	@Column(length = 1000000)
	private String definition;

	protected Environment() {
	}

	public Environment(UUID id, String name, UUID organizationId, UUID defaultPopulationId, Instant createdAt) {
		this.id = id;
		this.name = name;
		this.organizationId = organizationId;
		this.defaultPopulationId = defaultPopulationId;
		this.createdAt = createdAt;
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public UUID organizationId() {
		return this.organizationId;
	}

	/** The population a user joins when its create request names none. */
	public UUID defaultPopulationId() {
		return this.defaultPopulationId;
	}

	public ClockState clock() {
		return new ClockState(Duration.ofMillis(this.clockOffsetMillis), this.clockFrozenAt);
	}

	public void changeClock(ClockState clock) {
		this.clockOffsetMillis = clock.offset().toMillis();
		this.clockFrozenAt = clock.frozenAt();
	}

	public String definition() {
		return this.definition;
	}

	public void changeDefinition(String definition) {
		this.definition = definition;
	}

}
