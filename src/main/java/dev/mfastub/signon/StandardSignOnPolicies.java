package dev.mfastub.signon;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sign-on policies every PingOne environment starts with: "Single_Factor" (its
 * default, one LOGIN action) and "Multi_Factor" (LOGIN, then MULTI_FACTOR_AUTHENTICATION
 * with the environment's default MFA policy, blocking users without devices). Migration
 * {@code V23} writes the same for the environments stored before it.
 */
final class StandardSignOnPolicies {

	private StandardSignOnPolicies() {
	}

	static List<SignOnPolicy> policies(UUID environmentId, Instant now) {
		return List.of(
				new SignOnPolicy(environmentId, idOf(environmentId, 4), "Single_Factor",
						"A sign-on policy that requires a username and password.", true, now),
				new SignOnPolicy(environmentId, idOf(environmentId, 5), "Multi_Factor",
						"A sign-on policy that requires a username and password, then a second factor.", false, now));
	}

	static List<SignOnPolicyAction> actions(UUID environmentId, Instant now) {
		SignOnPolicyAction.Settings login = new SignOnPolicyAction.Settings(1, null, null, true, false, null);
		return List.of(
				new SignOnPolicyAction(environmentId, idOf(environmentId, 6), idOf(environmentId, 4),
						SignOnPolicyAction.LOGIN, login, now),
				new SignOnPolicyAction(environmentId, idOf(environmentId, 7), idOf(environmentId, 5),
						SignOnPolicyAction.LOGIN, login, now),
				new SignOnPolicyAction(environmentId, idOf(environmentId, 8), idOf(environmentId, 5),
						SignOnPolicyAction.MFA, new SignOnPolicyAction.Settings(2, null, "BLOCK", null, null, null),
						now));
	}

	/**
	 * The id of a standard policy or action: the environment's with every hex digit moved
	 * on by {@code shift} (f to 0), what migration V23's {@code TRANSLATE} computes too.
	 */
	static UUID idOf(UUID environmentId, int shift) {
		StringBuilder id = new StringBuilder();
		for (char c : environmentId.toString().toCharArray()) {
			int digit = Character.digit(c, 16);
			id.append((digit < 0) ? c : Character.forDigit((digit + shift) % 16, 16));
		}
		return UUID.fromString(id.toString());
	}

}
