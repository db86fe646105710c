package dev.mfastub.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

/**
 * The rules of PingOne's OIDC sign-on apps ("Create Application (OIDC Protocol - Web
 * App)", "... - Single Page App", "... - Native App" and the applications OIDC settings
 * data model): which grant types each type may have, which response types go with them,
 * which client authentication, the PKCE options, the refresh token lifetimes and what a
 * redirect URI is. Where PingOne's pages are silent the README's table says what was
 * chosen.
 */
final class SignOnAppRules {

	static final String WEB_APP = "WEB_APP";

	static final String SINGLE_PAGE_APP = "SINGLE_PAGE_APP";

	static final String NATIVE_APP = "NATIVE_APP";

	/** The sign-on app types. */
	static final Set<String> TYPES = Set.of(WEB_APP, SINGLE_PAGE_APP, NATIVE_APP);

	private static final String AUTHORIZATION_CODE = "AUTHORIZATION_CODE";

	private static final String IMPLICIT = "IMPLICIT";

	private static final String REFRESH_TOKEN = "REFRESH_TOKEN";

	private static final String CLIENT_CREDENTIALS = "CLIENT_CREDENTIALS";

	/** The grant types each type may have. */
	private static final Map<String, List<String>> GRANT_TYPES = Map.of(WEB_APP,
			List.of(AUTHORIZATION_CODE, IMPLICIT, REFRESH_TOKEN, CLIENT_CREDENTIALS), SINGLE_PAGE_APP,
			List.of(AUTHORIZATION_CODE, IMPLICIT, REFRESH_TOKEN), NATIVE_APP,
			List.of(AUTHORIZATION_CODE, IMPLICIT, REFRESH_TOKEN));

	/** The client authentications each type may use. */
	private static final Map<String, List<String>> AUTH_METHODS = Map.of(WEB_APP,
			List.of("CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST", "NONE"), SINGLE_PAGE_APP, List.of("NONE"), NATIVE_APP,
			List.of("NONE", "CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST"));

	private static final List<String> RESPONSE_TYPES = List.of("CODE", "TOKEN", "ID_TOKEN");

	private static final List<String> PKCE = List.of("OPTIONAL", "REQUIRED", "S256_REQUIRED");

	/** PingOne's default refresh token lifetime: 30 days. */
	static final int REFRESH_TOKEN_DURATION = 2592000;

	/** PingOne's default time before a refresh token needs a new sign-on: 180 days. */
	static final int REFRESH_TOKEN_ROLLING_DURATION = 15552000;

	private static final int SHORTEST_REFRESH = 60;

	private SignOnAppRules() {
	}

	/**
	 * Checks a sign-on app's request and fills in PingOne's defaults.
	 * @param request a request whose type is one of {@link #TYPES}
	 * @return what the app is configured with
	 */
	static Checked check(ApplicationRequest request) {
		String type = request.type();
		List<String> grantTypes = (request.grantTypes() != null) ? distinct(request.grantTypes())
				: List.of(AUTHORIZATION_CODE);
		if (grantTypes.isEmpty() || !GRANT_TYPES.get(type).containsAll(grantTypes)) {
			throw invalid("grantTypes",
					"A " + type + " application's grantTypes are some of " + GRANT_TYPES.get(type) + ".");
		}
		if (grantTypes.contains(REFRESH_TOKEN) && !grantTypes.contains(AUTHORIZATION_CODE)) {
			throw invalid("grantTypes", "REFRESH_TOKEN takes AUTHORIZATION_CODE too.");
		}
		List<String> responseTypes = (request.responseTypes() != null) ? distinct(request.responseTypes())
				: defaultResponseTypes(grantTypes);
		if (!RESPONSE_TYPES.containsAll(responseTypes)) {
			throw invalid("responseTypes", "responseTypes are some of " + RESPONSE_TYPES + ".");
		}
		if (grantTypes.contains(AUTHORIZATION_CODE) != responseTypes.contains("CODE")) {
			throw invalid("responseTypes",
					"The CODE response type goes with the AUTHORIZATION_CODE grant type, " + "and only with it.");
		}
		if (grantTypes.contains(IMPLICIT) != (responseTypes.contains("TOKEN") || responseTypes.contains("ID_TOKEN"))) {
			throw invalid("responseTypes",
					"The TOKEN and ID_TOKEN response types go with the IMPLICIT grant type, " + "and only with it.");
		}
		if (!AUTH_METHODS.get(type).contains(request.tokenEndpointAuthMethod())) {
			throw invalid("tokenEndpointAuthMethod", "A " + type + " application's tokenEndpointAuthMethod is "
					+ String.join(" or ", AUTH_METHODS.get(type)) + ".");
		}
		if (grantTypes.contains(CLIENT_CREDENTIALS) && "NONE".equals(request.tokenEndpointAuthMethod())) {
			throw invalid("tokenEndpointAuthMethod",
					"The CLIENT_CREDENTIALS grant type takes a tokenEndpointAuthMethod other than NONE.");
		}
		String pkce = (request.pkceEnforcement() != null) ? request.pkceEnforcement() : "OPTIONAL";
		if (!PKCE.contains(pkce)) {
			throw invalid("pkceEnforcement", "pkceEnforcement must be OPTIONAL, REQUIRED or S256_REQUIRED.");
		}
		int duration = (request.refreshTokenDuration() != null) ? request.refreshTokenDuration()
				: REFRESH_TOKEN_DURATION;
		int rolling = (request.refreshTokenRollingDuration() != null) ? request.refreshTokenRollingDuration()
				: Math.max(REFRESH_TOKEN_ROLLING_DURATION, duration);
		if (duration < SHORTEST_REFRESH) {
			throw invalid("refreshTokenDuration", "refreshTokenDuration must be from 60 to 2147483647 seconds.");
		}
		if (rolling < SHORTEST_REFRESH) {
			throw invalid("refreshTokenRollingDuration",
					"refreshTokenRollingDuration must be from 60 to 2147483647 seconds.");
		}
		if (duration > rolling) {
			throw invalid("refreshTokenDuration",
					"refreshTokenDuration must be less than or equal to refreshTokenRollingDuration.");
		}
		List<String> redirectUris = uris("redirectUris", request.redirectUris());
		List<String> postLogoutRedirectUris = uris("postLogoutRedirectUris", request.postLogoutRedirectUris());
		return new Checked(grantTypes.stream().map((grant) -> grant.toLowerCase(Locale.ROOT)).toList(),
				new Application.SignOn(responseTypes, redirectUris, postLogoutRedirectUris, pkce, duration, rolling));
	}

	private static List<String> defaultResponseTypes(List<String> grantTypes) {
		List<String> types = new ArrayList<>();
		if (grantTypes.contains(AUTHORIZATION_CODE)) {
			types.add("CODE");
		}
		if (grantTypes.contains(IMPLICIT)) {
			types.add("TOKEN");
			types.add("ID_TOKEN");
		}
		return types;
	}

	/**
	 * Absolute URIs with a scheme (a native app's own scheme too), without a fragment
	 * (RFC 6749 3.1.2) or a wildcard (the stub has no
	 * {@code allowWildcardInRedirectUris}).
	 */
	private static List<String> uris(String target, List<String> uris) {
		if (uris == null) {
			return List.of();
		}
		for (String uri : uris) {
			if (!redirectable(uri)) {
				throw invalid(target,
						"Each of " + target + " must be an absolute URI without a fragment or a " + "wildcard.");
			}
		}
		return distinct(uris);
	}

	private static boolean redirectable(String value) {
		if (value.isEmpty() || value.contains("*") || value.chars().anyMatch((c) -> c <= 0x20 || c >= 0x7f)) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return uri.isAbsolute() && uri.getRawFragment() == null && !value.contains("#");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static List<String> distinct(List<String> values) {
		return List.copyOf(new LinkedHashSet<>(values));
	}

	private static ApiException invalid(String target, String message) {
		return ApiException.invalidData(ErrorDetail.invalidValue(target, message));
	}

	/**
	 * A sign-on app's checked configuration.
	 *
	 * @param grantTypes its grant types as OAuth names ({@code authorization_code}, ...)
	 * @param signOn the rest
	 */
	record Checked(List<String> grantTypes, Application.SignOn signOn) {

	}

}
