package dev.mfastub.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.environment.Environment;
import dev.mfastub.environment.Environments;
import dev.mfastub.web.Links;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
@RequestMapping("/{environmentId}/as")
class AuthServerController {

	private static final String BASIC = "Basic ";

	private final Environments environments;

	private final Applications applications;

	private final TokenService tokens;

	private final SigningKeys keys;

	AuthServerController(Environments environments, Applications applications, TokenService tokens, SigningKeys keys) {
		this.environments = environments;
		this.applications = applications;
		this.tokens = tokens;
		this.keys = keys;
	}

	@PostMapping("/token")
	ResponseEntity<Map<String, Object>> token(@PathVariable UUID environmentId, HttpServletRequest request) {
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
		TokenService.IssuedToken issued = this.tokens.issue(environment, application, Links.base(), token.scope());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", issued.accessToken());
		body.put("token_type", "Bearer");
		body.put("expires_in", issued.expiresIn());
		body.put("scope", issued.scope());
		return noStore(ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@GetMapping("/jwks")
	Map<String, Object> jwks(@PathVariable UUID environmentId) {
		this.environments.require(environmentId);
		return this.keys.publicJwks();
	}

	@GetMapping("/.well-known/openid-configuration")
	Map<String, Object> discovery(@PathVariable UUID environmentId) {
		this.environments.require(environmentId);
		String issuer = TokenService.issuer(Links.base(), environmentId);
		Map<String, Object> configuration = new LinkedHashMap<>();
		configuration.put("issuer", issuer);
		configuration.put("token_endpoint", issuer + "/token");
		configuration.put("jwks_uri", issuer + "/jwks");
		configuration.put("grant_types_supported", List.of(Application.CLIENT_CREDENTIALS));
		configuration.put("token_endpoint_auth_methods_supported",
				List.of("client_secret_basic", "client_secret_post"));
		configuration.put("id_token_signing_alg_values_supported", List.of("RS256"));
		configuration.put("scopes_supported", TokenService.WRITE_SCOPES);
		configuration.put("response_types_supported", List.of("token"));
		configuration.put("subject_types_supported", List.of("public"));
		return configuration;
	}

	@ExceptionHandler(TokenError.class)
	ResponseEntity<Map<String, String>> tokenError(TokenError error) {
		ResponseEntity.BodyBuilder response = noStore(ResponseEntity.status(error.status()));
		if (error.basicChallenge()) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PingOne MFA Stub\"");
		}
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", error.error());
		body.put("error_description", error.getMessage());
		return response.contentType(MediaType.APPLICATION_JSON).body(body);
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
			if (contentType == null || !MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(contentType)) {
				throw TokenError.invalidRequest("The token request must be application/x-www-form-urlencoded.");
			}
			if (request.getQueryString() != null) {
				throw TokenError.invalidRequest("Token request parameters belong in the request body.");
			}
			Map<String, String[]> parameters = request.getParameterMap();
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
