package dev.mfastub.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.nimbusds.jose.jwk.RSAKey;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.call.ApiCall;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.web.FormParameters;
import dev.mfastub.web.Links;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * One auth server per environment, at PingOne's paths: {@code /{envID}/as/token} for
 * worker apps' client_credentials grant and OIDC applications' authorization_code and
 * refresh_token grants ({@link UserGrants}), {@code /jwks}, and OpenID discovery. The
 * sign-on endpoints ({@code /authorize}, {@code /resume}, {@code /userinfo},
 * {@code /signoff}) live with the sign-on runtime.
 */
@RestController
@Tag(name = "Auth server")
@RequestMapping("/{environmentId}/as")
class AuthServerController {

	private static final String BASIC = "Basic ";

	private static final String AUTHORIZATION_CODE = "authorization_code";

	private static final String REFRESH_TOKEN = "refresh_token";

	private final EnvironmentService environments;

	private final CredentialService applications;

	private final TokenService tokens;

	private final SigningKeyService keys;

	private final SignOnClients signOnClients;

	private final UserGrants userGrants;

	private final UserTokens userTokens;

	AuthServerController(EnvironmentService environments, CredentialService applications, TokenService tokens,
			SigningKeyService keys, SignOnClients signOnClients, UserGrants userGrants, UserTokens userTokens) {
		this.environments = environments;
		this.applications = applications;
		this.tokens = tokens;
		this.keys = keys;
		this.signOnClients = signOnClients;
		this.userGrants = userGrants;
		this.userTokens = userTokens;
	}

	@PostMapping("/token")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
					schema = @Schema(implementation = TokenForm.class)))
	@ApiResponse(responseCode = "200",
			description = "A worker-app access token (client_credentials), or a user's tokens (authorization_code, "
					+ "refresh_token)",
			content = @Content(schema = @Schema(implementation = UserTokenResponse.class)))
	@ApiResponse(responseCode = "400", description = "RFC 6749 error",
			content = @Content(schema = @Schema(implementation = TokenErrorBody.class)))
	@ApiResponse(responseCode = "401", description = "RFC 6749 invalid_client",
			content = @Content(schema = @Schema(implementation = TokenErrorBody.class)))
	ResponseEntity<Object> token(@PathVariable UUID environmentId, ApiCall call, HttpServletRequest request) {
		Environment environment = this.environments.require(environmentId);
		TokenRequest token = TokenRequest.read(request);
		if (token.grantType() == null) {
			throw TokenError.invalidRequest("The grant_type parameter is required.");
		}
		return switch (token.grantType()) {
			case Application.CLIENT_CREDENTIALS -> clientCredentials(environment, token, request);
			case AUTHORIZATION_CODE, REFRESH_TOKEN -> userTokens(environment, call, token, request);
			default -> throw TokenError
				.unsupportedGrantType("Supported grants: client_credentials, authorization_code, refresh_token.");
		};
	}

	private ResponseEntity<Object> clientCredentials(Environment environment, TokenRequest token,
			HttpServletRequest request) {
		if (token.clientSecret() == null) {
			throw TokenError.invalidClient(
					"Client authentication is required: HTTP Basic or client_id and client_secret in the body.", false);
		}
		Application application = this.applications
			.authenticate(environment.id(), token.clientId(), token.clientSecret())
			.orElseThrow(() -> TokenError.invalidClient("Client authentication failed.", token.basic()));
		if (!application.enabled()) {
			throw TokenError.invalidClient("Client authentication failed: the application is disabled.", token.basic());
		}
		if (!application.grantTypes().contains(Application.CLIENT_CREDENTIALS)) {
			throw TokenError.unauthorizedClient("The application may not use the client_credentials grant.");
		}
		TokenService.IssuedToken issued = this.tokens.issue(environment, application,
				this.applications.canWrite(application), Links.base(request), token.parameter("scope"));
		return noStore(ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON)
			.body(new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn()));
	}

	/**
	 * PingOne's "Token (Authorization Code)" and "Token (Refresh Token)": the client
	 * authenticates as its {@code tokenEndpointAuthMethod} says (a public client,
	 * {@code NONE}, sends its {@code client_id} only), then the sign-on runtime decides
	 * the grant and this package signs the tokens.
	 */
	private ResponseEntity<Object> userTokens(Environment environment, ApiCall call, TokenRequest token,
			HttpServletRequest request) {
		SignOnClient client = authenticate(environment.id(), token);
		String grantType = token.grantType().toUpperCase(java.util.Locale.ROOT);
		if (!client.grantTypes().contains(grantType)) {
			throw TokenError.unauthorizedClient("The application may not use the " + token.grantType() + " grant.");
		}
		UserGrant grant;
		if (AUTHORIZATION_CODE.equals(token.grantType())) {
			String code = token.parameter("code");
			if (code == null || code.isEmpty()) {
				throw TokenError.invalidRequest("The code parameter is required.");
			}
			grant = this.userGrants.redeemCode(call, client, code, token.parameter("redirect_uri"),
					token.parameter("code_verifier"));
		}
		else {
			String refreshToken = token.parameter("refresh_token");
			if (refreshToken == null || refreshToken.isEmpty()) {
				throw TokenError.invalidRequest("The refresh_token parameter is required.");
			}
			grant = this.userGrants.refresh(call, client, refreshToken, token.parameter("scope"));
		}
		UserTokens.Issued issued = this.userTokens.issue(environment, client.clientId(), grant, Links.base(request));
		return noStore(ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON)
			.body(new UserTokenResponse(issued.accessToken(), "Bearer", issued.expiresIn(),
					String.join(" ", grant.scopes()), grant.refreshToken(), issued.idToken()));
	}

	/**
	 * An OIDC application's client authentication, by the one method its
	 * {@code tokenEndpointAuthMethod} names: another method is refused as a wrong secret
	 * is.
	 */
	private SignOnClient authenticate(UUID environmentId, TokenRequest token) {
		Optional<SignOnClient> found = this.signOnClients.find(environmentId, token.clientId());
		if (found.isEmpty()) {
			// A worker that authenticates is a known client without the grant.
			boolean worker = token.clientSecret() != null
					&& this.applications.authenticate(environmentId, token.clientId(), token.clientSecret())
						.isPresent();
			throw worker
					? TokenError.unauthorizedClient("The application may not use the " + token.grantType()
							+ " grant: it is a worker application.")
					: TokenError.invalidClient("Client authentication failed.", token.basic());
		}
		SignOnClient client = found.get();
		if (!client.enabled()) {
			throw TokenError.invalidClient("Client authentication failed: the application is disabled.", token.basic());
		}
		String method = client.tokenEndpointAuthMethod();
		boolean authenticated = switch ((method != null) ? method : "") {
			case "NONE" -> !token.basic() && token.clientSecret() == null;
			case "CLIENT_SECRET_POST" -> !token.basic() && token.clientSecret() != null
					&& this.signOnClients.secretMatches(client, token.clientSecret());
			case "CLIENT_SECRET_BASIC" ->
				token.basic() && this.signOnClients.secretMatches(client, token.clientSecret());
			default -> false;
		};
		if (!authenticated) {
			throw TokenError.invalidClient("Client authentication failed: the application authenticates with "
					+ String.valueOf(method).toLowerCase(java.util.Locale.ROOT) + ".", token.basic());
		}
		return client;
	}

	@GetMapping("/jwks")
	JwkSet jwks(@PathVariable UUID environmentId) {
		this.environments.require(environmentId);
		return new JwkSet(this.keys.publicKeys().stream().map(Jwk::of).toList());
	}

	/**
	 * PingOne's "OpenID Provider Metadata": the endpoints of the environment's auth
	 * server and what they support.
	 */
	@GetMapping("/.well-known/openid-configuration")
	OpenIdConfiguration discovery(@PathVariable UUID environmentId, HttpServletRequest request) {
		this.environments.require(environmentId);
		String issuer = TokenService.issuer(Links.base(request), environmentId);
		return new OpenIdConfiguration(issuer, issuer + "/authorize", issuer + "/token", issuer + "/userinfo",
				issuer + "/jwks", issuer + "/signoff",
				List.of(Application.CLIENT_CREDENTIALS, AUTHORIZATION_CODE, REFRESH_TOKEN),
				List.of("client_secret_basic", "client_secret_post", "none"), List.of("RS256"),
				List.of("openid", "profile", "email", "address", "phone", "p1:read:user", "p1:update:user"),
				List.of("code"), List.of("query", "pi.flow"), List.of("public"), List.of("S256", "plain"),
				List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "sid", "amr", "acr", "env", "org",
						"name", "given_name", "family_name", "preferred_username", "email", "email_verified",
						"phone_number", "updated_at"),
				List.of("login", "none", "consent"));
	}

	/**
	 * The key set of RFC 7517.
	 *
	 * @param keys the public keys tokens may be signed with
	 */
	record JwkSet(List<Jwk> keys) {

	}

	/**
	 * A public RSA signing key.
	 *
	 * @param kty {@code RSA}
	 * @param use {@code sig}
	 * @param kid the key id tokens name in their header
	 * @param alg {@code RS256}
	 * @param n the modulus, base64url
	 * @param e the public exponent, base64url
	 */
	record Jwk(String kty, String use, String kid, String alg, String n, String e) {

		static Jwk of(RSAKey key) {
			return new Jwk(key.getKeyType().getValue(), key.getKeyUse().identifier(), key.getKeyID(),
					key.getAlgorithm().getName(), key.getModulus().toString(), key.getPublicExponent().toString());
		}

	}

	/**
	 * OpenID Provider Metadata (OpenID Connect Discovery 1.0, section 3).
	 *
	 * @param issuer the {@code iss} of its tokens
	 * @param authorizationEndpoint {@code /authorize}
	 * @param tokenEndpoint where tokens are requested
	 * @param userinfoEndpoint {@code /userinfo}
	 * @param jwksUri where its keys are
	 * @param endSessionEndpoint {@code /signoff}
	 * @param grantTypesSupported the grants of the token endpoint
	 * @param tokenEndpointAuthMethodsSupported Basic, form and none (a public client)
	 * @param idTokenSigningAlgValuesSupported {@code RS256}
	 * @param scopesSupported the scopes tokens carry
	 * @param responseTypesSupported {@code code}
	 * @param responseModesSupported {@code query} and PingOne's {@code pi.flow}
	 * @param subjectTypesSupported {@code public}
	 * @param codeChallengeMethodsSupported PKCE's {@code S256} and {@code plain}
	 * @param claimsSupported the claims of ID tokens and userinfo
	 * @param promptValuesSupported the {@code prompt} values authorize takes
	 */
	record OpenIdConfiguration(String issuer, @JsonProperty("authorization_endpoint") String authorizationEndpoint,
			@JsonProperty("token_endpoint") String tokenEndpoint,
			@JsonProperty("userinfo_endpoint") String userinfoEndpoint, @JsonProperty("jwks_uri") String jwksUri,
			@JsonProperty("end_session_endpoint") String endSessionEndpoint,
			@JsonProperty("grant_types_supported") List<String> grantTypesSupported,
			@JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
			@JsonProperty("id_token_signing_alg_values_supported") List<String> idTokenSigningAlgValuesSupported,
			@JsonProperty("scopes_supported") List<String> scopesSupported,
			@JsonProperty("response_types_supported") List<String> responseTypesSupported,
			@JsonProperty("response_modes_supported") List<String> responseModesSupported,
			@JsonProperty("subject_types_supported") List<String> subjectTypesSupported,
			@JsonProperty("code_challenge_methods_supported") List<String> codeChallengeMethodsSupported,
			@JsonProperty("claims_supported") List<String> claimsSupported,
			@JsonProperty("prompt_values_supported") List<String> promptValuesSupported) {

	}

	/**
	 * The token response of RFC 6749 section 5.1.
	 *
	 * @param accessToken the JWT
	 * @param tokenType always {@code Bearer}
	 * @param expiresIn seconds until it expires; like PingOne's answer to a worker app,
	 * it lists no scopes (they are in the token)
	 */
	record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
			@JsonProperty("expires_in") long expiresIn) {

	}

	/**
	 * A user's tokens (RFC 6749 section 5.1, OpenID Connect Core section 3.1.3.3).
	 *
	 * @param accessToken the user's access token
	 * @param tokenType always {@code Bearer}
	 * @param expiresIn seconds until it expires
	 * @param scope the scopes granted
	 * @param refreshToken a refresh token, when the application has the
	 * {@code REFRESH_TOKEN} grant
	 * @param idToken the ID token, with {@code openid}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record UserTokenResponse(@JsonProperty("access_token") String accessToken,
			@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn, String scope,
			@JsonProperty("refresh_token") String refreshToken, @JsonProperty("id_token") String idToken) {

		@Override
		public String toString() {
			return "UserTokenResponse[scope=" + this.scope + "]";
		}

	}

	/**
	 * An error of RFC 6749 section 5.2.
	 *
	 * @param error the error code, such as {@code invalid_client}
	 * @param errorDescription what went wrong
	 */
	record TokenErrorBody(String error, @JsonProperty("error_description") String errorDescription) {

	}

	/**
	 * The form a token request sends (for the OpenAPI document; the endpoint reads the
	 * parameters itself, to refuse repeated ones).
	 *
	 * @param grantType {@code client_credentials}, {@code authorization_code} or
	 * {@code refresh_token}
	 * @param clientId the app's client id, unless sent with HTTP Basic
	 * @param clientSecret the app's secret, unless sent with HTTP Basic or a public
	 * client
	 * @param scope optional: for a worker, a subset of what the app's roles allow; on a
	 * refresh, a subset of the scopes first granted
	 * @param code the authorization code
	 * @param redirectUri the authorize request's {@code redirect_uri}, when it had one
	 * @param codeVerifier PKCE's verifier, when the authorize request had a challenge
	 * @param refreshToken the refresh token
	 */
	record TokenForm(
			@JsonProperty("grant_type") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
					"client_credentials", "authorization_code", "refresh_token" }) String grantType,
			@JsonProperty("client_id") String clientId, @JsonProperty("client_secret") String clientSecret,
			String scope, String code, @JsonProperty("redirect_uri") String redirectUri,
			@JsonProperty("code_verifier") String codeVerifier, @JsonProperty("refresh_token") String refreshToken){

	}

	private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder response) {
		return response.cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache");
	}

	/**
	 * The parts of a token request, with client authentication by exactly one of HTTP
	 * Basic ({@code client_secret_basic}) or form fields ({@code client_secret_post}).
	 */
	private record TokenRequest(Map<String, String[]> parameters, String clientId, String clientSecret, boolean basic) {

		String grantType() {
			return parameter("grant_type");
		}

		/** A parameter sent once, or {@code null}. */
		String parameter(String name) {
			return single(this.parameters, name);
		}

		static TokenRequest read(HttpServletRequest request) {
			MediaType contentType = parse(request.getContentType());
			boolean queryOnly = request.getContentType() == null && !hasBody(request)
					&& request.getQueryString() != null;
			if (!queryOnly && (contentType == null
					|| !MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(contentType))) {
				throw TokenError.invalidRequest("The token request must be application/x-www-form-urlencoded.");
			}
			// Parameters may come in the body or the query string (PingOne's own scripts
			// send ?grant_type=client_credentials with no body); a client_secret in the
			// query never gets here: TokenQueryFilter refuses it first.
			Map<String, String[]> parameters = FormParameters.of(request,
					() -> TokenError.invalidRequest("The request body is not a valid form."));
			parameters.forEach((name, values) -> {
				if (values.length > 1) {
					throw TokenError.invalidRequest("The " + name + " parameter is repeated.");
				}
			});
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			String formId = single(parameters, "client_id");
			String formSecret = single(parameters, "client_secret");
			if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
				if (formSecret != null) {
					throw TokenError.invalidRequest("Use one client authentication method, not two.");
				}
				String[] credentials = basicCredentials(header.substring(BASIC.length()).trim());
				if (formId != null && !formId.equals(credentials[0])) {
					throw TokenError.invalidRequest("client_id does not match the Authorization header.");
				}
				return new TokenRequest(parameters, credentials[0], credentials[1], true);
			}
			if (formId == null) {
				throw TokenError.invalidClient("Client authentication is required: HTTP Basic or client_id and "
						+ "client_secret in the body.", false);
			}
			// No secret: a public client's, or a refusal for any grant that needs one.
			return new TokenRequest(parameters, formId, formSecret, false);
		}

		private static boolean hasBody(HttpServletRequest request) {
			return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		}

		/**
		 * RFC 6749 section 2.3.1: id and secret are form-encoded, then joined and
		 * Base64-encoded.
		 */
		private static String[] basicCredentials(String encoded) {
			try {
				String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon > 0) {
					return new String[] { formDecode(decoded.substring(0, colon)),
							formDecode(decoded.substring(colon + 1)) };
				}
			}
			catch (IllegalArgumentException ex) {
				// answered below
			}
			throw TokenError.invalidClient("The Basic credentials are malformed.", true);
		}

		private static String formDecode(String value) {
			return UriUtils.decode(value.replace("+", "%20"), StandardCharsets.UTF_8);
		}

		private static String single(Map<String, String[]> parameters, String name) {
			String[] values = parameters.get(name);
			return (values != null && values.length == 1) ? values[0] : null;
		}

		private static MediaType parse(String contentType) {
			try {
				return (contentType != null) ? MediaType.parseMediaType(contentType) : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
