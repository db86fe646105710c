package dev.mfastub.web;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Tells a unique-key clash (a race two writers can lose) from other integrity failures
 * (which are bugs and must not be reported as a clash).
 */
public final class UniqueViolations {

	/** The SQL state of a unique violation, the same on H2 and PostgreSQL. */
	private static final String UNIQUE_VIOLATION = "23505";

	private UniqueViolations() {
	}

	public static boolean isUniqueViolation(DataIntegrityViolationException ex) {
		if (ex instanceof DuplicateKeyException) {
			return true;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
