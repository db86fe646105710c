package dev.mfastub.signon;

import java.util.UUID;

/**
 * TEMPORARY copy of the contract that branch signon-admin publishes; theirs replaces it
 * at the merge.
 */
public record SignOnAction(UUID id, UUID policyId, String type, int priority, UUID deviceAuthenticationPolicyId,
		String noDevicesMode) {

}
