package dev.mfastub.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.mfastub.web.ApiException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A user's MFA columns, read in one statement outside any transaction: the API's hottest
 * path, {@code GET mfaEnabled} and {@code GET bypassMFA}, needs nothing more, and one
 * statement reads one committed row.
 */
@Component
public class MfaSettings {

	private static final String READ = "SELECT mfa_enabled, bypass_mfa_until FROM users "
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
		List<Settings> found = this.jdbc.query(READ, (row, index) -> {
			OffsetDateTime until = row.getObject(2, OffsetDateTime.class);
			return new Settings(row.getBoolean(1), (until != null) ? until.toInstant() : null);
		}, environmentId, userId);
		if (found.isEmpty()) {
			throw ApiException.notFound();
		}
		return found.get(0);
	}

	/**
	 * @param mfaEnabled whether MFA is enabled
	 * @param bypassMfaUntil when a bypass ends, or {@code null} when none was ever set
	 */
	public record Settings(boolean mfaEnabled, Instant bypassMfaUntil) {

	}

}
