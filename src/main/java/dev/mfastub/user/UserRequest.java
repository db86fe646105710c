package dev.mfastub.user;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.user.UserProfile.PersonName;

/**
 * The body of POST (create) and PUT (replace) user. {@code mfaEnabled} only counts on
 * create: PingOne's PUT and PATCH never change it.
 *
 * @param username required, 1 to 128 characters
 * @param email optional email address
 * @param name optional name
 * @param population optional population; the environment's default when absent
 * @param mfaEnabled optional, {@code false} when absent
 */
record UserRequest(@NotNull @Size(min = 1, max = 128) @Pattern(regexp = TEXT_PATTERN) String username,
		@Email @Size(max = 256) String email, @Valid NameBody name, @Valid PopulationReference population,
		Boolean mfaEnabled) {

	/**
	 * PingOne's pattern for user text attributes: letters, marks, spaces, symbols,
	 * digits, punctuation.
	 */
	static final String TEXT_PATTERN = UserProfile.TEXT_PATTERN;

	UserProfile toProfile() {
		return new UserProfile(this.username, this.email, (this.name != null) ? this.name.toName() : null);
	}

	/**
	 * PingOne's {@code name} object.
	 *
	 * @param given given name
	 * @param family family name
	 * @param middle middle name
	 * @param formatted the full name as displayed
	 */
	record NameBody(@Size(min = 1, max = 256) @Pattern(regexp = TEXT_PATTERN) String given,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT_PATTERN) String family,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT_PATTERN) String middle,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT_PATTERN) String formatted) {

		PersonName toName() {
			return new PersonName(this.given, this.family, this.middle, this.formatted).orNullIfEmpty();
		}

	}

	/**
	 * A reference to a population.
	 *
	 * @param id the population id
	 */
	record PopulationReference(@NotNull UUID id) {

	}

}
