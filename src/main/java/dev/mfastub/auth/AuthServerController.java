package dev.mfastub.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nimbusds.jose.jwk.RSAKey;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;

import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.web.Links;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * worker apps' client_credentials grant, {@code /jwks}, and OpenID discovery.
 */
@RestController
@Tag(name = "Auth server")
@RequestMapping("/{environmentId}/as")
class AuthServerController {

	private static final String BASIC = "Basic ";

	private final EnvironmentService environments;

	private final CredentialService applications;

	private final TokenService tokens;

	private final SigningKeyService keys;

	AuthServerController(EnvironmentService environments, CredentialService applications, TokenService tokens,
			SigningKeyService keys) {
		this.environments = environments;
		this.applications = applications;
		this.tokens = tokens;
		this.keys = keys;
	}

	@PostMapping("/token")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
					schema = @Schema(implementation = TokenForm.class)))
	@ApiResponse(responseCode = "200", description = "A worker-app access token",
			content = @Content(schema = @Schema(implementation = TokenResponse.class)))
	@ApiResponse(responseCode = "400", description = "RFC 6749 error",
			content = @Content(schema = @Schema(implementation = TokenErrorBody.class)))
	@ApiResponse(responseCode = "401", description = "RFC 6749 invalid_client",
			content = @Content(schema = @Schema(implementation = TokenErrorBody.class)))
	ResponseEntity<TokenResponse> token(@PathVariable UUID environmentId, HttpServletRequest request) {
		Environment environment = this.environments.require(environmentId);
		TokenRequest token = TokenRequest.read(request);
		if (token.grantType() == null) {
			throw TokenError.invalidRequest("The grant_type parameter is required.");
		}
		if (!Application.CLIENT_CREDENTIALS.equals(token.grantType())) {
			throw TokenError.unsupportedGrantType("Only the client_credentials grant is supported.");
		}
		Application application = this.applications.authenticate(environmentId, token.clientId(), token.clientSecret())
			.orElseThrow(() -> TokenError.invalidClient("Client authentication failed.", token.basic()));
		if (!application.enabled()) {
			throw TokenError.invalidClient("Client authentication failed: the application is disabled.", token.basic());
		}
		if (!application.grantTypes().contains(Application.CLIENT_CREDENTIALS)) {
			throw TokenError.unauthorizedClient("The application may not use the client_credentials grant.");
		}
		TokenService.IssuedToken issued = this.tokens.issue(environment, application,
				this.applications.canWrite(application), Links.base(request), token.scope());
		return noStore(ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON)
			.body(new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn()));
	}

	@GetMapping("/jwks")
	JwkSet jwks(@PathVariable UUID environmentId) {
		this.environments.require(environmentId);
		return new JwkSet(this.keys.publicKeys().stream().map(Jwk::of).toList());
	}

	@GetMapping("/.well-known/openid-configuration")
	OpenIdConfiguration discovery(@PathVariable UUID environmentId, HttpServletRequest request) {
		this.environments.require(environmentId);
		String issuer = TokenService.issuer(Links.base(request), environmentId);
		return new OpenIdConfiguration(issuer, issuer + "/token", issuer + "/jwks",
				List.of(Application.CLIENT_CREDENTIALS), List.of("client_secret_basic", "client_secret_post"),
				List.of("RS256"), TokenService.WRITE_SCOPES, List.of("token"), List.of("public"));
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
	 * OpenID Provider Metadata, for the parts a worker app's auth server has.
	 *
	 * @param issuer the {@code iss} of its tokens
	 * @param tokenEndpoint where tokens are requested
	 * @param jwksUri where its keys are
	 * @param grantTypesSupported {@code client_credentials}
	 * @param tokenEndpointAuthMethodsSupported Basic and form client authentication
	 * @param idTokenSigningAlgValuesSupported {@code RS256}
	 * @param scopesSupported the scopes tokens carry
	 * @param responseTypesSupported {@code token}
	 * @param subjectTypesSupported {@code public}
	 */
	record OpenIdConfiguration(String issuer, @JsonProperty("token_endpoint") String tokenEndpoint,
			@JsonProperty("jwks_uri") String jwksUri,
			@JsonProperty("grant_types_supported") List<String> grantTypesSupported,
			@JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
			@JsonProperty("id_token_signing_alg_values_supported") List<String> idTokenSigningAlgValuesSupported,
			@JsonProperty("scopes_supported") List<String> scopesSupported,
			@JsonProperty("response_types_supported") List<String> responseTypesSupported,
			@JsonProperty("subject_types_supported") List<String> subjectTypesSupported) {

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
	 * @param grantType {@code client_credentials}
	 * @param clientId the app's client id, unless sent with HTTP Basic
	 * @param clientSecret the app's secret, unless sent with HTTP Basic
	 * @param scope optional, a subset of what the app's roles allow
	 */
	record TokenForm(
			@JsonProperty("grant_type") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					allowableValues = "client_credentials") String grantType,
			@JsonProperty("client_id") String clientId, @JsonProperty("client_secret") String clientSecret,
			String scope) {

	}

	private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder response) {
		return response.cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache");
	}

	/**
	 * The parts of a token request, with client authentication by exactly one of HTTP
	 * Basic ({@code client_secret_basic}) or form fields ({@code client_secret_post}).
	 */
	private record TokenRequest(String grantType, String scope, String clientId, String clientSecret, boolean basic) {

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
			Map<String, String[]> parameters = parameters(request);
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
				return new TokenRequest(single(parameters, "grant_type"), single(parameters, "scope"), credentials[0],
						credentials[1], true);
			}
			if (formId == null || formSecret == null) {
				throw TokenError.invalidClient("Client authentication is required: HTTP Basic or client_id and "
						+ "client_secret in the body.", false);
			}
			return new TokenRequest(single(parameters, "grant_type"), single(parameters, "scope"), formId, formSecret,
					false);
		}

		private static boolean hasBody(HttpServletRequest request) {
			return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		}

		/**
		 * The form's parameters; a form that cannot be decoded is a malformed request.
		 */
		private static Map<String, String[]> parameters(HttpServletRequest request) {
			try {
				return request.getParameterMap();
			}
			catch (InvalidParameterException ex) {
				if (ex.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
					throw ex;
				}
				throw TokenError.invalidRequest("The request body is not a valid form.");
			}
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
