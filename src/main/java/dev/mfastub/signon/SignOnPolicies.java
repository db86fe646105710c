package dev.mfastub.signon;

import java.util.List;
import java.util.UUID;

/**
 * TEMPORARY copy of the contract that branch signon-admin publishes; theirs replaces it
 * at the merge.
 */
public interface SignOnPolicies {

	List<SignOnAction> actionsFor(UUID environmentId, UUID applicationId);

}
