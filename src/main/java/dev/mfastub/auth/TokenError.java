package dev.mfastub.auth;

import org.springframework.http.HttpStatus;

/**
 * A token request refused with one of RFC 6749's error codes (section 5.2). The token
 * endpoint answers these in the RFC's shape, not PingOne's API error body, as PingOne's
 * auth server does.
 */
public class TokenError extends RuntimeException {

	private final HttpStatus status;

	private final String error;

	private final boolean basicChallenge;

	private TokenError(HttpStatus status, String error, String description, boolean basicChallenge) {
		super(description, null, false, false);
		this.status = status;
		this.error = error;
		this.basicChallenge = basicChallenge;
	}

	static TokenError invalidRequest(String description) {
		return new TokenError(HttpStatus.BAD_REQUEST, "invalid_request", description, false);
	}

	static TokenError invalidClient(String description, boolean basicUsed) {
		return new TokenError(HttpStatus.UNAUTHORIZED, "invalid_client", description, basicUsed);
	}

	static TokenError unsupportedGrantType(String description) {
		return new TokenError(HttpStatus.BAD_REQUEST, "unsupported_grant_type", description, false);
	}

	static TokenError unauthorizedClient(String description) {
		return new TokenError(HttpStatus.BAD_REQUEST, "unauthorized_client", description, false);
	}

	/**
	 * RFC 6749's {@code invalid_grant}: the code or refresh token is invalid, expired,
	 * revoked, spent, or was issued to another client or redirect URI.
	 * @param description what went wrong
	 * @return the error to throw
	 */
	public static TokenError invalidGrant(String description) {
		return new TokenError(HttpStatus.BAD_REQUEST, "invalid_grant", description, false);
	}

	/**
	 * RFC 6749's {@code invalid_scope}.
	 * @param description what went wrong
	 * @return the error to throw
	 */
	public static TokenError invalidScope(String description) {
		return new TokenError(HttpStatus.BAD_REQUEST, "invalid_scope", description, false);
	}

	HttpStatus status() {
		return this.status;
	}

	String error() {
		return this.error;
	}

	/**
	 * Whether the client authenticated with HTTP Basic, so the answer must challenge it.
	 */
	boolean basicChallenge() {
		return this.basicChallenge;
	}

}
