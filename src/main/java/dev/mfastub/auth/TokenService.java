package dev.mfastub.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.mfastub.call.EnvironmentClock;
import dev.mfastub.environment.Environment;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Service;

/**
 * Issues worker-app access tokens: RS256 JWTs typed {@code at+jwt}, valid for one hour of
 * the environment's clock.
 */
@Service
public class TokenService {

	/** How long a token is valid, as PingOne's worker tokens are. */
	public static final Duration LIFETIME = Duration.ofHours(1);

	static final String TOKEN_TYPE = "at+jwt";

	/** What PingOne's platform scopes start with. */
	private static final String PLATFORM_SCOPE_PREFIX = "p1:";

	static final List<String> READ_SCOPES = List.of("p1:read:user");

	static final List<String> WRITE_SCOPES = List.of("p1:read:user", "p1:update:user");

	private final JwtEncoder encoder;

	private final EnvironmentClock clock;

	TokenService(SigningKeyService keys, EnvironmentClock clock) {
		this.encoder = new NimbusJwtEncoder(keys.signingSource());
		this.clock = clock;
	}

	/**
	 * A token for a worker app.
	 * @param environment the environment whose auth server issues it
	 * @param application the authenticated app
	 * @param canWrite whether any of its roles may change users
	 * @param base the base URL the client reached the auth server at
	 * @param requestedScope the {@code scope} parameter, or {@code null}
	 * @return the token and what the response says about it
	 */
	IssuedToken issue(Environment environment, Application application, boolean canWrite, String base,
			String requestedScope) {
		List<String> scopes = scopes(canWrite, requestedScope);
		Instant now = this.clock.now(environment.id());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer(base, environment.id()))
			.audience(List.of(base))
			.claim("client_id", application.clientId())
			.claim("env", environment.id().toString())
			.claim("org", environment.organizationId().toString())
			.claim("scope", String.join(" ", scopes))
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.id(UUID.randomUUID().toString())
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type(TOKEN_TYPE).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedToken(token, LIFETIME.toSeconds());
	}

	/** The issuer of an environment's tokens, as reached at {@code base}. */
	static String issuer(String base, UUID environmentId) {
		return base + "/" + environmentId + "/as";
	}

	/**
	 * RFC 6749 section 3.3: scope tokens of visible ASCII except the double quote and the
	 * backslash, separated by spaces.
	 */
	private static final Pattern SCOPE = Pattern
		.compile(" *[\\x21\\x23-\\x5B\\x5D-\\x7E]+( +[\\x21\\x23-\\x5B\\x5D-\\x7E]+)* *");

	private static List<String> scopes(boolean canWrite, String requested) {
		List<String> allowed = canWrite ? WRITE_SCOPES : READ_SCOPES;
		if (requested == null || requested.chars().allMatch((c) -> c == ' ')) {
			return allowed;
		}
		if (!SCOPE.matcher(requested).matches()) {
			throw TokenError.invalidScope("The requested scope is malformed.");
		}
		Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.strip().split(" +")));
		// Roles, not scopes, decide a worker app's access: what is no platform scope
		// (openid, profile, the "undefined" of a client's unset variable) is ignored.
		asked.removeIf((scope) -> !scope.startsWith(PLATFORM_SCOPE_PREFIX));
		if (asked.isEmpty()) {
			return allowed;
		}
		if (!allowed.containsAll(asked)) {
			throw TokenError.invalidScope("The requested scope exceeds what the application's roles allow.");
		}
		return List.copyOf(asked);
	}

	/**
	 * A token as the token endpoint reports it.
	 *
	 * @param accessToken the JWT
	 * @param expiresIn seconds until it expires
	 */
	record IssuedToken(String accessToken, long expiresIn) {

	}

}
