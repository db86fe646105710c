package dev.mfastub.auth;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import dev.mfastub.call.RequestClock;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The checks on a token's claims once its signature holds: it names an environment and a
 * client, was issued by that environment's auth server, and is valid now on that
 * environment's clock (no leeway: expired by a millisecond is expired).
 */
final class EnvironmentTokenValidator implements OAuth2TokenValidator<Jwt> {

	private final RequestClock clock;

	EnvironmentTokenValidator(RequestClock clock) {
		this.clock = clock;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		UUID environmentId = environmentOf(token);
		if (environmentId == null) {
			return invalid("The token names no environment.");
		}
		if (token.getClaimAsString("client_id") == null) {
			return invalid("The token names no client.");
		}
		if (!issuedBy(token, environmentId)) {
			return invalid("The token was not issued by this environment's auth server.");
		}
		if (!forIssuersApi(token, environmentId)) {
			return invalid("The token is not meant for this API.");
		}
		if (token.getExpiresAt() == null) {
			return invalid("The token has no expiry.");
		}
		return validateTime(token, environmentId);
	}

	/**
	 * The checks that can turn out differently for the same token later: whether it is
	 * valid now, on its environment's clock. The others hold for good once they hold.
	 * @param token a token that passed {@link #validate} before
	 * @return the result
	 */
	OAuth2TokenValidatorResult validateTime(Jwt token) {
		return validateTime(token, environmentOf(token));
	}

	private OAuth2TokenValidatorResult validateTime(Jwt token, UUID environmentId) {
		Instant now = this.clock.now(environmentId);
		if (!now.isBefore(token.getExpiresAt())) {
			return invalid("The token has expired.");
		}
		Instant validFrom = (token.getNotBefore() != null) ? token.getNotBefore() : token.getIssuedAt();
		if (validFrom != null && now.isBefore(validFrom)) {
			return invalid("The token is not valid yet.");
		}
		return OAuth2TokenValidatorResult.success();
	}

	/**
	 * The environment a token belongs to, or {@code null} when its {@code env} claim
	 * names none.
	 */
	static UUID environmentOf(Jwt token) {
		String env = token.getClaimAsString("env");
		try {
			UUID id = (env != null) ? UUID.fromString(env) : null;
			return (id != null && id.toString().equals(env)) ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Whether {@code iss} is the environment's auth server: {@code <base>/{envID}/as}.
	 * The base is whatever URL the client reached the stub at when it got the token, so
	 * only the scheme and path are checked.
	 */
	private static boolean issuedBy(Jwt token, UUID environmentId) {
		String issuer = token.getClaimAsString("iss");
		if (issuer == null) {
			return false;
		}
		try {
			URI uri = URI.create(issuer);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getQuery() == null && uri.getFragment() == null && uri.getPath() != null
					&& uri.getPath().endsWith("/" + environmentId + "/as");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Whether {@code aud} names the API of the base the token was issued through: the
	 * stub issues {@code aud} and {@code iss} from the same base URL.
	 */
	private static boolean forIssuersApi(Jwt token, UUID environmentId) {
		String issuer = token.getClaimAsString("iss");
		String base = issuer.substring(0, issuer.length() - ("/" + environmentId + "/as").length());
		return token.getAudience() != null && token.getAudience().contains(base);
	}

	private static OAuth2TokenValidatorResult invalid(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
