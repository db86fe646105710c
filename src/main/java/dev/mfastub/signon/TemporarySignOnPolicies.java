package dev.mfastub.signon;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in until branch signon-admin's sign-on policies land: every application
 * gets PingOne's "Multi_Factor" policy (LOGIN, then MFA with the environment's default
 * device authentication policy, blocking users without devices). Deleted at the merge.
 */
@Component
class TemporarySignOnPolicies implements SignOnPolicies {

	private static final UUID POLICY = UUID.fromString("00000000-0000-4000-8000-000000000033");

	@Override
	public List<SignOnAction> actionsFor(UUID environmentId, UUID applicationId) {
		return List.of(
				new SignOnAction(UUID.fromString("00000000-0000-4000-8000-000000000034"), POLICY, "LOGIN", 1, null,
						null),
				new SignOnAction(UUID.fromString("00000000-0000-4000-8000-000000000035"), POLICY,
						"MULTI_FACTOR_AUTHENTICATION", 2, null, "BLOCK"));
	}

}
