package dev.mfastub.auth;

import java.util.Optional;
import java.util.UUID;

/**
 * TEMPORARY copy of the contract that branch signon-admin publishes; theirs replaces it
 * at the merge.
 */
public interface SignOnClients {

	Optional<SignOnClient> find(UUID environmentId, String clientId);

	boolean secretMatches(SignOnClient client, String secret);

}
