package dev.mfastub.web;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Tells a unique-key clash (a race two writers can lose) from other integrity failures
 * (which are bugs and must not be reported as a clash).
 */
public final class UniqueViolations {

	/** The SQL state of a unique violation, the same on H2 and PostgreSQL. */
	private static final Set<String> UNIQUE_VIOLATION = Set.of("23505");

	/**
	 * The SQL states of a foreign-key violation: PostgreSQL's one, and H2's for a row
	 * still referenced and for a parent missing.
	 */
	private static final Set<String> FOREIGN_KEY_VIOLATION = Set.of("23503", "23506");

	private UniqueViolations() {
	}

	/**
	 * Writes, and answers a unique-key clash (another request took the value between the
	 * check and the write) as the API's own refusal.
	 * @param <T> what the write answers
	 * @param write the write, flushed
	 * @param clash the refusal
	 * @return what the write answered
	 */
	public static <T> T writeOr(Supplier<T> write, Supplier<ApiException> clash) {
		try {
			return write.get();
		}
		catch (DataIntegrityViolationException ex) {
			if (isUniqueViolation(ex)) {
				throw clash.get();
			}
			throw ex;
		}
	}

	public static boolean isUniqueViolation(DataIntegrityViolationException ex) {
		return (ex instanceof DuplicateKeyException) || hasState(ex, UNIQUE_VIOLATION);
	}

	/**
	 * Whether a write named a row that does not exist (or no longer does): a user's
	 * population deleted meanwhile, say.
	 */
	public static boolean isForeignKeyViolation(DataIntegrityViolationException ex) {
		return hasState(ex, FOREIGN_KEY_VIOLATION);
	}

	private static boolean hasState(DataIntegrityViolationException ex, Set<String> states) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && states.contains(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
