package dev.mfastub.auth;

import java.util.Optional;
import java.util.UUID;

/**
 * The OIDC sign-on apps of the environments, as the sign-on runtime (authorize, token,
 * signoff) reads them: PingOne's {@code WEB_APP}, {@code SINGLE_PAGE_APP} and
 * {@code NATIVE_APP}, never worker apps.
 */
public interface SignOnClients {

	/**
	 * An enabled-or-not OIDC sign-on app (WEB_APP, SINGLE_PAGE_APP, NATIVE_APP) of the
	 * environment by client id; empty for workers and unknown ids.
	 * @param environmentId the environment whose auth server was asked
	 * @param clientId the client id presented
	 * @return the app
	 */
	Optional<SignOnClient> find(UUID environmentId, String clientId);

	/**
	 * Whether the secret is this client's current secret (constant-time; false for NONE
	 * apps). A secret that PingOne's "Update Application Secret" replaced matches too
	 * while it is still valid on the environment's clock.
	 * @param client the app
	 * @param secret the secret presented
	 * @return whether it matches
	 */
	boolean secretMatches(SignOnClient client, String secret);

}
