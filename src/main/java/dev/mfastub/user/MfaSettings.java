package dev.mfastub.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.mfastub.web.ApiException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A user's MFA columns, in plain statements: the API's hottest paths need nothing more. A
 * read is one statement outside any transaction (one statement reads one committed row);
 * a change locks the row, then updates it, inside the caller's transaction, so writes to
 * one user take turns and each sees the state the one before it left.
 */
@Component
public class MfaSettings {

	private static final String READ = "SELECT mfa_enabled, bypass_mfa_until FROM users "
			+ "WHERE environment_id = ? AND id = ?";

	private static final String LOCK = READ + " FOR UPDATE";

	private static final String CHANGE_MFA_ENABLED = "UPDATE users SET mfa_enabled = ?, updated_at = ? "
			+ "WHERE environment_id = ? AND id = ?";

	private static final String CHANGE_BYPASS = "UPDATE users SET bypass_mfa_until = ?, updated_at = ? "
			+ "WHERE environment_id = ? AND id = ?";

	private final JdbcTemplate jdbc;

	MfaSettings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The MFA settings of a user.
	 * @param environmentId the environment
	 * @param userId the user
	 * @return the settings
	 * @throws ApiException a 404 when either is unknown
	 */
	public Settings read(UUID environmentId, UUID userId) {
		return query(READ, environmentId, userId);
	}

	/**
	 * Locks a user's row until the transaction ends, and reads its MFA settings.
	 * @param environmentId the environment
	 * @param userId the user
	 * @return the settings before the change
	 * @throws ApiException a 404 when either is unknown
	 */
	public Settings lock(UUID environmentId, UUID userId) {
		return query(LOCK, environmentId, userId);
	}

	/**
	 * Turns MFA on or off for a user locked by {@link #lock}.
	 * @param environmentId the environment
	 * @param userId the user
	 * @param enabled the new setting
	 * @param now the environment's current instant
	 */
	public void changeMfaEnabled(UUID environmentId, UUID userId, boolean enabled, Instant now) {
		this.jdbc.update(CHANGE_MFA_ENABLED, enabled, utc(now), environmentId, userId);
	}

	/**
	 * Sets when the bypass of a user locked by {@link #lock} ends.
	 * @param environmentId the environment
	 * @param userId the user
	 * @param until the end of the bypass period
	 * @param now the environment's current instant
	 */
	public void changeBypassUntil(UUID environmentId, UUID userId, Instant until, Instant now) {
		this.jdbc.update(CHANGE_BYPASS, utc(until), utc(now), environmentId, userId);
	}

	private Settings query(String sql, UUID environmentId, UUID userId) {
		List<Settings> found = this.jdbc.query(sql, (row, index) -> {
			OffsetDateTime until = row.getObject(2, OffsetDateTime.class);
			return new Settings(row.getBoolean(1), (until != null) ? until.toInstant() : null);
		}, environmentId, userId);
		if (found.isEmpty()) {
			throw ApiException.notFound();
		}
		return found.get(0);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * @param mfaEnabled whether MFA is enabled
	 * @param bypassMfaUntil when a bypass ends, or {@code null} when none was ever set
	 */
	public record Settings(boolean mfaEnabled, Instant bypassMfaUntil) {

	}

}
