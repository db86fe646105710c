package dev.mfastub.call;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement behind {@link EventInserts}, on the application's {@link JdbcTemplate}.
 */
record EventInsertsImpl(JdbcTemplate jdbc) implements EventInserts {

	private static final String INSERT = "INSERT INTO events (environment_id, at, type, user_id, client_id, "
			+ "correlation_id, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	@Override
	public void insert(UUID environmentId, Instant at, EventType type, UUID userId, String clientId,
			String correlationId, String before, String after) {
		this.jdbc.update(INSERT, environmentId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), type.name(), userId,
				clientId, correlationId, before, after);
	}

}
