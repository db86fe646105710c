package dev.mfastub.password;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hibernate.validator.constraints.Range;

/**
 * What a password policy says, every member but whether it is the default: a create or an
 * update sends all of it, and a member that is absent is not enforced.
 *
 * @param name its name, unique in the environment ignoring case
 * @param description its description, when it has one
 * @param excludesProfileData not a value of the user's profile (kept, not checked)
 * @param notSimilarToCurrent not too like the current password (kept, not checked)
 * @param excludesCommonlyUsed not a commonly used password (kept, not checked)
 * @param maxRepeatedCharacters the most times one character may follow itself
 * @param minUniqueCharacters the fewest different characters
 * @param minComplexity the haystack complexity in days (kept, not checked)
 * @param history the earlier passwords that may not come back (kept, not checked)
 * @param lockout the wrong passwords before a lockout (kept, not checked)
 * @param length the fewest and most characters
 * @param minCharacters how many characters of each of PingOne's four sets
 * @param maxAgeDays the days until a password must change (kept, not checked)
 * @param minAgeDays the days before a password may change (kept, not checked)
 */
record PasswordPolicyRules(String name, String description, boolean excludesProfileData, boolean notSimilarToCurrent,
		boolean excludesCommonlyUsed, Integer maxRepeatedCharacters, Integer minUniqueCharacters, Integer minComplexity,
		PasswordHistory history, PasswordLockout lockout, PasswordLength length, MinCharacters minCharacters,
		Integer maxAgeDays, Integer minAgeDays) {

	/**
	 * A policy's {@code history}.
	 *
	 * @param count how many earlier passwords are kept
	 * @param retentionDays how long they are kept
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PasswordHistory(@Range(min = 1, max = 100) Integer count,
			@Range(min = 1, max = 36500) Integer retentionDays) {

	}

	/**
	 * A policy's {@code lockout}.
	 *
	 * @param failureCount the wrong passwords before the lockout
	 * @param durationSeconds how long the lockout lasts
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PasswordLockout(@Range(min = 1, max = 100) Integer failureCount,
			@Range(min = 1, max = 31_536_000) Integer durationSeconds) {

	}

	/**
	 * A policy's {@code length}: PingOne's minimum is 8 to 32, its maximum (255 by
	 * default) the most the stub keeps.
	 *
	 * @param min the fewest characters
	 * @param max the most characters
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PasswordLength(@Range(min = 8, max = 32) Integer min, @Range(min = 8, max = 255) Integer max) {

	}

}
