package dev.mfastub.signon;

import java.util.UUID;

/**
 * One action of a sign-on policy, as the sign-on runtime runs it.
 *
 * @param id the action
 * @param policyId its policy
 * @param type {@code LOGIN} or {@code MULTI_FACTOR_AUTHENTICATION}
 * @param priority its order in the policy, lowest first
 * @param deviceAuthenticationPolicyId the MFA policy; {@code null} = the environment's
 * default MFA policy
 * @param noDevicesMode {@code BLOCK} or {@code BYPASS}, {@code null} for LOGIN
 */
public record SignOnAction(UUID id, UUID policyId, String type, int priority, UUID deviceAuthenticationPolicyId,
		String noDevicesMode) {

}
