package dev.mfastub.auth;

import dev.mfastub.call.ApiCall;

/**
 * The grants of a user's sign-on that the token endpoint serves for OIDC applications:
 * {@code authorization_code} and {@code refresh_token}. The sign-on runtime
 * ({@code signon.flow}) answers them; this package authenticates the client first and
 * signs the tokens after. Refusals are {@link TokenError}s, RFC 6749's answers.
 */
public interface UserGrants {

	/**
	 * Redeems an authorization code, once.
	 * @param call the call
	 * @param client the authenticated client
	 * @param code the {@code code} parameter
	 * @param redirectUri the {@code redirect_uri} parameter, or {@code null}
	 * @param codeVerifier the {@code code_verifier} parameter, or {@code null}
	 * @return what the tokens say
	 * @throws TokenError {@code invalid_grant} and the like
	 */
	UserGrant redeemCode(ApiCall call, SignOnClient client, String code, String redirectUri, String codeVerifier);

	/**
	 * Uses a refresh token, which is then spent: the grant holds its successor.
	 * @param call the call
	 * @param client the authenticated client
	 * @param refreshToken the {@code refresh_token} parameter
	 * @param scope the {@code scope} parameter, or {@code null} for the original scopes
	 * @return what the tokens say
	 * @throws TokenError {@code invalid_grant}, {@code invalid_scope}
	 */
	UserGrant refresh(ApiCall call, SignOnClient client, String refreshToken, String scope);

}
