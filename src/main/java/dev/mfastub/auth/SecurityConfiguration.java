package dev.mfastub.auth;

import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.auth.CallerRoles.Held;
import dev.mfastub.call.CommittedReads;
import dev.mfastub.call.RequestClock;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.ErrorResponses;
import dev.mfastub.web.PathEnvironment;
import dev.mfastub.web.Uuids;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.util.StringUtils;

/**
 * Protects {@code /v1} as PingOne does: a bearer token from a worker app whose role
 * assignments cover the environment and allow the method. Everything else (auth server,
 * health, the stub's own endpoints) is public. Refusals are PingOne error bodies from the
 * one error path.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String BCRYPT = "bcrypt";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, ApplicationRepository applications,
			CommittedReads reads, EnvironmentService environments, ErrorResponses errors) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
			boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
			ApiException error = ApiException.accessFailed(HttpStatus.UNAUTHORIZED,
					new ErrorDetail("INVALID_TOKEN", null, tokenSent ? "The access token is invalid or has expired."
							: "An access token is required: send Authorization: Bearer <token>.", null));
			HttpHeaders challenge = new HttpHeaders();
			challenge.set(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
			errors.write(error.withHeaders(challenge), request, response);
		};
		AccessDeniedHandler forbidden = (request, response, failure) -> {
			String reason = (failure instanceof AuthorizationDeniedException denied
					&& denied.getAuthorizationResult() instanceof Denial denial) ? denial.reason()
							: "The token does not allow this request.";
			errors.write(ApiException.accessFailed(HttpStatus.FORBIDDEN,
					new ErrorDetail("INSUFFICIENT_PERMISSIONS", null, reason, null)), request, response);
		};
		// Only the API, and the device authentications PingOne serves on its auth server
		// with the same tokens, are protected. The rest of the auth server, the control
		// plane (which has its own gate), the docs and health stay out of the chain, so
		// nothing of theirs, a token request's query string say, reaches its debug log.
		// CORS is answered before this chain, by the web package's one CORS filter, so
		// its 401s and 403s carry it too.
		http.securityMatcher("/v1/**", "/*/deviceAuthentications", "/*/deviceAuthentications/**")
			.cors((cors) -> cors.disable())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/v1/environments/{environmentId}")
				.access(new EnvironmentAccess(environments, AccessPolicy.Resource.ENVIRONMENT))
				.requestMatchers("/v1/environments/{environmentId}/applications/**")
				.access(new EnvironmentAccess(environments, AccessPolicy.Resource.APPLICATIONS))
				.requestMatchers("/v1/environments/{environmentId}/populations/**")
				.access(new EnvironmentAccess(environments, AccessPolicy.Resource.POPULATIONS))
				.requestMatchers("/v1/environments/{environmentId}/mfaSettings",
						"/v1/environments/{environmentId}/deviceAuthenticationPolicies/**")
				.access(new EnvironmentAccess(environments, AccessPolicy.Resource.MFA_CONFIGURATION))
				.requestMatchers("/v1/environments/{environmentId}/passwordPolicies/**")
				.access(new EnvironmentAccess(environments, AccessPolicy.Resource.PASSWORD_POLICIES))
				.requestMatchers("/v1/environments/{environmentId}/signOnPolicies/**")
				.access(new EnvironmentAccess(environments, AccessPolicy.Resource.SIGN_ON_POLICIES))
				.requestMatchers("/v1/environments/{environmentId}/groups/**",
						"/v1/environments/{environmentId}/users/{userId}/memberOfGroups/**")
				.access(new EnvironmentAccess(environments, AccessPolicy.Resource.GROUPS))
				.requestMatchers("/v1/environments/{environmentId}/**", "/{environmentId}/deviceAuthentications",
						"/{environmentId}/deviceAuthentications/**")
				.access(new EnvironmentAccess(environments, AccessPolicy.Resource.USERS))
				.requestMatchers(HttpMethod.POST, "/v1/environments")
				.access(new EnvironmentCreation())
				.requestMatchers("/v1/organizations/{organizationId}/**")
				.access(new OrganizationAccess(environments))
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(new ApiBearerTokens())
				.jwt((jwt) -> jwt.decoder(decoder)
					.jwtAuthenticationConverter(new ApplicationRoles(applications, reads)))
				.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder(SigningKeyService keys, RequestClock clock) {
		NimbusJwtDecoder verifier = NimbusJwtDecoder.withJwkSource(keys.verificationSource())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.jwtProcessorCustomizer((processor) -> processor
				.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(TokenService.TOKEN_TYPE))))
			.build();
		// The claims are checked by VerifiedTokens, on every use of a token.
		verifier.setJwtValidator((token) -> OAuth2TokenValidatorResult.success());
		return new VerifiedTokens(verifier, new EnvironmentTokenValidator(clock), keys);
	}

	/**
	 * Spring Security's firewall, but with any method let through: Spring MVC answers an
	 * unknown one (PROPFIND, FOO) 405 with the route's {@code Allow}, as for any method a
	 * route does not take, where the firewall would answer 400. Header names and values
	 * and parameter names are held to its own default rules, checked without its regexes
	 * ({@link FirewallText}).
	 */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setUnsafeAllowAnyHttpMethod(true);
		firewall.setAllowedHeaderNames(FirewallText::isName);
		firewall.setAllowedHeaderValues(FirewallText::isHeaderValue);
		firewall.setAllowedParameterNames(FirewallText::isName);
		return firewall;
	}

	/**
	 * Worker-app secrets are hashed, so none is ever stored, with bcrypt at its least
	 * cost (2^4 rounds): they are a test suite's fixtures, and at the default cost every
	 * token request and every seeded or sandboxed app spent about 70 ms hashing. Hashes
	 * stored at any cost still match.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(4)));
	}

	/**
	 * Reads the one bearer token of an API request. (The chain guards {@code /v1} only,
	 * so a stale token sent to a public endpoint is never read.) The header is read once
	 * and judged as {@link DefaultBearerTokenResolver}, as configured by default, judges
	 * it, without its regex, which took 3.4% of an API request's CPU in a profile: no
	 * token unless it starts with {@code bearer} in any case, else
	 * {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$} (case-insensitive in ASCII only) or
	 * "Bearer token is malformed". {@code ApiBearerTokensTest} holds it to that resolver.
	 */
	static final class ApiBearerTokens implements BearerTokenResolver {

		private static final String SCHEME = "bearer ";

		@Override
		public String resolve(HttpServletRequest request) {
			Enumeration<String> headers = request.getHeaders(HttpHeaders.AUTHORIZATION);
			String header = headers.hasMoreElements() ? headers.nextElement() : null;
			if (header != null && headers.hasMoreElements()) {
				// Which one would count is anybody's guess: neither does.
				throw new InvalidBearerTokenException("Send one Authorization header.");
			}
			return token(header);
		}

		private static String token(String header) {
			if (!StringUtils.startsWithIgnoreCase(header, "bearer")) {
				return null;
			}
			int length = header.length();
			int start = SCHEME.length();
			if (length <= start) {
				throw malformed();
			}
			for (int i = 0; i < start; i++) {
				char c = header.charAt(i);
				char expected = SCHEME.charAt(i);
				// ASCII letters only ignore case: c | 0x20 is a lower-case letter only
				// for that letter in either case.
				if (c != expected && !(expected != ' ' && (c | 0x20) == expected)) {
					throw malformed();
				}
			}
			int end = start;
			while (end < length && isTokenCharacter(header.charAt(end))) {
				end++;
			}
			if (end == start) {
				throw malformed();
			}
			while (end < length && header.charAt(end) == '=') {
				end++;
			}
			if (end < length) {
				throw malformed();
			}
			return header.substring(start);
		}

		private static boolean isTokenCharacter(char c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~' || c == '+' || c == '/';
		}

		private static OAuth2AuthenticationException malformed() {
			return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
		}

	}

	/**
	 * Looks the token's app up on every call: a deleted or disabled app's tokens stop at
	 * once, and role changes apply to the next request, on every instance. One statement
	 * outside any transaction, answered from memory only while nothing was committed
	 * since and no other instance can write ({@link CommittedReads}).
	 */
	private record ApplicationRoles(ApplicationRepository applications, CommittedReads reads)
			implements
				org.springframework.core.convert.converter.Converter<Jwt, AbstractAuthenticationToken> {

		@Override
		public AbstractAuthenticationToken convert(Jwt token) {
			UUID environmentId = EnvironmentTokenValidator.environmentOf(token);
			String clientId = token.getClaimAsString("client_id");
			if (token.getSubject() != null && !token.getSubject().equals(clientId)) {
				// A user's token (from a sign-on: its subject is the user, not the
				// client) is for userinfo and the app's own resources: an application's
				// roles, not a user's, open the API.
				throw new InvalidBearerTokenException("A user's access token does not open the management API.");
			}
			List<Held> held = (Application.possibleClientId(clientId)
					? this.reads.get("roles", List.of(environmentId, clientId),
							() -> this.applications.findAssignmentsOfEnabled(environmentId, clientId))
					: Optional.<List<Held>>empty())
				.orElseThrow(() -> new InvalidBearerTokenException("The token's application is gone or disabled."));
			JwtAuthenticationToken authentication = new JwtAuthenticationToken(token, List.of(), clientId);
			// What the app holds, read once for the access decisions of this call.
			authentication.setDetails(new CallerRoles(held, environmentId, clientId));
			return authentication;
		}

	}

	/**
	 * Asks {@link AccessPolicy} about a call with a checked token; any other call is
	 * refused. A grant that reaches only some populations goes on the caller, which the
	 * call's {@code ApiCall} is built from.
	 */
	private interface CallerAccess extends AuthorizationManager<RequestAuthorizationContext> {

		@Override
		default AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
				RequestAuthorizationContext context) {
			if (!(authentication.get() instanceof JwtAuthenticationToken token
					&& token.getDetails() instanceof CallerRoles roles)) {
				return new AuthorizationDecision(false);
			}
			AccessPolicy.Decision decision = decide(roles, token, context);
			if (decision instanceof AccessPolicy.Granted granted) {
				if (granted.populations() != null) {
					token.setDetails(roles.granted(environmentOf(context), granted.populations()));
				}
				return new AuthorizationDecision(true);
			}
			return new Denial(((AccessPolicy.Denied) decision).reason());
		}

		AccessPolicy.Decision decide(CallerRoles roles, JwtAuthenticationToken token,
				RequestAuthorizationContext context);

		/**
		 * The path's environment, parsed once for the whole request, so no spelling of
		 * the id can name the token's environment for one check and another for the
		 * other.
		 */
		static UUID environmentOf(RequestAuthorizationContext context) {
			return PathEnvironment.of(context.getRequest()).orElse(null);
		}

	}

	/**
	 * A call on an environment's resources. The issuing environment's organization is in
	 * the token; another's is looked up, only when a token is used beyond the environment
	 * that issued it.
	 */
	private record EnvironmentAccess(EnvironmentService environments,
			AccessPolicy.Resource resource) implements CallerAccess {

		@Override
		public AccessPolicy.Decision decide(CallerRoles roles, JwtAuthenticationToken token,
				RequestAuthorizationContext context) {
			UUID pathEnvironment = CallerAccess.environmentOf(context);
			boolean own = pathEnvironment != null
					&& pathEnvironment.equals(EnvironmentTokenValidator.environmentOf(token.getToken()));
			UUID organization = own ? Uuids.parseOrNull(token.getToken().getClaimAsString("org"))
					: (pathEnvironment != null) ? this.environments.organizationOf(pathEnvironment).orElse(null) : null;
			return AccessPolicy.decide(roles, new AccessPolicy.EnvironmentCall(this.resource,
					context.getRequest().getMethod(), pathEnvironment, organization, own));
		}

	}

	/** {@code POST /v1/environments}. */
	private record EnvironmentCreation() implements CallerAccess {

		@Override
		public AccessPolicy.Decision decide(CallerRoles roles, JwtAuthenticationToken token,
				RequestAuthorizationContext context) {
			return AccessPolicy.decideEnvironmentCreation(roles);
		}

	}

	/** A call on an organization or its licenses. */
	private record OrganizationAccess(EnvironmentService environments) implements CallerAccess {

		@Override
		public AccessPolicy.Decision decide(CallerRoles roles, JwtAuthenticationToken token,
				RequestAuthorizationContext context) {
			UUID organization = Uuids.parseOrNull(context.getVariables().get("organizationId"));
			return AccessPolicy.decideOrganization(roles, organization,
					() -> this.environments.organizationFacts(organization).environments() > 0);
		}

	}

	/**
	 * A refusal that says why, for the 403 body: Spring Security hands it to the
	 * access-denied handler inside its {@link AuthorizationDeniedException}.
	 *
	 * @param reason the detail's message
	 */
	private record Denial(String reason) implements AuthorizationResult {

		@Override
		public boolean isGranted() {
			return false;
		}

	}

}
