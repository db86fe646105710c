package dev.mfastub.call;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement behind {@link EnvironmentClocks}, on the application's
 * {@link JdbcTemplate}.
 */
record EnvironmentClocksImpl(JdbcTemplate jdbc) implements EnvironmentClocks {

	private static final String CLOCK = "SELECT clock_offset_ms, clock_frozen_at FROM environments WHERE id = ?";

	@Override
	public Optional<ClockState> findClockById(UUID id) {
		return this.jdbc.query(CLOCK, (row, index) -> {
			OffsetDateTime frozenAt = row.getObject(2, OffsetDateTime.class);
			return new ClockState(row.getLong(1), (frozenAt != null) ? frozenAt.toInstant() : null);
		}, id).stream().findFirst();
	}

}
