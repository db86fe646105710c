package dev.mfastub.auth;

import java.util.List;
import java.util.UUID;

/**
 * An OIDC sign-on app as the sign-on runtime sees it. Lists are PingOne's names
 * ({@code AUTHORIZATION_CODE}, {@code CODE}, ...), never {@code null}.
 *
 * @param applicationId its internal id (what sign-on policy assignments name)
 * @param environmentId its environment
 * @param clientId its client id: the id PingOne's API shows
 * @param name its name
 * @param type {@code WEB_APP}, {@code SINGLE_PAGE_APP} or {@code NATIVE_APP}
 * @param enabled whether it may sign users on
 * @param redirectUris its callback URIs
 * @param postLogoutRedirectUris where signoff may send the browser
 * @param grantTypes {@code AUTHORIZATION_CODE}, {@code IMPLICIT}, {@code REFRESH_TOKEN},
 * {@code CLIENT_CREDENTIALS}
 * @param responseTypes {@code CODE}, {@code TOKEN}, {@code ID_TOKEN}
 * @param pkceEnforcement {@code OPTIONAL}, {@code REQUIRED} or {@code S256_REQUIRED}
 * @param tokenEndpointAuthMethod {@code CLIENT_SECRET_BASIC}, {@code CLIENT_SECRET_POST}
 * or {@code NONE}
 */
public record SignOnClient(UUID applicationId, UUID environmentId, String clientId, String name, String type,
		boolean enabled, List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> grantTypes,
		List<String> responseTypes, String pkceEnforcement, String tokenEndpointAuthMethod) {

	public SignOnClient {
		redirectUris = List.copyOf(redirectUris);
		postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
		grantTypes = List.copyOf(grantTypes);
		responseTypes = List.copyOf(responseTypes);
	}

}
