package dev.mfastub.environment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.ServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one source of "now": bypass expiry, timestamps, token times and journal entries all
 * ask here, never {@link Instant#now()}. Each environment has its own clock (real time,
 * shifted, or frozen), kept on its database row so every instance on the database agrees.
 * Instants are truncated to milliseconds, the precision of PingOne's format, so what is
 * stored is what is shown.
 */
@Component
public class EnvironmentClock {

	private static final String STATE = "SELECT clock_offset_ms, clock_frozen_at FROM environments WHERE id = ?";

	private static final String REQUEST_STATE = "SELECT clock_offset_ms, clock_frozen_at, "
			+ "EXISTS (SELECT 1 FROM fault_rules f WHERE f.environment_id = e.id) FROM environments e WHERE e.id = ?";

	/** The request attribute that keeps an API request's {@link RequestState}. */
	private static final String REQUEST_ATTRIBUTE = EnvironmentClock.class.getName() + ".request";

	private final Clock system;

	private final JdbcTemplate jdbc;

	EnvironmentClock(Clock system, JdbcTemplate jdbc) {
		this.system = system;
		this.jdbc = jdbc;
	}

	/**
	 * The current instant in an environment; real time for one that does not exist.
	 * @param environmentId the environment
	 * @return now, to the millisecond
	 */
	public Instant now(UUID environmentId) {
		return state(environmentId).now(platformNow());
	}

	/**
	 * An environment's clock setting.
	 * @param environmentId the environment
	 * @return its clock, or real time when it does not exist
	 */
	public ClockState state(UUID environmentId) {
		RequestState kept = kept(environmentId);
		if (kept != null) {
			return kept.clock();
		}
		List<ClockState> found = this.jdbc.query(STATE, EnvironmentClock::read, environmentId);
		return found.isEmpty() ? ClockState.REAL_TIME : found.get(0);
	}

	/**
	 * Reads, in one query, what an API request needs of its environment before anything
	 * else runs: its clock, and whether it has fault rules. The clock is kept for the
	 * rest of the request, so the token check, the change and its journal entry all see
	 * the one setting, and the database is asked once. Only {@code /v1} and {@code /as}
	 * requests keep it; none of them changes a clock.
	 * @param environmentId the environment the request's path names
	 * @param request the request
	 * @return the state, or empty when there is no such environment
	 */
	public Optional<RequestState> readFor(UUID environmentId, ServletRequest request) {
		List<RequestState> found = this.jdbc.query(REQUEST_STATE,
				(row, index) -> new RequestState(environmentId, read(row, index), row.getBoolean(3)), environmentId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		request.setAttribute(REQUEST_ATTRIBUTE, found.get(0));
		return Optional.of(found.get(0));
	}

	private static RequestState kept(UUID environmentId) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null
				&& attributes.getAttribute(REQUEST_ATTRIBUTE,
						RequestAttributes.SCOPE_REQUEST) instanceof RequestState state
				&& state.environmentId().equals(environmentId)) {
			return state;
		}
		return null;
	}

	/**
	 * Real time, for what belongs to no environment (signing key rotation) and as the
	 * base every environment clock is set against.
	 * @return now, to the millisecond
	 */
	public Instant platformNow() {
		return this.system.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static ClockState read(ResultSet row, int index) throws SQLException {
		OffsetDateTime frozenAt = row.getObject(2, OffsetDateTime.class);
		return new ClockState(Duration.ofMillis(row.getLong(1)), (frozenAt != null) ? frozenAt.toInstant() : null);
	}

	/**
	 * An environment as an API request first finds it.
	 *
	 * @param environmentId the environment
	 * @param clock its clock
	 * @param faultRules whether it has fault rules
	 */
	public record RequestState(UUID environmentId, ClockState clock, boolean faultRules) {

	}

}
