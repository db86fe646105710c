package dev.mfastub.password;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rules of a password policy that a password can be checked against without knowing
 * anything else about the user: its length, the characters it must hold, repeats and
 * unique characters. A rule that is {@code null} is not enforced, as PingOne's data model
 * says of an absent one.
 *
 * @param policyId the policy they are of
 * @param lengthMin the fewest characters
 * @param lengthMax the most characters
 * @param minCharacters how many of each of PingOne's four character sets
 * @param maxRepeatedCharacters the most times one character may follow itself
 * @param minUniqueCharacters the fewest different characters
 */
public record PasswordRules(UUID policyId, Integer lengthMin, Integer lengthMax, MinCharacters minCharacters,
		Integer maxRepeatedCharacters, Integer minUniqueCharacters) {

	/**
	 * The rules a password breaks, each in words, in PingOne's order of the policy's
	 * members.
	 * @param password the password, in the clear
	 * @return the broken rules; empty when it keeps them all
	 */
	public List<String> unmet(String password) {
		List<String> unmet = new ArrayList<>();
		int[] codePoints = password.codePoints().toArray();
		if (this.maxRepeatedCharacters != null && longestRun(codePoints) > this.maxRepeatedCharacters) {
			unmet.add("no character more than " + this.maxRepeatedCharacters + " times in a row");
		}
		if (this.minUniqueCharacters != null && password.codePoints().distinct().count() < this.minUniqueCharacters) {
			unmet.add("at least " + this.minUniqueCharacters + " different characters");
		}
		if (this.lengthMin != null && codePoints.length < this.lengthMin) {
			unmet.add("at least " + this.lengthMin + " characters");
		}
		if (this.lengthMax != null && codePoints.length > this.lengthMax) {
			unmet.add("at most " + this.lengthMax + " characters");
		}
		if (this.minCharacters != null) {
			this.minCharacters.unmet(password, unmet);
		}
		return unmet;
	}

	private static int longestRun(int[] codePoints) {
		int longest = 0;
		int run = 0;
		for (int i = 0; i < codePoints.length; i++) {
			run = (i > 0 && codePoints[i] == codePoints[i - 1]) ? run + 1 : 1;
			longest = Math.max(longest, run);
		}
		return longest;
	}

}
