package dev.mfastub.environment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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
		List<ClockState> found = this.jdbc.query(STATE, EnvironmentClock::read, environmentId);
		return found.isEmpty() ? ClockState.REAL_TIME : found.get(0);
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

}
