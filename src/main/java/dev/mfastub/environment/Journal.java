package dev.mfastub.environment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.web.Correlation;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The change journal of each environment. Writes record here inside their own
 * transaction, so an event exists exactly when its change does. Each environment shows at
 * most {@code stub.journal.limit} events; the oldest are dropped. Finding the oldest to
 * keep walks {@code limit} index entries, so a write does it only one time in
 * {@value #TRIM_EVERY} (on average): a reader always trims first, and sees exactly the
 * newest {@code limit}.
 */
@Service
@Transactional(readOnly = true)
public class Journal {

	private static final String OLDEST_KEPT = "SELECT id FROM events WHERE environment_id = ? ORDER BY id DESC "
			+ "OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY";

	private static final String INSERT = "INSERT INTO events (environment_id, at, type, user_id, client_id, "
			+ "correlation_id, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String DROP_OLDER = "DELETE FROM events WHERE environment_id = ? AND id < ?";

	/** One write in this many, on average, trims its environment's journal. */
	static final int TRIM_EVERY = 1024;

	private final EventRepository events;

	private final EnvironmentClock clock;

	private final JsonMapper mapper;

	private final JdbcTemplate jdbc;

	private final int limit;

	Journal(EventRepository events, EnvironmentClock clock, JsonMapper mapper, JdbcTemplate jdbc,
			JournalProperties properties) {
		this.events = events;
		this.clock = clock;
		this.mapper = mapper;
		this.jdbc = jdbc;
		this.limit = Math.max(1, properties.limit());
	}

	/**
	 * Records a change made by the current request.
	 * @param environmentId where it happened
	 * @param type what happened
	 * @param userId the user it happened to
	 * @param before the state before, or {@code null}
	 * @param after the state after, or {@code null}
	 */
	@Transactional
	public void record(UUID environmentId, EventType type, UUID userId, Object before, Object after) {
		// A plain insert: the entity's persist and flush cost a write a fifth of its
		// time.
		this.jdbc.update(INSERT, environmentId, OffsetDateTime.ofInstant(this.clock.now(environmentId), ZoneOffset.UTC),
				type.name(), userId, currentClientId(), currentCorrelationId(), json(before), json(after));
		// Random, not every n-th id: ids are shared by all environments, and two that
		// write in turn would otherwise leave one of them never trimmed.
		if (ThreadLocalRandom.current().nextInt(TRIM_EVERY) == 0) {
			trim(environmentId);
		}
	}

	/**
	 * Events of an environment, oldest first.
	 * @param environmentId the environment
	 * @param after only events with a greater id; 0 for all
	 * @param limit the most to return
	 * @return the events
	 */
	@Transactional
	public List<Event> read(UUID environmentId, long after, int limit) {
		trim(environmentId);
		return this.events.findByEnvironmentIdAndIdGreaterThanOrderByIdAsc(environmentId, after, Limit.of(limit));
	}

	/** Drops all but the newest {@code stub.journal.limit} events of an environment. */
	private void trim(UUID environmentId) {
		List<Long> oldestKept = this.jdbc.queryForList(OLDEST_KEPT, Long.class, environmentId, this.limit - 1);
		if (!oldestKept.isEmpty()) {
			this.jdbc.update(DROP_OLDER, environmentId, oldestKept.get(0));
		}
	}

	private String json(Object state) {
		return (state != null) ? this.mapper.writeValueAsString(state) : null;
	}

	private static String currentClientId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication.getName();
	}

	private static String currentCorrelationId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return Correlation.of(request);
		}
		return null;
	}

}
