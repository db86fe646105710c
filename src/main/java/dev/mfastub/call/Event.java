package dev.mfastub.call;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One entry of an environment's journal: who changed what, when (on the environment's
 * clock), with the state before and after as JSON. {@link Journal} writes it as one plain
 * insert; the entity serves reading.
 */
@Entity
@Table(name = "events")
public class Event extends EnvironmentEntry {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private EventType type;

	@Column(name = "user_id", updatable = false)
	private UUID userId;

	@Column(name = "client_id", updatable = false)
	private String clientId;

	@Column(name = "correlation_id", updatable = false)
	private String correlationId;

	@Column(name = "before_state", length = 65536, updatable = false)
	private String before;

	@Column(name = "after_state", length = 65536, updatable = false)
	private String after;

	protected Event() {
	}

	public EventType type() {
		return this.type;
	}

	public UUID userId() {
		return this.userId;
	}

	public String clientId() {
		return this.clientId;
	}

	public String correlationId() {
		return this.correlationId;
	}

	/** The state before the change as JSON, or {@code null} for a creation. */
	public String before() {
		return this.before;
	}

	/** The state after the change as JSON, or {@code null} for a deletion. */
	public String after() {
		return this.after;
	}

}
