package dev.mfastub.call;

import java.time.Instant;
import java.util.UUID;

/**
 * The journal's write, part of {@link EventRepository}: one plain JDBC insert
 * ({@link EventInsertsImpl}) inside the change's transaction, because a persisted entity
 * or a Spring Data insert costs every write too much (bench/RESULTS.md, "One door per
 * table").
 */
interface EventInserts {

	/** Records an event. */
	void insert(UUID environmentId, Instant at, EventType type, UUID userId, String clientId, String correlationId,
			String before, String after);

}
