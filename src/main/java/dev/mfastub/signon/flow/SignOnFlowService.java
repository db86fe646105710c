package dev.mfastub.signon.flow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.mfastub.auth.SignOnClient;
import dev.mfastub.auth.TokenError;
import dev.mfastub.auth.UserGrant;
import dev.mfastub.auth.UserGrants;
import dev.mfastub.call.ApiCall;
import dev.mfastub.call.EventType;
import dev.mfastub.call.Journal;
import dev.mfastub.mfa.BypassUntil;
import dev.mfastub.mfa.authentication.MfaChallenges;
import dev.mfastub.mfa.authentication.MfaChallenges.Challenge;
import dev.mfastub.signon.SignOnAction;
import dev.mfastub.signon.SignOnPolicies;
import dev.mfastub.user.OneTimeCodes;
import dev.mfastub.user.PasswordSignOn;
import dev.mfastub.user.User;
import dev.mfastub.user.UserService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.CountedFailureException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-on flows: an authorize request starts one; the sign-on policy's actions are
 * its steps (LOGIN, then MULTI_FACTOR_AUTHENTICATION); the Flow API's actions walk them;
 * a completed flow ends in an authorization code, redeemed once at the token endpoint
 * ({@link UserGrants}). Everything on the environment's clock; a flow's row is locked by
 * each action, so concurrent actions on one flow take turns.
 */
@Service
@Transactional(readOnly = true)
class SignOnFlowService implements UserGrants {

	/** How long a flow lives from its start: PingOne's pages give none. */
	static final Duration LIFETIME = Duration.ofMinutes(15);

	/** How long an authorization code is good: PingOne's pages give none. */
	static final Duration CODE_LIFETIME = Duration.ofMinutes(1);

	/** How long a refresh token is good: PingOne's default refreshTokenDuration. */
	static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

	private static final String CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	private final SignOnFlowRepository flows;

	private final RefreshTokenRepository refreshTokens;

	private final SignOnPolicies policies;

	private final PasswordSignOn passwords;

	private final MfaChallenges challenges;

	private final UserService users;

	private final Journal journal;

	SignOnFlowService(SignOnFlowRepository flows, RefreshTokenRepository refreshTokens, SignOnPolicies policies,
			PasswordSignOn passwords, MfaChallenges challenges, UserService users, Journal journal) {
		this.flows = flows;
		this.refreshTokens = refreshTokens;
		this.policies = policies;
		this.passwords = passwords;
		this.challenges = challenges;
		this.users = users;
		this.journal = journal;
	}

	/**
	 * A new flow for an authorize request, at the first step of the application's sign-on
	 * policy (the one its {@code acr_values} chose, if it sent any). The stub always
	 * identifies the user by username and password first; the MFA action, if the policy
	 * has one, follows.
	 * @throws AuthorizeError when {@code acr_values} names no policy the app may use
	 */
	@Transactional
	FlowView start(ApiCall call, AuthorizeRequest request) {
		SignOnPolicies.Chosen policy = this.policies
			.choose(call.environmentId(), request.client().applicationId(), request.acrValues())
			.orElseThrow(() -> request.refuse("invalid_request", "acr_values",
					"The acr_values name no sign-on policy assigned to the application."));
		Optional<SignOnAction> mfa = policy.actions()
			.stream()
			.sorted(Comparator.comparingInt(SignOnAction::priority))
			.filter((action) -> SignOnFlow.MFA.equals(action.type()))
			.findFirst();
		List<String> steps = mfa.isPresent() ? List.of(SignOnFlow.LOGIN, SignOnFlow.MFA) : List.of(SignOnFlow.LOGIN);
		// PingOne's "Token claims": acr is the name of the sign-on policy completed.
		SignOnFlow flow = new SignOnFlow(call.environmentId(), UUID.randomUUID(), request.values(), steps,
				mfa.map(SignOnAction::deviceAuthenticationPolicyId).orElse(null),
				mfa.map(SignOnAction::noDevicesMode).orElse(null), policy.name(), call.now(),
				call.now().plus(LIFETIME));
		SignOnFlow saved = this.flows.saveAndFlush(flow);
		record(call, EventType.SIGN_ON_STARTED, saved, null);
		return new FlowView(saved, null, null, null);
	}

	/** The flow, or a 404 once it has expired or when the environment has none such. */
	FlowView one(ApiCall call, UUID id) {
		SignOnFlow flow = this.flows.findByEnvironmentIdAndId(call.environmentId(), id)
			.filter((found) -> !found.expiredAt(call.now()))
			.orElseThrow(ApiException::notFound);
		return viewOf(call, flow, null, null);
	}

	/**
	 * The Flow API's {@code usernamePassword.check}: the LOGIN action. A wrong password
	 * counts towards the password lockout and leaves the flow as it was.
	 */
	@Transactional(noRollbackFor = CountedFailureException.class)
	FlowView checkPassword(ApiCall call, UUID id, String username, String password) {
		SignOnFlow flow = lock(call, id);
		requireStatus(flow, FlowStatus.USERNAME_PASSWORD_REQUIRED, "usernamePassword.check");
		User user;
		try {
			user = this.passwords.check(call, username, password);
		}
		catch (CountedFailureException ex) {
			record(call, EventType.SIGN_ON_PASSWORD_REJECTED, flow, null);
			throw ex;
		}
		flow.identify(user.id(), call.now());
		flow.stepDone("pwd", call.now());
		record(call, EventType.SIGN_ON_PASSWORD_CHECKED, flow, null);
		return advance(call, flow, user);
	}

	/** The Flow API's {@code device.select}: a device, and a passcode sent to it. */
	@Transactional
	FlowView selectDevice(ApiCall call, UUID id, UUID deviceId) {
		SignOnFlow flow = lock(call, id);
		if (flow.status() != FlowStatus.DEVICE_SELECTION_REQUIRED && flow.status() != FlowStatus.OTP_REQUIRED) {
			throw wrongStatus(flow, "device.select");
		}
		Challenge challenge = this.challenges.select(call, flow.deviceAuthenticationId(), deviceId);
		flow.waitFor(FlowStatus.valueOf(challenge.status()), challenge.id(), call.now());
		record(call, EventType.SIGN_ON_DEVICE_SELECTED, flow, null);
		return viewOf(call, flow, challenge, null);
	}

	/**
	 * The Flow API's {@code otp.check}: the MFA action's passcode. A wrong one is counted
	 * by the device authentication rules; when they end the challenge, the flow fails.
	 */
	@Transactional(noRollbackFor = CountedFailureException.class)
	FlowView checkOtp(ApiCall call, UUID id, String otp) {
		SignOnFlow flow = lock(call, id);
		requireStatus(flow, FlowStatus.OTP_REQUIRED, "otp.check");
		try {
			this.challenges.check(call, flow.deviceAuthenticationId(), otp);
		}
		catch (CountedFailureException ex) {
			Challenge after = this.challenges.read(call, flow.deviceAuthenticationId());
			if ("FAILED".equals(after.status())) {
				fail(call, flow, "LIMIT_EXCEEDED", after.errorMessage());
			}
			// A wrong code short of that: the device authentication's journal has it.
			throw ex;
		}
		flow.stepDone("otp", call.now());
		return advance(call, flow, this.users.require(call, flow.userId()));
	}

	/**
	 * PingOne's {@code /as/resume}: a completed flow's authorization code (a new one,
	 * voiding any not yet redeemed), or a failed flow's error, for the redirect URI.
	 * @return the flow, with the new code when it completed
	 */
	@Transactional
	FlowView resume(ApiCall call, UUID id) {
		SignOnFlow flow = lock(call, id);
		if (flow.status().pending()) {
			throw ApiException
				.invalidRequest("The flow is " + flow.status() + ": it cannot resume until it completes.");
		}
		if (flow.status() == FlowStatus.FAILED) {
			return viewOf(call, flow, null, null);
		}
		if (flow.codeRedeemedAt() != null) {
			throw ApiException.invalidRequest("The flow's authorization code was already redeemed.");
		}
		return viewOf(call, flow, null, issueCode(call, flow));
	}

	@Override
	@Transactional(noRollbackFor = TokenError.class)
	public UserGrant redeemCode(ApiCall call, SignOnClient client, String code, String redirectUri,
			String codeVerifier) {
		SignOnFlow flow = this.flows.lockByEnvironmentIdAndCodeHash(call.environmentId(), OneTimeCodes.hash(code))
			.orElseThrow(() -> TokenError.invalidGrant("The authorization code is invalid or has expired."));
		if (!flow.clientId().equals(client.clientId())) {
			throw TokenError.invalidGrant("The authorization code was issued to another client.");
		}
		if (flow.codeRedeemedAt() != null) {
			// RFC 6749 section 4.1.2: a code used twice revokes what it gave.
			this.refreshTokens.revokeByFlow(call.environmentId(), flow.id(), call.now());
			record(call, EventType.SIGN_ON_CODE_REPLAYED, flow, null);
			throw TokenError.invalidGrant("The authorization code was already used: the tokens it gave are revoked.");
		}
		if (!call.now().isBefore(flow.codeExpiresAt())) {
			throw TokenError.invalidGrant("The authorization code is invalid or has expired.");
		}
		if (flow.redirectUri() != null && !flow.redirectUri().equals(redirectUri)) {
			throw TokenError.invalidGrant("The redirect_uri does not match the authorize request's.");
		}
		checkPkce(flow, codeVerifier);
		User user = this.users.find(call, flow.userId())
			.filter(User::enabled)
			.orElseThrow(() -> TokenError.invalidGrant("The user is gone or disabled."));
		flow.redeemCode(call.now());
		String refreshToken = client.grantTypes().contains("REFRESH_TOKEN") ? newRefreshToken(call, flow.id(), client,
				user.id(), flow.sessionId(), flow.scopes(), flow.amr(), flow.acr(), flow.authTime()) : null;
		record(call, EventType.SIGN_ON_CODE_REDEEMED, flow, null);
		return new UserGrant(user.id(), flow.scopes(), flow.sessionId(), flow.authTime(), flow.amr(), flow.acr(),
				flow.nonce(), refreshToken);
	}

	@Override
	@Transactional
	public UserGrant refresh(ApiCall call, SignOnClient client, String refreshToken, String scope) {
		RefreshToken token = this.refreshTokens
			.lockByEnvironmentIdAndTokenHash(call.environmentId(), OneTimeCodes.hash(refreshToken))
			.filter((found) -> found.clientId().equals(client.clientId()))
			.orElseThrow(() -> TokenError.invalidGrant("The refresh token is invalid."));
		if (!token.usableAt(call.now())) {
			throw TokenError.invalidGrant("The refresh token has expired or was revoked.");
		}
		List<String> scopes = token.scopes();
		if (scope != null && !scope.isBlank()) {
			Set<String> asked = new LinkedHashSet<>(List.of(scope.strip().split(" +")));
			if (!scopes.containsAll(asked)) {
				throw TokenError.invalidScope("The scope exceeds the scopes first granted.");
			}
			scopes = List.copyOf(asked);
		}
		User user = this.users.find(call, token.userId())
			.filter(User::enabled)
			.orElseThrow(() -> TokenError.invalidGrant("The user is gone or disabled."));
		token.revoke(call.now());
		this.refreshTokens.saveAndFlush(token);
		String next = newRefreshToken(call, token.flowId(), client, user.id(), token.sessionId(), token.scopes(),
				token.amr(), token.acr(), token.authTime());
		this.journal.record(call, EventType.SIGN_ON_TOKENS_REFRESHED, user.id(), null,
				new TokenSnapshot(client.clientId(), token.sessionId(), scopes));
		return new UserGrant(user.id(), scopes, token.sessionId(), token.authTime(), token.amr(), token.acr(), null,
				next);
	}

	/**
	 * Signs off a session: its refresh tokens are revoked.
	 * @param userId the user of the ID token hint
	 * @param sessionId its {@code sid}
	 */
	@Transactional
	void signOff(ApiCall call, UUID userId, UUID sessionId, String clientId) {
		this.refreshTokens.revokeBySession(call.environmentId(), sessionId, call.now());
		if (this.users.find(call, userId).isPresent()) {
			this.journal.record(call, EventType.SIGN_OFF, userId, null,
					new TokenSnapshot(clientId, sessionId, List.of()));
		}
	}

	/**
	 * The next step of the policy for an identified user: MFA, unless {@code mfaEnabled}
	 * is off or a bypass is active (the journal says which), or the flow completes.
	 */
	private FlowView advance(ApiCall call, SignOnFlow flow, User user) {
		if (flow.nextStep() == null) {
			return complete(call, flow);
		}
		String skip = null;
		if (!user.mfaEnabled()) {
			skip = "MFA_DISABLED";
		}
		else if (user.bypassMfaUntil() != null && new BypassUntil(user.bypassMfaUntil()).isActiveAt(call.now())) {
			skip = "BYPASS";
		}
		if (skip != null) {
			flow.stepDone(null, call.now());
			record(call, EventType.SIGN_ON_MFA_SKIPPED, flow, skip);
			return advance(call, flow, user);
		}
		Optional<Challenge> challenge = this.challenges.begin(call, user.id(), flow.mfaPolicyId());
		if (challenge.isEmpty()) {
			if ("BYPASS".equals(flow.noDevicesMode())) {
				flow.stepDone(null, call.now());
				record(call, EventType.SIGN_ON_MFA_SKIPPED, flow, "NO_USABLE_DEVICES");
				return advance(call, flow, user);
			}
			fail(call, flow, "NO_USABLE_DEVICES",
					"The user has no device that can authenticate, and the sign-on policy blocks such users.");
			return viewOf(call, flow, null, null);
		}
		flow.waitFor(FlowStatus.valueOf(challenge.get().status()), challenge.get().id(), call.now());
		record(call, EventType.SIGN_ON_MFA_STARTED, flow, null);
		return viewOf(call, flow, challenge.get(), null);
	}

	private FlowView complete(ApiCall call, SignOnFlow flow) {
		flow.complete(call.now());
		String code = flow.redirectless() ? issueCode(call, flow) : null;
		record(call, EventType.SIGN_ON_COMPLETED, flow, null);
		return viewOf(call, flow, null, code);
	}

	private void fail(ApiCall call, SignOnFlow flow, String code, String message) {
		flow.failWith(code, message, call.now());
		record(call, EventType.SIGN_ON_FAILED, flow, code);
	}

	private String issueCode(ApiCall call, SignOnFlow flow) {
		String code = OneTimeCodes.newCode(CODE_ALPHABET, 43);
		flow.issueCode(OneTimeCodes.hash(code), call.now().plus(CODE_LIFETIME), call.now());
		this.flows.saveAndFlush(flow);
		return code;
	}

	private String newRefreshToken(ApiCall call, UUID flowId, SignOnClient client, UUID userId, UUID sessionId,
			List<String> scopes, List<String> amr, String acr, Instant authTime) {
		String value = OneTimeCodes.newCode(CODE_ALPHABET, 64);
		this.refreshTokens.saveAndFlush(new RefreshToken(call.environmentId(), OneTimeCodes.hash(value), flowId,
				client.applicationId(), client.clientId(), userId, sessionId, scopes, amr, acr, authTime, call.now(),
				call.now().plus(REFRESH_LIFETIME)));
		return value;
	}

	/**
	 * RFC 7636 section 4.6: the verifier must turn into the challenge; a code issued
	 * without a challenge takes no verifier, and one issued with one needs it.
	 */
	private static void checkPkce(SignOnFlow flow, String verifier) {
		if (flow.codeChallenge() == null) {
			if (verifier != null) {
				throw TokenError.invalidGrant("The authorize request sent no code_challenge: send no code_verifier.");
			}
			return;
		}
		if (verifier == null) {
			throw TokenError
				.invalidGrant("The code_verifier is required: the authorize request sent a code_challenge.");
		}
		if (!AuthorizeRequest.PKCE_VALUE.matcher(verifier).matches()) {
			throw TokenError.invalidGrant("The code_verifier must be 43 to 128 unreserved characters.");
		}
		String expected = "S256".equals(flow.codeChallengeMethod()) ? s256(verifier) : verifier;
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				flow.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
			throw TokenError.invalidGrant("The code_verifier does not match the code_challenge.");
		}
	}

	private static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private FlowView viewOf(ApiCall call, SignOnFlow flow, Challenge challenge, String code) {
		Challenge shown = challenge;
		if (shown == null && flow.deviceAuthenticationId() != null && flow.status().pending()) {
			shown = this.challenges.read(call, flow.deviceAuthenticationId());
		}
		String username = (flow.userId() != null)
				? this.users.find(call, flow.userId()).map((user) -> user.profile().username()).orElse(null) : null;
		return new FlowView(flow, shown, code, username);
	}

	private SignOnFlow lock(ApiCall call, UUID id) {
		return this.flows.lockByEnvironmentIdAndId(call.environmentId(), id)
			.filter((found) -> !found.expiredAt(call.now()))
			.orElseThrow(ApiException::notFound);
	}

	private static void requireStatus(SignOnFlow flow, FlowStatus status, String action) {
		if (flow.status() != status) {
			throw wrongStatus(flow, action);
		}
	}

	private static ApiException wrongStatus(SignOnFlow flow, String action) {
		return ApiException
			.invalidRequest("The " + action + " action is not valid while the flow is " + flow.status() + ".");
	}

	private void record(ApiCall call, EventType type, SignOnFlow flow, String reason) {
		this.flows.saveAndFlush(flow);
		this.journal.record(call, type, flow.userId(), null, SignOnFlowSnapshot.of(flow, reason));
	}

	/**
	 * A flow as an answer shows it.
	 *
	 * @param flow the flow
	 * @param challenge its MFA challenge while one is pending, or {@code null}
	 * @param code the authorization code just issued (answered once), or {@code null}
	 * @param username the user's username once known, or {@code null}
	 */
	record FlowView(SignOnFlow flow, Challenge challenge, String code, String username) {

		@Override
		public String toString() {
			return "FlowView[" + this.flow.id() + "]";
		}

	}

	/**
	 * What the journal keeps of a flow: never a password, passcode, code or state. Each
	 * event carries the flow's start and end of life, because the start
	 * ({@code SIGN_ON_STARTED}) names no user yet: a user's events alone tell when each
	 * of its sign-ons began and whether one left pending has expired.
	 */
	record SignOnFlowSnapshot(UUID id, String clientId, String status, List<String> stepsLeft, List<String> amr,
			UUID deviceAuthentication, String error, String reason, Instant startedAt, Instant expiresAt) {

		static SignOnFlowSnapshot of(SignOnFlow flow, String reason) {
			String next = flow.nextStep();
			List<String> left = new ArrayList<>();
			if (next != null) {
				left.add(next);
			}
			return new SignOnFlowSnapshot(flow.id(), flow.clientId(), flow.status().name(), left, flow.amr(),
					flow.deviceAuthenticationId(), flow.errorCode(), reason, flow.createdAt(), flow.expiresAt());
		}

	}

	/** What the journal keeps of tokens issued or revoked: never a token. */
	record TokenSnapshot(String clientId, UUID session, List<String> scopes) {

	}

}
