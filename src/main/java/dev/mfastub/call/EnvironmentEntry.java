package dev.mfastub.call;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entry appended to one of an environment's logs (the journal, the outbox): numbered
 * by the database in the order written, at an instant of the environment's clock, never
 * changed.
 */
@MappedSuperclass
public abstract class EnvironmentEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "environment_id", nullable = false, updatable = false)
	private UUID environmentId;

	@Column(nullable = false, updatable = false)
	private Instant at;

	protected EnvironmentEntry() {
	}

	protected EnvironmentEntry(UUID environmentId, Instant at) {
		this.environmentId = environmentId;
		this.at = at;
	}

	public Long id() {
		return this.id;
	}

	public Instant at() {
		return this.at;
	}

}
