package dev.mfastub.environment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import dev.mfastub.call.ClockState;

/**
 * A PingOne environment: an isolated sandbox with its own users and clock.
 */
@Entity
@Table(name = "environments")
// An update writes only what changed: a clock change and a new default population,
// made at once through two instances, never undo each other.
@DynamicUpdate
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

	@Column(name = "environment_type", nullable = false)
	private String type = "SANDBOX";

	@Column(nullable = false)
	private String region = "NA";

	private String description;

	/** PingOne's {@code billOfMaterials}, as the JSON it was given in. */
	@Column(name = "bill_of_materials", length = 65536)
	private String billOfMaterials;

	@Column(name = "updated_at")
	private Instant updatedAt;

	/**
	 * PingOne's "Default MFA status for new users", as the environment was made with it:
	 * what its MFA settings say until they are written.
	 */
	@Column(name = "new_users_mfa_enabled", nullable = false)
	private boolean newUsersMfaEnabled;

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

	/** Makes another population the default: PingOne's environments have exactly one. */
	public void changeDefaultPopulation(UUID populationId) {
		this.defaultPopulationId = populationId;
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

	/** {@code SANDBOX} or {@code PRODUCTION}. */
	public String type() {
		return this.type;
	}

	/** PingOne's region code, such as {@code NA}; set at creation. */
	public String region() {
		return this.region;
	}

	public String description() {
		return this.description;
	}

	public String billOfMaterials() {
		return this.billOfMaterials;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/**
	 * Whether MFA is enabled by default for new users while the environment's MFA
	 * settings were never written: on for environments made through PingOne's Platform
	 * API and sandboxes (made after 20 August 2024), off for seeded ones.
	 */
	public boolean newUsersMfaEnabled() {
		return this.newUsersMfaEnabled;
	}

	/**
	 * Sets the default {@link #newUsersMfaEnabled()}, at creation.
	 * @param enabled whether new users get MFA
	 */
	public void defaultNewUsersMfa(boolean enabled) {
		this.newUsersMfaEnabled = enabled;
	}

	public Instant updatedAt() {
		return (this.updatedAt != null) ? this.updatedAt : this.createdAt;
	}

	/**
	 * Sets what PingOne's Platform API shows and changes of an environment.
	 * @param platform its name, type, description and bill of materials
	 * @param now when, on the platform's clock
	 */
	public void describe(Platform platform, Instant now) {
		this.name = platform.name();
		this.type = platform.type();
		this.description = platform.description();
		this.billOfMaterials = platform.billOfMaterials();
		this.updatedAt = now;
	}

	/** Sets the region, which only creation may. */
	public void locate(String region) {
		this.region = region;
	}

	/**
	 * What the Platform API says of an environment.
	 *
	 * @param name its name, unique in its organization
	 * @param type {@code SANDBOX} or {@code PRODUCTION}
	 * @param description what it is for, or {@code null}
	 * @param billOfMaterials its products as JSON, or {@code null}
	 */
	public record Platform(String name, String type, String description, String billOfMaterials) {

	}

	public void changeDefinition(String definition) {
		this.definition = definition;
	}

}
