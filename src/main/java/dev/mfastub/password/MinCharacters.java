package dev.mfastub.password;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A policy's {@code minCharacters}: for each of PingOne's four character sets (its data
 * model allows no other key), how many of its characters a password must hold; a set that
 * is absent is not required.
 *
 * @param uppercase how many of {@value #UPPERCASE}
 * @param lowercase how many of {@value #LOWERCASE}
 * @param digits how many of {@value #DIGITS}
 * @param special how many of {@value #SPECIAL}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MinCharacters(@JsonProperty(UPPERCASE) Integer uppercase, @JsonProperty(LOWERCASE) Integer lowercase,
		@JsonProperty(DIGITS) Integer digits, @JsonProperty(SPECIAL) Integer special) {

	/** PingOne's key of the upper-case letters. */
	public static final String UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	/** PingOne's key of the lower-case letters. */
	public static final String LOWERCASE = "abcdefghijklmnopqrstuvwxyz";

	/** PingOne's key of the digits. */
	public static final String DIGITS = "0123456789";

	/** PingOne's key of the special characters. */
	public static final String SPECIAL = "~!@#$%^&*()-_=+[]{}|;:,.<>/?";

	/** One of each, as PingOne's standard and basic policies ask. */
	static final MinCharacters ONE_OF_EACH = new MinCharacters(1, 1, 1, 1);

	boolean isEmpty() {
		return this.uppercase == null && this.lowercase == null && this.digits == null && this.special == null;
	}

	void unmet(String password, List<String> unmet) {
		check(password, UPPERCASE, this.uppercase, unmet);
		check(password, LOWERCASE, this.lowercase, unmet);
		check(password, DIGITS, this.digits, unmet);
		check(password, SPECIAL, this.special, unmet);
	}

	private static void check(String password, String set, Integer minimum, List<String> unmet) {
		if (minimum != null && password.chars().filter((c) -> set.indexOf(c) >= 0).count() < minimum) {
			unmet.add("at least " + minimum + " of " + set);
		}
	}

}
