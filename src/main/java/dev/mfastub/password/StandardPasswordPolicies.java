package dev.mfastub.password;

import java.util.List;
import java.util.UUID;

/**
 * The three password policies every PingOne environment is initialized with ("Password
 * Policies": "Standard", "Passphrase" and "Basic"), Standard the default, with the rules
 * PingOne's "Password policies" comparison lists for each; a rule it does not list for a
 * policy is absent. Migration {@code V20} writes the same for the environments stored
 * before it.
 */
final class StandardPasswordPolicies {

	private static final PasswordPolicyRules STANDARD = new PasswordPolicyRules("Standard",
			"A standard policy that incorporates industry best practices", true, true, true, 2, 5, null,
			new PasswordPolicyRules.PasswordHistory(6, 365), new PasswordPolicyRules.PasswordLockout(5, 900),
			new PasswordPolicyRules.PasswordLength(8, 255), MinCharacters.ONE_OF_EACH, 182, 1);

	private static final PasswordPolicyRules PASSPHRASE = new PasswordPolicyRules("Passphrase",
			"A policy that encourages the use of passphrases", true, true, true, null, null, 7, null,
			new PasswordPolicyRules.PasswordLockout(5, 900), null, null, null, null);

	private static final PasswordPolicyRules BASIC = new PasswordPolicyRules("Basic",
			"A relaxed standard policy to allow for maximum customer flexibility", false, false, true, null, null, null,
			null, new PasswordPolicyRules.PasswordLockout(5, 900), new PasswordPolicyRules.PasswordLength(8, 255),
			MinCharacters.ONE_OF_EACH, null, null);

	private StandardPasswordPolicies() {
	}

	/**
	 * The standard policies of an environment, the default first.
	 * @param environmentId the environment
	 * @return each with its id
	 */
	static List<Standard> of(UUID environmentId) {
		return List.of(new Standard(idOf(environmentId, 1), STANDARD, true),
				new Standard(idOf(environmentId, 2), PASSPHRASE, false),
				new Standard(idOf(environmentId, 3), BASIC, false));
	}

	/**
	 * The id of a standard policy: the environment's with every hex digit moved on by
	 * {@code shift} (f to 0), what migration V20's {@code TRANSLATE} computes too. Ids
	 * are unique within their environment, as every id inside one is.
	 */
	static UUID idOf(UUID environmentId, int shift) {
		StringBuilder id = new StringBuilder();
		for (char c : environmentId.toString().toCharArray()) {
			int digit = Character.digit(c, 16);
			id.append((digit < 0) ? c : Character.forDigit((digit + shift) % 16, 16));
		}
		return UUID.fromString(id.toString());
	}

	/**
	 * One standard policy.
	 *
	 * @param id its id in the environment
	 * @param rules its rules
	 * @param isDefault whether it is the default an environment starts with
	 */
	record Standard(UUID id, PasswordPolicyRules rules, boolean isDefault) {

	}

}
