package dev.mfastub.user;

import dev.mfastub.web.PrintableText;

/**
 * The parts of a user that PUT replaces and PATCH edits.
 *
 * @param username unique in the environment, ignoring case
 * @param email the email address, or {@code null}
 * @param name the name, or {@code null}
 */
public record UserProfile(String username, String email, PersonName name) {

	/**
	 * PingOne's pattern for user text attributes (username, name parts): letters, marks,
	 * spaces, symbols, digits, punctuation; no control characters.
	 */
	public static final String TEXT_PATTERN = PrintableText.PATTERN;

	/**
	 * PingOne's {@code name} object, for the parts the stub keeps.
	 *
	 * @param given given name
	 * @param family family name
	 * @param middle middle name
	 * @param formatted the full name as displayed
	 */
	public record PersonName(String given, String family, String middle, String formatted) {

		/** {@code null} when no part is set, so an empty name is not stored or shown. */
		public PersonName orNullIfEmpty() {
			return (this.given == null && this.family == null && this.middle == null && this.formatted == null) ? null
					: this;
		}

	}

}
