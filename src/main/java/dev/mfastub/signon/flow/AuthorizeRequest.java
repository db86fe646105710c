package dev.mfastub.signon.flow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.mfastub.auth.SignOnClient;
import dev.mfastub.auth.SignOnClients;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

/**
 * An authorize request, read and checked as PingOne's "Authorize (Authorization Code)"
 * and "Authorize (pi.flow)" pages and RFC 6749 / 7636 / OpenID Connect Core say, in their
 * order: first the client and the redirect URI (a fault there is never redirected), then
 * every other parameter (a fault there is redirected to the registered URI).
 *
 * @param client the OIDC application
 * @param redirectUri the registered redirect URI, or {@code null} for a redirectless
 * request that sent none
 * @param responseMode {@code query} or {@code pi.flow}
 * @param scopes the scopes asked for, {@code openid} among them
 * @param state the client's state, or {@code null}
 * @param nonce the ID token's nonce, or {@code null}
 * @param codeChallenge PKCE's challenge, or {@code null}
 * @param codeChallengeMethod {@code S256} or {@code plain}, or {@code null}
 * @param loginHint the username to suggest, or {@code null}
 * @param acrValues the sign-on policy names of {@code acr_values}, in order of
 * preference; empty when it sent none
 */
record AuthorizeRequest(SignOnClient client, String redirectUri, String responseMode, List<String> scopes, String state,
		String nonce, String codeChallenge, String codeChallengeMethod, String loginHint, List<String> acrValues) {

	static final String PI_FLOW = "pi.flow";

	static final String QUERY = "query";

	/** The scopes of OpenID Connect Core that PingOne grants every OIDC application. */
	static final Set<String> SCOPES = Set.of("openid", "profile", "email", "address", "phone", "offline_access");

	/** RFC 7636 section 4.1 and 4.2: 43 to 128 unreserved characters. */
	static final Pattern PKCE_VALUE = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

	/** What the stub keeps of a free-text parameter, at most. */
	private static final int MAX_TEXT = 1024;

	private static final Pattern MAX_AGE = Pattern.compile("0|[1-9][0-9]{0,9}");

	static AuthorizeRequest read(UUID environmentId, Map<String, String[]> parameters, SignOnClients clients) {
		String clientId = single(parameters, "client_id", null, null, false);
		if (clientId == null || clientId.isEmpty()) {
			throw notRedirected("client_id", "The client_id parameter is required.");
		}
		SignOnClient client = clients.find(environmentId, clientId)
			.orElseThrow(
					() -> notRedirected("client_id", "The environment has no OIDC application with this client id."));
		if (!client.enabled()) {
			throw notRedirected("client_id", "The application is disabled.");
		}
		String responseMode = single(parameters, "response_mode", null, null, false);
		boolean redirectless = PI_FLOW.equals(responseMode);
		String redirectUri = single(parameters, "redirect_uri", null, null, false);
		if (redirectUri != null && !client.redirectUris().contains(redirectUri)) {
			throw notRedirected("redirect_uri",
					"The redirect_uri is not one the application registered (they are compared exactly).");
		}
		if (redirectUri == null && !redirectless) {
			throw notRedirected("redirect_uri", "The redirect_uri parameter is required.");
		}
		String state = single(parameters, "state", redirectUri, null, redirectless);
		if (state != null && state.length() > MAX_TEXT) {
			// Not echoed: the error goes back without it.
			throw new AuthorizeError("invalid_request", "state", "The state is longer than 1024 characters.",
					redirectUri, null, redirectless);
		}
		Refusal refuse = new Refusal(redirectUri, state, redirectless);
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getValue().length > 1) {
				throw refuse.with("invalid_request", parameter.getKey(),
						"The " + parameter.getKey() + " parameter is repeated.");
			}
		}
		if (responseMode != null && !PI_FLOW.equals(responseMode) && !QUERY.equals(responseMode)) {
			throw refuse.with("invalid_request", "response_mode", "The response_mode must be query or pi.flow.");
		}
		String responseType = value(parameters, "response_type");
		if (responseType == null) {
			throw refuse.with("invalid_request", "response_type", "The response_type parameter is required.");
		}
		if (!"code".equals(responseType)) {
			throw refuse.with("unsupported_response_type", "response_type", "The only response_type is code.");
		}
		if (!client.responseTypes().contains("CODE") || !client.grantTypes().contains("AUTHORIZATION_CODE")) {
			throw refuse.with("unauthorized_client", "response_type",
					"The application may not use the authorization code grant.");
		}
		List<String> scopes = scopes(value(parameters, "scope"), refuse);
		String nonce = text(parameters, "nonce", refuse);
		String loginHint = text(parameters, "login_hint", refuse);
		String acr = text(parameters, "acr_values", refuse);
		List<String> acrValues = (acr == null || acr.isBlank()) ? List.of()
				: List.copyOf(new LinkedHashSet<>(List.of(acr.strip().split(" +"))));
		prompt(value(parameters, "prompt"), refuse);
		String maxAge = value(parameters, "max_age");
		if (maxAge != null && !MAX_AGE.matcher(maxAge).matches()) {
			throw refuse.with("invalid_request", "max_age", "The max_age must be a number of seconds.");
		}
		String challenge = value(parameters, "code_challenge");
		String method = value(parameters, "code_challenge_method");
		if (challenge == null && method != null) {
			throw refuse.with("invalid_request", "code_challenge", "A code_challenge_method needs its code_challenge.");
		}
		if (challenge != null) {
			method = (method != null) ? method : "plain";
			if (!"S256".equals(method) && !"plain".equals(method)) {
				throw refuse.with("invalid_request", "code_challenge_method",
						"The code_challenge_method must be S256 or plain.");
			}
			if (!PKCE_VALUE.matcher(challenge).matches()) {
				throw refuse.with("invalid_request", "code_challenge",
						"The code_challenge must be 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_', '~'.");
			}
		}
		String enforcement = client.pkceEnforcement();
		boolean publicClient = "NONE".equals(client.tokenEndpointAuthMethod());
		if (challenge == null
				&& ("REQUIRED".equals(enforcement) || "S256_REQUIRED".equals(enforcement) || publicClient)) {
			throw refuse.with("invalid_request", "code_challenge",
					"The application requires PKCE: send a code_challenge.");
		}
		if ("plain".equals(method) && "S256_REQUIRED".equals(enforcement)) {
			throw refuse.with("invalid_request", "code_challenge_method",
					"The application requires PKCE with code_challenge_method S256.");
		}
		return new AuthorizeRequest(client, redirectUri, redirectless ? PI_FLOW : QUERY, scopes, state, nonce,
				challenge, method, loginHint, acrValues);
	}

	private static List<String> scopes(String scope, Refusal refuse) {
		if (scope == null || scope.isBlank()) {
			throw refuse.with("invalid_scope", "scope", "The scope parameter is required, with openid.");
		}
		Set<String> asked = new LinkedHashSet<>(List.of(scope.strip().split(" +")));
		if (!asked.contains("openid")) {
			throw refuse.with("invalid_scope", "scope", "The openid scope is required.");
		}
		List<String> unknown = new ArrayList<>(asked);
		unknown.removeAll(SCOPES);
		if (!unknown.isEmpty()) {
			throw refuse.with("invalid_scope", "scope",
					"The application is not granted the scope " + printable(unknown.get(0)) + ".");
		}
		return List.copyOf(asked);
	}

	private static void prompt(String prompt, Refusal refuse) {
		if (prompt == null) {
			return;
		}
		Set<String> values = Set.of(prompt.strip().split(" +"));
		if (!Set.of("login", "consent", "none").containsAll(values)) {
			throw refuse.with("invalid_request", "prompt", "The prompt must be login, consent or none.");
		}
		if (values.contains("none")) {
			// The stub keeps no sign-on session: none can be reused without the user.
			throw refuse.with("login_required", "prompt", "The user must sign on: there is no session to reuse.");
		}
	}

	private static String text(Map<String, String[]> parameters, String name, Refusal refuse) {
		String value = value(parameters, name);
		if (value != null && value.length() > MAX_TEXT) {
			throw refuse.with("invalid_request", name, "The " + name + " is longer than 1024 characters.");
		}
		return value;
	}

	private static String value(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values != null && values.length == 1) ? values[0] : null;
	}

	/**
	 * One of the parameters that decide where an error goes: repeated, it is refused
	 * before anything could be redirected.
	 */
	private static String single(Map<String, String[]> parameters, String name, String redirectUri, String state,
			boolean redirectless) {
		String[] values = parameters.get(name);
		if (values != null && values.length > 1) {
			if (redirectUri != null) {
				throw new AuthorizeError("invalid_request", name, "The " + name + " parameter is repeated.",
						redirectUri, state, redirectless);
			}
			throw notRedirected(name, "The " + name + " parameter is repeated.");
		}
		return (values != null) ? values[0] : null;
	}

	private static ApiException notRedirected(String parameter, String message) {
		return ApiException.invalidData(ErrorDetail.invalidValue(parameter, message));
	}

	private static String printable(String value) {
		return (value.length() > 64) ? value.substring(0, 64) + "..." : value;
	}

	/**
	 * A refusal found after reading, such as {@code acr_values} naming no policy the app
	 * may use: it goes where this request's other refusals go.
	 */
	AuthorizeError refuse(String error, String parameter, String description) {
		return new AuthorizeError(error, parameter, description, this.redirectUri, this.state,
				PI_FLOW.equals(this.responseMode));
	}

	/** What the flow keeps of this request. */
	SignOnFlow.AuthorizeValues values() {
		return new SignOnFlow.AuthorizeValues(this.client.applicationId(), this.client.clientId(), redirectUri(),
				responseMode(), scopes(), state(), nonce(), codeChallenge(), codeChallengeMethod(), loginHint());
	}

	@Override
	public String toString() {
		return "AuthorizeRequest[client=" + this.client.clientId() + "]";
	}

	/** Where a refusal goes once the redirect URI is known to be good. */
	private record Refusal(String redirectUri, String state, boolean redirectless) {

		AuthorizeError with(String error, String parameter, String description) {
			return new AuthorizeError(error, parameter, description, this.redirectUri, this.state, this.redirectless);
		}

	}

}
