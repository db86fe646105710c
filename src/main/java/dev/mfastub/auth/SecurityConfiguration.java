package dev.mfastub.auth;

import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.auth.CallerRoles.Held;
import dev.mfastub.environment.ApiCall;
import dev.mfastub.environment.Environments;
import dev.mfastub.environment.RequestClock;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.ErrorResponses;
import dev.mfastub.web.Uuids;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
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
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
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

/**
 * Protects {@code /v1} as PingOne does: a bearer token from a worker app whose role
 * assignments cover the environment and allow the method. Everything else (auth server,
 * health, the stub's own endpoints) is public. Refusals are PingOne error bodies from the
 * one error path.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String BCRYPT = "bcrypt";

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, ApplicationRepository applications,
			Environments environments, ErrorResponses errors) throws Exception {
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
				.access(new EnvironmentAccess(environments, Resource.ENVIRONMENT))
				.requestMatchers("/v1/environments/{environmentId}/applications/**")
				.access(new EnvironmentAccess(environments, Resource.APPLICATIONS))
				.requestMatchers("/v1/environments/{environmentId}/populations/**")
				.access(new EnvironmentAccess(environments, Resource.POPULATIONS))
				.requestMatchers("/v1/environments/{environmentId}/mfaSettings",
						"/v1/environments/{environmentId}/deviceAuthenticationPolicies/**")
				.access(new EnvironmentAccess(environments, Resource.MFA_CONFIGURATION))
				.requestMatchers("/v1/environments/{environmentId}/**", "/{environmentId}/deviceAuthentications",
						"/{environmentId}/deviceAuthentications/**")
				.access(new EnvironmentAccess(environments, Resource.USERS))
				.requestMatchers("/v1/organizations/{organizationId}/**")
				.access(new OrganizationAccess(environments))
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(new ApiBearerTokens())
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(new ApplicationRoles(applications)))
				.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, RequestClock clock) {
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
	 * route does not take, where the firewall would answer 400.
	 */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setUnsafeAllowAnyHttpMethod(true);
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
	 * so a stale token sent to a public endpoint is never read.)
	 */
	private static final class ApiBearerTokens implements BearerTokenResolver {

		private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

		@Override
		public String resolve(HttpServletRequest request) {
			Enumeration<String> headers = request.getHeaders(HttpHeaders.AUTHORIZATION);
			if (headers.hasMoreElements() && headers.nextElement() != null && headers.hasMoreElements()) {
				// Which one would count is anybody's guess: neither does.
				throw new InvalidBearerTokenException("Send one Authorization header.");
			}
			return this.header.resolve(request);
		}

	}

	/**
	 * Looks the token's app up on every call: a deleted or disabled app's tokens stop at
	 * once, and role changes apply to the next request, on every instance. No cache,
	 * which could not know of a change made through another instance; one statement
	 * outside any transaction.
	 */
	private record ApplicationRoles(ApplicationRepository applications)
			implements
				org.springframework.core.convert.converter.Converter<Jwt, AbstractAuthenticationToken> {

		@Override
		public AbstractAuthenticationToken convert(Jwt token) {
			UUID environmentId = EnvironmentTokenValidator.environmentOf(token);
			String clientId = token.getClaimAsString("client_id");
			List<Held> held = (Application.possibleClientId(clientId)
					? this.applications.findAssignmentsOfEnabled(environmentId, clientId)
					: Optional.<List<Held>>empty())
				.orElseThrow(() -> new InvalidBearerTokenException("The token's application is gone or disabled."));
			JwtAuthenticationToken authentication = new JwtAuthenticationToken(token, List.of(), clientId);
			// What the app holds, read once for the access decisions of this call.
			authentication.setDetails(new CallerRoles(held, environmentId, clientId));
			return authentication;
		}

	}

	/**
	 * A decision on a call with a checked token, from the roles its app holds; any other
	 * call is refused.
	 */
	private interface CallerAccess extends AuthorizationManager<RequestAuthorizationContext> {

		@Override
		default AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
				RequestAuthorizationContext context) {
			return (authentication.get() instanceof JwtAuthenticationToken token
					&& token.getDetails() instanceof CallerRoles roles) ? decide(roles, token, context)
							: new AuthorizationDecision(false);
		}

		AuthorizationResult decide(CallerRoles roles, JwtAuthenticationToken token,
				RequestAuthorizationContext context);

	}

	/**
	 * A token works on every environment its app's role assignments cover, whichever
	 * environment issued it, and changes users only with a role that may. A path naming
	 * no environment at all is let through to be answered 404, as every id that names
	 * nothing is.
	 */
	private record EnvironmentAccess(Environments environments, Resource resource) implements CallerAccess {

		@Override
		public AuthorizationResult decide(CallerRoles assignments, JwtAuthenticationToken token,
				RequestAuthorizationContext context) {
			// Parsed as the controllers parse it, so no spelling of the id can name the
			// token's environment for one check and another for the other.
			UUID pathEnvironment = Uuids.parseOrNull(context.getVariables().get("environmentId"));
			boolean own = pathEnvironment != null
					&& pathEnvironment.equals(EnvironmentTokenValidator.environmentOf(token.getToken()));
			// The issuing environment's organization is in the token; another's is looked
			// up, only when a token is used beyond the environment that issued it.
			Optional<UUID> organization = own ? Optional.ofNullable(organizationOf(token))
					: (pathEnvironment != null) ? this.environments.organizationOf(pathEnvironment) : Optional.empty();
			if (organization.isEmpty()) {
				// No environment at all: answered 404, as every id that names nothing is.
				// (The stub writes org into every token it issues.)
				return new AuthorizationDecision(!own);
			}
			String method = context.getRequest().getMethod();
			boolean writes = !READ_METHODS.contains(method);
			Role.Access access = assignments.overUsers(pathEnvironment, organization.get());
			if (this.resource == Resource.ENVIRONMENT) {
				return (access != null) ? environmentDecision(assignments, method, pathEnvironment, organization.get())
						: noRole(own);
			}
			if (this.resource == Resource.MFA_CONFIGURATION) {
				return mfaConfigurationDecision(assignments, access, writes, pathEnvironment, organization.get(), own);
			}
			if (this.resource == Resource.APPLICATIONS) {
				return (access != null)
						? accessDecision(assignments.overApplications(pathEnvironment, organization.get()), writes,
								"The application's roles give no access to applications.")
						: noRole(own);
			}
			if (access != null && access.allows(writes)) {
				return new AuthorizationDecision(true);
			}
			// Not enough over the whole environment: roles over some of its
			// populations may be.
			Map<UUID, Role.Access> populations = assignments.overPopulationsOf(pathEnvironment);
			if (!populations.isEmpty()) {
				return populationDecision(populations, this.resource, context, writes);
			}
			return (access != null) ? accessDecision(access, writes, "The application's roles give no access to users.")
					: noRole(own);
		}

		/**
		 * The environment's MFA settings and device authentication policies: a role over
		 * the whole environment's users reads them, Environment Admin changes them (they
		 * are the environment's configuration, not a user's data).
		 */
		private static AuthorizationResult mfaConfigurationDecision(CallerRoles roles, Role.Access access,
				boolean writes, UUID environment, UUID organization, boolean own) {
			if (writes) {
				return roles.holds(Role.ENVIRONMENT_ADMIN, environment, organization) ? new AuthorizationDecision(true)
						: new Denial(
								"The application's roles do not allow changing the environment's MFA configuration.");
			}
			return (access != null || roles.holds(Role.ENVIRONMENT_ADMIN, environment, organization))
					? new AuthorizationDecision(true) : noRole(own);
		}

		private static Denial noRole(boolean own) {
			return new Denial(own ? "The application has no role in this environment."
					: "The access token was issued for another environment.");
		}

		/** A decision from what the caller's roles give over a kind of resource. */
		private static AuthorizationResult accessDecision(Role.Access access, boolean writes, String noAccess) {
			if (access == Role.Access.NONE) {
				return new Denial(noAccess);
			}
			if (!access.allows(writes)) {
				return new Denial(writes ? "The application's roles allow reading only."
						: "The application has no role in this environment.");
			}
			return new AuthorizationDecision(true);
		}

		/**
		 * A caller whose roles are over some populations of the environment only: it
		 * reads (and, with a role that writes, changes) the users of those, and reads the
		 * populations; the request carries which, for the services to keep to.
		 */
		private static AuthorizationResult populationDecision(Map<UUID, Role.Access> populations, Resource resource,
				RequestAuthorizationContext context, boolean writes) {
			if (resource != Resource.USERS && !(resource == Resource.POPULATIONS && !writes)) {
				return new Denial("The application's roles are over populations: they reach only their users.");
			}
			Set<UUID> reached = populations.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().allows(writes))
				.map(Map.Entry::getKey)
				.collect(Collectors.toUnmodifiableSet());
			if (reached.isEmpty()) {
				return new Denial("The application's roles allow reading only.");
			}
			if (resource == Resource.USERS) {
				context.getRequest().setAttribute(ApiCall.POPULATIONS_ATTRIBUTE, reached);
			}
			return new AuthorizationDecision(true);
		}

		/**
		 * The environment resource itself: any role over it reads it, Environment Admin
		 * changes it, and Environment Admin or Organization Admin over its organization
		 * deletes it. Other methods go on to be answered 405.
		 */
		private static AuthorizationResult environmentDecision(CallerRoles roles, String method, UUID environment,
				UUID organization) {
			boolean admin = roles.holds(Role.ENVIRONMENT_ADMIN, environment, organization);
			boolean allowed = switch (method) {
				case "PUT" -> admin;
				case "DELETE" -> admin || roles.holdsOverOrganization(Role.ORGANIZATION_ADMIN, organization);
				default -> true;
			};
			return allowed ? new AuthorizationDecision(true)
					: new Denial("The application's roles do not allow changing this environment.");
		}

		private static UUID organizationOf(JwtAuthenticationToken token) {
			return Uuids.parseOrNull(token.getToken().getClaimAsString("org"));
		}

	}

	/**
	 * An organization and its licenses are for an app with a role over the organization
	 * that reads it. An organization that does not exist is let through to be answered
	 * 404.
	 */
	private record OrganizationAccess(Environments environments) implements CallerAccess {

		@Override
		public AuthorizationResult decide(CallerRoles assignments, JwtAuthenticationToken token,
				RequestAuthorizationContext context) {
			UUID organization = Uuids.parseOrNull(context.getVariables().get("organizationId"));
			if (organization == null || assignments.readsOrganization(organization)
					|| this.environments.organizationFacts(organization).environments() == 0) {
				return new AuthorizationDecision(true);
			}
			return new Denial("The application has no role over this organization.");
		}

	}

	/**
	 * What a path of an environment is about, as the security chain's matchers (which
	 * read paths as Spring MVC does) tell them apart.
	 */
	private enum Resource {

		/** The environment itself. */
		ENVIRONMENT,

		/** Its worker apps and their role assignments. */
		APPLICATIONS,

		/** Its populations. */
		POPULATIONS,

		/** Its MFA settings and device authentication policies. */
		MFA_CONFIGURATION,

		/** Its users, and everything else below it. */
		USERS

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
