package dev.mfastub.auth;

import java.util.List;
import java.util.UUID;

/**
 * TEMPORARY copy of the contract that branch signon-admin publishes; theirs replaces it
 * at the merge.
 */
public record SignOnClient(UUID applicationId, UUID environmentId, String clientId, String name, String type,
		boolean enabled, List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> grantTypes,
		List<String> responseTypes, String pkceEnforcement, String tokenEndpointAuthMethod) {

}
