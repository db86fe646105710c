package dev.mfastub.auth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a user's sign-on grants a client: the claims its tokens carry.
 *
 * @param userId the user, the tokens' {@code sub}
 * @param scopes the scopes granted
 * @param sessionId the sign-on session, {@code sid}
 * @param authTime when the user authenticated, {@code auth_time}
 * @param amr how, {@code amr}: {@code pwd}, {@code otp}, {@code mfa}
 * @param acr the sign-on policy's name, or {@code null}
 * @param nonce the authorize request's {@code nonce}, for the ID token; {@code null} on a
 * refresh
 * @param refreshToken a new refresh token, or {@code null} when the application may not
 * have one
 */
public record UserGrant(UUID userId, List<String> scopes, UUID sessionId, Instant authTime, List<String> amr,
		String acr, String nonce, String refreshToken) {

	@Override
	public String toString() {
		// Never the refresh token.
		return "UserGrant[user=" + this.userId + ", scopes=" + this.scopes + "]";
	}

}
