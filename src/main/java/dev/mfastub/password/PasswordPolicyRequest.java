package dev.mfastub.password;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.PrintableText;

/**
 * The body of PingOne's "Create Password Policy" and "Update Password Policy", the
 * members of its data model ("Password Policies"). The three booleans and the name are
 * required, as its data model says; every other rule is enforced only when present, so an
 * update that leaves one out turns it off. Read-only members ({@code id},
 * {@code populationCount}, the timestamps) and the sequence rules the stub does not model
 * are accepted and not kept.
 *
 * @param name required, unique in the environment ignoring case
 * @param description optional
 * @param excludesProfileData required
 * @param notSimilarToCurrent required
 * @param excludesCommonlyUsed required
 * @param maxRepeatedCharacters optional, 1 or more
 * @param minUniqueCharacters optional, 1 or more
 * @param minComplexity optional, 1 or more days
 * @param history optional
 * @param lockout optional
 * @param length optional: {@code min} 8 to 32, {@code max} up to 255 and not below
 * {@code min}
 * @param minCharacters optional: PingOne's four character sets, each 1 or more
 * @param maxAgeDays optional, more than {@code minAgeDays} (if set) + 21
 * @param minAgeDays optional, 1 or more
 * @param isDefault {@code true} makes it the environment's default policy
 */
record PasswordPolicyRequest(@NotBlank @Size(max = 256) @Pattern(regexp = PrintableText.PATTERN) String name,
		@Size(max = 1024) @Pattern(regexp = PrintableText.PATTERN) String description,
		@NotNull Boolean excludesProfileData, @NotNull Boolean notSimilarToCurrent,
		@NotNull Boolean excludesCommonlyUsed, @Range(min = 1, max = 255) Integer maxRepeatedCharacters,
		@Range(min = 1, max = 255) Integer minUniqueCharacters, @Range(min = 1, max = 36500) Integer minComplexity,
		@Valid PasswordPolicyRules.PasswordHistory history, @Valid PasswordPolicyRules.PasswordLockout lockout,
		@Valid PasswordPolicyRules.PasswordLength length, Map<String, Integer> minCharacters,
		@Range(min = 1, max = 36500) Integer maxAgeDays, @Range(min = 1, max = 36500) Integer minAgeDays,
		@JsonProperty("default") Boolean isDefault) {

	private static final List<String> SETS = List.of(MinCharacters.UPPERCASE, MinCharacters.LOWERCASE,
			MinCharacters.DIGITS, MinCharacters.SPECIAL);

	/**
	 * The rules the policy takes.
	 * @return them, with the members that are empty objects as absent
	 * @throws ApiException 400 {@code INVALID_VALUE} when the length's maximum is below
	 * its minimum, or the maximum age is not more than the minimum age and PingOne's 21
	 * days of expiry warnings
	 */
	@JsonIgnore
	PasswordPolicyRules rules() {
		PasswordPolicyRules.PasswordLength length = this.length;
		if (length != null && length.min() != null && length.max() != null && length.max() < length.min()) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue("length.max", "length.max must not be less than length.min."));
		}
		int warning = 21 + ((this.minAgeDays != null) ? this.minAgeDays : 0);
		if (this.maxAgeDays != null && this.maxAgeDays <= warning) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("maxAgeDays",
					"maxAgeDays must be greater than minAgeDays (if set) + 21, the expiration warning interval."));
		}
		return new PasswordPolicyRules(this.name, this.description, this.excludesProfileData, this.notSimilarToCurrent,
				this.excludesCommonlyUsed, this.maxRepeatedCharacters, this.minUniqueCharacters, this.minComplexity,
				emptyAsAbsent(this.history), emptyAsAbsent(this.lockout), emptyAsAbsent(this.length),
				minCharacters(this.minCharacters), this.maxAgeDays, this.minAgeDays);
	}

	/**
	 * PingOne's {@code minCharacters}: its data model allows only its four character sets
	 * as keys.
	 */
	private static MinCharacters minCharacters(Map<String, Integer> counts) {
		if (counts == null || counts.isEmpty()) {
			return null;
		}
		for (Map.Entry<String, Integer> count : counts.entrySet()) {
			if (!SETS.contains(count.getKey())) {
				throw ApiException.invalidData(ErrorDetail.invalidValue("minCharacters",
						"minCharacters allows only these keys: " + String.join(" ", SETS) + ".",
						ErrorDetail.InnerError.allowedValues(SETS)));
			}
			if (count.getValue() == null || count.getValue() < 1 || count.getValue() > 255) {
				throw ApiException.invalidData(ErrorDetail.invalidValue("minCharacters",
						"Each count of minCharacters must be 1 to 255.", ErrorDetail.InnerError.range(1, 255)));
			}
		}
		return new MinCharacters(counts.get(MinCharacters.UPPERCASE), counts.get(MinCharacters.LOWERCASE),
				counts.get(MinCharacters.DIGITS), counts.get(MinCharacters.SPECIAL));
	}

	private static PasswordPolicyRules.PasswordHistory emptyAsAbsent(PasswordPolicyRules.PasswordHistory history) {
		return (history == null || (history.count() == null && history.retentionDays() == null)) ? null : history;
	}

	private static PasswordPolicyRules.PasswordLockout emptyAsAbsent(PasswordPolicyRules.PasswordLockout lockout) {
		return (lockout == null || (lockout.failureCount() == null && lockout.durationSeconds() == null)) ? null
				: lockout;
	}

	private static PasswordPolicyRules.PasswordLength emptyAsAbsent(PasswordPolicyRules.PasswordLength length) {
		return (length == null || (length.min() == null && length.max() == null)) ? null : length;
	}

}
