package dev.mfastub.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements behind {@link UserMfaColumns}, on the application's
 * {@link JdbcTemplate}.
 */
record UserMfaColumnsImpl(JdbcTemplate jdbc) implements UserMfaColumns {

	private static final String READ = "SELECT mfa_enabled, bypass_mfa_until FROM users "
			+ "WHERE environment_id = ? AND id = ?";

	private static final String LOCK = READ + " FOR UPDATE";

	private static final String CHANGE_MFA_ENABLED = "UPDATE users SET mfa_enabled = ?, updated_at = ? "
			+ "WHERE environment_id = ? AND id = ?";

	private static final String CHANGE_BYPASS = "UPDATE users SET bypass_mfa_until = ?, updated_at = ? "
			+ "WHERE environment_id = ? AND id = ?";

	@Override
	public Optional<MfaState> findMfaState(UUID environmentId, UUID id) {
		return query(READ, environmentId, id);
	}

	@Override
	public Optional<MfaState> lockMfaState(UUID environmentId, UUID id) {
		return query(LOCK, environmentId, id);
	}

	@Override
	public void updateMfaEnabled(UUID environmentId, UUID id, boolean enabled, Instant now) {
		this.jdbc.update(CHANGE_MFA_ENABLED, enabled, utc(now), environmentId, id);
	}

	@Override
	public void updateBypassMfaUntil(UUID environmentId, UUID id, Instant until, Instant now) {
		this.jdbc.update(CHANGE_BYPASS, utc(until), utc(now), environmentId, id);
	}

	private Optional<MfaState> query(String sql, UUID environmentId, UUID id) {
		List<MfaState> found = this.jdbc.query(sql, (row, index) -> {
			OffsetDateTime until = row.getObject(2, OffsetDateTime.class);
			return new MfaState(row.getBoolean(1), (until != null) ? until.toInstant() : null);
		}, environmentId, id);
		return found.stream().findFirst();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
