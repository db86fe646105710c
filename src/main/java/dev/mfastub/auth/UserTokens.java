package dev.mfastub.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.mfastub.call.EnvironmentClock;
import dev.mfastub.environment.Environment;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Service;

/**
 * A user's tokens, as PingOne's "Token claims" page lists them: the access token
 * ({@code at+jwt}, for the user, with the scopes granted) and the ID token (for the
 * client), both RS256 with the environment's signing key and timed on its clock; and the
 * reading of them again, for {@code userinfo} and {@code signoff}.
 */
@Service
public class UserTokens {

	/** How long a user's access token and ID token are valid: PingOne's default. */
	public static final Duration LIFETIME = Duration.ofHours(1);

	private final JwtEncoder encoder;

	private final JwtDecoder accessTokens;

	private final JwtDecoder idTokens;

	private final EnvironmentClock clock;

	UserTokens(SigningKeyService keys, JwtDecoder accessTokens, EnvironmentClock clock) {
		this.encoder = new NimbusJwtEncoder(keys.signingSource());
		this.accessTokens = accessTokens;
		NimbusJwtDecoder idTokens = NimbusJwtDecoder.withJwkSource(keys.verificationSource())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		// An ID token hint may have expired (OpenID RP-Initiated Logout 1.0, section 2):
		// its signature and issuer are what count.
		idTokens
			.setJwtValidator((token) -> org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success());
		this.idTokens = idTokens;
		this.clock = clock;
	}

	/**
	 * The tokens of a grant.
	 * @param environment the environment whose auth server issues them
	 * @param clientId the client
	 * @param grant what the sign-on granted
	 * @param base the base URL the client reached the auth server at
	 * @return the tokens
	 */
	Issued issue(Environment environment, String clientId, UserGrant grant, String base) {
		Instant now = this.clock.now(environment.id());
		String issuer = TokenService.issuer(base, environment.id());
		JwtClaimsSet.Builder access = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(grant.userId().toString())
			.audience(List.of(base))
			.claim("client_id", clientId)
			.claim("env", environment.id().toString())
			.claim("org", environment.organizationId().toString())
			.claim("scope", String.join(" ", grant.scopes()))
			.claim("sid", grant.sessionId().toString())
			.claim("auth_time", grant.authTime().getEpochSecond())
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.id(UUID.randomUUID().toString());
		if (grant.acr() != null) {
			access.claim("acr", grant.acr());
		}
		String accessToken = sign(access.build(), TokenService.TOKEN_TYPE);
		String idToken = null;
		if (grant.scopes().contains("openid")) {
			JwtClaimsSet.Builder id = JwtClaimsSet.builder()
				.issuer(issuer)
				.subject(grant.userId().toString())
				.audience(List.of(clientId))
				.claim("env", environment.id().toString())
				.claim("org", environment.organizationId().toString())
				.claim("sid", grant.sessionId().toString())
				.claim("auth_time", grant.authTime().getEpochSecond())
				.claim("amr", grant.amr())
				.issuedAt(now)
				.expiresAt(now.plus(LIFETIME))
				.id(UUID.randomUUID().toString());
			if (grant.acr() != null) {
				id.claim("acr", grant.acr());
			}
			if (grant.nonce() != null) {
				id.claim("nonce", grant.nonce());
			}
			idToken = sign(id.build(), "JWT");
		}
		return new Issued(accessToken, idToken, LIFETIME.toSeconds());
	}

	/**
	 * A user's access token, checked as the API checks tokens (signature, issuer,
	 * environment, time on its environment's clock), for this environment.
	 * @param environmentId the environment whose endpoint was called
	 * @param token the bearer token
	 * @return its claims, or empty when it is no valid user access token of this
	 * environment
	 */
	public Optional<UserClaims> verifyAccessToken(UUID environmentId, String token) {
		try {
			Jwt jwt = this.accessTokens.decode(token);
			if (jwt.getSubject() == null || !environmentId.toString().equals(jwt.getClaimAsString("env"))) {
				return Optional.empty();
			}
			String scope = jwt.getClaimAsString("scope");
			return Optional.of(new UserClaims(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("client_id"),
					(scope != null && !scope.isBlank()) ? List.of(scope.split(" ")) : List.of(),
					jwt.getClaimAsString("sid")));
		}
		catch (JwtException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * An ID token this environment issued, expired or not: {@code id_token_hint}.
	 * @param environmentId the environment whose endpoint was called
	 * @param token the ID token
	 * @return its claims ({@code clientId} is its audience), or empty when this
	 * environment did not sign it
	 */
	public Optional<UserClaims> readIdTokenHint(UUID environmentId, String token) {
		try {
			Jwt jwt = this.idTokens.decode(token);
			String issuer = jwt.getClaimAsString("iss");
			if (jwt.getSubject() == null || issuer == null || !issuer.endsWith("/" + environmentId + "/as")
					|| !environmentId.toString().equals(jwt.getClaimAsString("env")) || jwt.getAudience() == null
					|| jwt.getAudience().size() != 1) {
				return Optional.empty();
			}
			return Optional.of(new UserClaims(UUID.fromString(jwt.getSubject()), jwt.getAudience().get(0), List.of(),
					jwt.getClaimAsString("sid")));
		}
		catch (JwtException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String sign(JwtClaimsSet claims, String type) {
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type(type).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	/**
	 * What a user's token says.
	 *
	 * @param userId {@code sub}
	 * @param clientId the client it was issued to
	 * @param scopes its scopes (none for an ID token)
	 * @param sessionId {@code sid}, or {@code null}
	 */
	public record UserClaims(UUID userId, String clientId, List<String> scopes, String sessionId) {

	}

	/**
	 * The signed tokens.
	 *
	 * @param accessToken the access token
	 * @param idToken the ID token, or {@code null} without {@code openid}
	 * @param expiresIn seconds the access token is valid
	 */
	record Issued(String accessToken, String idToken, long expiresIn) {

	}

}
