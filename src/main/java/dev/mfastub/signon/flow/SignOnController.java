package dev.mfastub.signon.flow;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.auth.SignOnClient;
import dev.mfastub.auth.SignOnClients;
import dev.mfastub.auth.UserTokens;
import dev.mfastub.auth.UserTokens.UserClaims;
import dev.mfastub.call.ApiCall;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.user.User;
import dev.mfastub.user.UserService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.FormParameters;
import dev.mfastub.web.Uuids;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sign-on endpoints of each environment's auth server, at PingOne's paths:
 * {@code /{envID}/as/authorize}, {@code /resume}, {@code /userinfo} and {@code /signoff}.
 * (The token endpoint is {@code auth}'s; its user grants are answered here, through
 * {@code UserGrants}.)
 */
@RestController
@Tag(name = "Sign-on")
@RequestMapping("/{environmentId}/as")
class SignOnController {

	private final SignOnFlowService flows;

	private final SignOnClients clients;

	private final EnvironmentService environments;

	private final UserTokens tokens;

	private final UserService users;

	SignOnController(SignOnFlowService flows, SignOnClients clients, EnvironmentService environments, UserTokens tokens,
			UserService users) {
		this.flows = flows;
		this.clients = clients;
		this.environments = environments;
		this.tokens = tokens;
		this.users = users;
	}

	/**
	 * PingOne's "Authorize (Authorization Code)" and "Authorize (pi.flow)": a new flow,
	 * answered as JSON with {@code response_mode=pi.flow}, else the browser is sent to
	 * the sign-on pages.
	 */
	@RequestMapping(path = "/authorize", method = { RequestMethod.GET, RequestMethod.POST })
	@ApiResponse(responseCode = "200", description = "The flow (response_mode=pi.flow)",
			content = @Content(schema = @Schema(implementation = FlowResponse.class)))
	@ApiResponse(responseCode = "302", description = "To the sign-on pages; or an error to the registered redirect_uri",
			headers = @Header(name = "Location"), content = @Content)
	ResponseEntity<Object> authorize(ApiCall call, HttpServletRequest request,
			@Parameter(description = "code") @RequestParam(name = "response_type",
					required = false) String responseType,
			@Parameter(description = "An OIDC application's client id") @RequestParam(name = "client_id",
					required = false) String clientId,
			@Parameter(description = "One of the application's redirect URIs, exactly") @RequestParam(
					name = "redirect_uri", required = false) String redirectUri,
			@Parameter(description = "openid and profile, email, address, phone") @RequestParam(
					required = false) String scope,
			@RequestParam(required = false) String state, @RequestParam(required = false) String nonce,
			@Parameter(description = "query or pi.flow") @RequestParam(name = "response_mode",
					required = false) String responseMode,
			@RequestParam(name = "code_challenge", required = false) String codeChallenge,
			@Parameter(description = "S256 or plain") @RequestParam(name = "code_challenge_method",
					required = false) String codeChallengeMethod,
			@Parameter(description = "login or consent") @RequestParam(required = false) String prompt,
			@RequestParam(name = "max_age", required = false) String maxAge,
			@RequestParam(name = "login_hint", required = false) String loginHint,
			@Parameter(description = "sign-on policy names, space-separated, in order of preference") @RequestParam(
					name = "acr_values", required = false) String acrValues) {
		this.environments.require(call.environmentId());
		if ("POST".equals(request.getMethod()) && !isForm(request)) {
			throw ApiException.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}
		SignOnFlowService.FlowView flow;
		try {
			AuthorizeRequest authorize = AuthorizeRequest.read(call.environmentId(),
					FormParameters.of(request,
							() -> ApiException.invalidRequest("The request's parameters could not be decoded.")),
					this.clients);
			flow = this.flows.start(call, authorize);
		}
		catch (AuthorizeError error) {
			return refused(error);
		}
		if (flow.flow().redirectless()) {
			return noStore(ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON)
				.body(FlowResponse.of(call, flow));
		}
		return noStore(ResponseEntity.status(HttpStatus.FOUND))
			.location(URI.create(call.baseUrl() + "/" + call.environmentId() + "/signon/?flowId=" + flow.flow().id()))
			.build();
	}

	/**
	 * PingOne's "Resume": a completed flow back to its client, with the authorization
	 * code and state; a failed one with {@code access_denied}.
	 */
	@GetMapping("/resume")
	@ApiResponse(responseCode = "302", description = "To the redirect_uri with code and state, or the error",
			headers = @Header(name = "Location"), content = @Content)
	@ApiResponse(responseCode = "200", description = "A pi.flow flow, with its authorizeResponse",
			content = @Content(schema = @Schema(implementation = FlowResponse.class)))
	ResponseEntity<Object> resume(ApiCall call, @RequestParam UUID flowId) {
		SignOnFlowService.FlowView view = this.flows.resume(call, flowId);
		SignOnFlow flow = view.flow();
		if (flow.redirectless() || flow.redirectUri() == null) {
			return noStore(ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON)
				.body(FlowResponse.of(call, view));
		}
		UriComponentsBuilder target = UriComponentsBuilder.fromUriString(flow.redirectUri());
		if (flow.status() == FlowStatus.FAILED) {
			target.queryParam("error", "access_denied").queryParam("error_description", flow.errorMessage());
		}
		else {
			target.queryParam("code", view.code());
		}
		if (flow.state() != null) {
			target.queryParam("state", flow.state());
		}
		return noStore(ResponseEntity.status(HttpStatus.FOUND)).location(target.encode().build().toUri()).build();
	}

	/**
	 * PingOne's "Userinfo": the claims of the user an access token was issued for, as its
	 * scopes allow.
	 */
	@RequestMapping(path = "/userinfo", method = { RequestMethod.GET, RequestMethod.POST })
	@ApiResponse(responseCode = "200", description = "The user's claims")
	@ApiResponse(responseCode = "401", description = "No valid user access token (WWW-Authenticate: Bearer)",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorBody")))
	@ApiResponse(responseCode = "403", description = "The token has no openid scope",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorBody")))
	ResponseEntity<UserInfo> userinfo(ApiCall call, HttpServletRequest request) {
		List<String> headers = java.util.Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
		String header = (headers.size() == 1) ? headers.get(0) : null;
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw unauthorized(headers.isEmpty() ? "Bearer" : "Bearer error=\"invalid_request\"",
					"An access token is required: send Authorization: Bearer <token>.");
		}
		UserClaims claims = this.tokens.verifyAccessToken(call.environmentId(), header.substring(7).trim())
			.orElseThrow(() -> unauthorized("Bearer error=\"invalid_token\"",
					"The access token is invalid or has expired."));
		User user = this.users.find(call, claims.userId())
			.filter(User::enabled)
			.orElseThrow(() -> unauthorized("Bearer error=\"invalid_token\"", "The token's user is gone or disabled."));
		if (!claims.scopes().contains("openid")) {
			HttpHeaders challenge = new HttpHeaders();
			challenge.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"openid\"");
			throw ApiException
				.accessFailed(HttpStatus.FORBIDDEN,
						new ErrorDetail("INSUFFICIENT_PERMISSIONS", null, "The token has no openid scope.", null))
				.withHeaders(challenge);
		}
		return noStore(ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON)
			.body(UserInfo.of(call, user, claims.scopes()));
	}

	/**
	 * PingOne's "Signoff": ends the session an ID token names (its refresh tokens are
	 * revoked), then back to a registered {@code post_logout_redirect_uri}.
	 */
	@GetMapping("/signoff")
	@ApiResponse(responseCode = "302", description = "To the registered post_logout_redirect_uri, with state",
			headers = @Header(name = "Location"), content = @Content)
	@ApiResponse(responseCode = "200", description = "Signed off, no redirect asked",
			content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
	ResponseEntity<String> signoff(ApiCall call,
			@RequestParam(name = "id_token_hint", required = false) String idTokenHint,
			@RequestParam(name = "post_logout_redirect_uri", required = false) String postLogoutRedirectUri,
			@RequestParam(required = false) String state) {
		this.environments.require(call.environmentId());
		if (idTokenHint == null || idTokenHint.isEmpty()) {
			throw ApiException.invalidData(ErrorDetail.requiredValue("id_token_hint"));
		}
		UserClaims claims = this.tokens.readIdTokenHint(call.environmentId(), idTokenHint)
			.orElseThrow(() -> ApiException.invalidData(ErrorDetail.invalidValue("id_token_hint",
					"The id_token_hint is not an ID token of this environment.")));
		Optional<SignOnClient> client = this.clients.find(call.environmentId(), claims.clientId());
		if (postLogoutRedirectUri != null
				&& client.map((found) -> !found.postLogoutRedirectUris().contains(postLogoutRedirectUri))
					.orElse(true)) {
			throw ApiException.invalidData(ErrorDetail.invalidValue("post_logout_redirect_uri",
					"The post_logout_redirect_uri is not one the application registered."));
		}
		UUID session = Uuids.parseOrNull(claims.sessionId());
		if (session != null) {
			this.flows.signOff(call, claims.userId(), session, claims.clientId());
		}
		if (postLogoutRedirectUri == null) {
			return noStore(ResponseEntity.ok()).contentType(MediaType.TEXT_HTML)
				.body("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signed off</title></head>"
						+ "<body><p>You have signed off.</p></body></html>");
		}
		UriComponentsBuilder target = UriComponentsBuilder.fromUriString(postLogoutRedirectUri);
		if (state != null) {
			target.queryParam("state", state);
		}
		return noStore(ResponseEntity.status(HttpStatus.FOUND)).location(target.encode().build().toUri()).build();
	}

	/**
	 * An authorize error: to the registered redirect URI, or, without one or for
	 * {@code pi.flow}, in PingOne's error body.
	 */
	private static ResponseEntity<Object> refused(AuthorizeError error) {
		if (error.redirectless() || error.redirectUri() == null) {
			throw ApiException
				.invalidData(ErrorDetail.invalidValue(error.parameter(), error.error() + ": " + error.getMessage()));
		}
		UriComponentsBuilder target = UriComponentsBuilder.fromUriString(error.redirectUri())
			.queryParam("error", error.error())
			.queryParam("error_description", error.getMessage());
		if (error.state() != null) {
			target.queryParam("state", error.state());
		}
		return noStore(ResponseEntity.status(HttpStatus.FOUND)).location(target.encode().build().toUri()).build();
	}

	private static ApiException unauthorized(String challenge, String message) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		return ApiException.accessFailed(HttpStatus.UNAUTHORIZED, new ErrorDetail("INVALID_TOKEN", null, message, null))
			.withHeaders(headers);
	}

	private static boolean isForm(HttpServletRequest request) {
		try {
			return request.getContentType() != null && MediaType.APPLICATION_FORM_URLENCODED
				.equalsTypeAndSubtype(MediaType.parseMediaType(request.getContentType()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static <T> ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder response) {
		return response.cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache");
	}

}
