package dev.mfastub.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers the tokens whose signature and claims have been checked, so a test suite's
 * token is parsed and verified once, not on every call. What can change while a token
 * lives is checked on every use: its times against the environment's clock (a moved clock
 * expires it), and that the key it was signed with still verifies. Whether its app still
 * exists is asked later, on every call
 * ({@link ApplicationRepository#findAssignmentsOfEnabled}). A forgotten token is simply
 * verified again.
 */
final class VerifiedTokens implements JwtDecoder {

	/**
	 * Enough for every token a large parallel suite holds; past it the least used are
	 * forgotten.
	 */
	static final int CAPACITY = 10_000;

	private final JwtDecoder verifier;

	private final EnvironmentTokenValidator validator;

	private final SigningKeyService keys;

	private final Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(CAPACITY).build();

	/**
	 * @param verifier checks the signature and parses, and validates nothing else
	 * @param validator the checks on the claims: all of them once, the times on every use
	 * @param keys the keys that verify now
	 */
	VerifiedTokens(JwtDecoder verifier, EnvironmentTokenValidator validator, SigningKeyService keys) {
		this.verifier = verifier;
		this.validator = validator;
		this.keys = keys;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null && this.keys.verifiesWith(known.getHeaders().get("kid"))) {
			return valid(this.validator.validateTime(known), token, known);
		}
		Jwt jwt = this.verifier.decode(token);
		valid(this.validator.validate(jwt), token, jwt);
		this.verified.put(token, jwt);
		return jwt;
	}

	private Jwt valid(OAuth2TokenValidatorResult result, String token, Jwt jwt) {
		if (result.hasErrors()) {
			this.verified.invalidate(token);
			throw new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors());
		}
		return jwt;
	}

}
