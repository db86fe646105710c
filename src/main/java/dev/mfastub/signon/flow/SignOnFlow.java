package dev.mfastub.signon.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.mfastub.environment.EnvironmentScopedEntity;
import dev.mfastub.environment.EnvironmentScopedId;

/**
 * One sign-on flow: an authorize request, the steps its sign-on policy asks for, the user
 * once known, how they authenticated, and the authorization code it ends in (its hash
 * only: the code itself is answered once).
 */
@Entity
@Table(name = "sign_on_flows")
@IdClass(EnvironmentScopedId.class)
class SignOnFlow extends EnvironmentScopedEntity {

	static final String LOGIN = "LOGIN";

	static final String MFA = "MULTI_FACTOR_AUTHENTICATION";

	@Column(name = "application_id", nullable = false, updatable = false)
	private UUID applicationId;

	@Column(name = "client_id", nullable = false, updatable = false)
	private String clientId;

	@Column(name = "redirect_uri", updatable = false)
	private String redirectUri;

	@Column(name = "response_mode", nullable = false, updatable = false)
	private String responseMode;

	@Column(nullable = false, updatable = false)
	private String scope;

	@Column(updatable = false)
	private String state;

	@Column(updatable = false)
	private String nonce;

	@Column(name = "code_challenge", updatable = false)
	private String codeChallenge;

	@Column(name = "code_challenge_method", updatable = false)
	private String codeChallengeMethod;

	@Column(name = "login_hint", updatable = false)
	private String loginHint;

	/** The policy's steps still to do, comma-separated, in order. */
	@Column(nullable = false)
	private String steps;

	@Column(name = "mfa_policy_id", updatable = false)
	private UUID mfaPolicyId;

	@Column(name = "no_devices_mode", updatable = false)
	private String noDevicesMode;

	@Column(updatable = false)
	private String acr;

	@Column(name = "session_id", nullable = false, updatable = false)
	private UUID sessionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FlowStatus status;

	@Column(name = "user_id")
	private UUID userId;

	@Column(name = "device_authentication_id")
	private UUID deviceAuthenticationId;

	/** How the user authenticated so far, comma-separated {@code amr} values. */
	@Column
	private String amr;

	@Column(name = "auth_time")
	private Instant authTime;

	@Column(name = "error_code")
	private String errorCode;

	@Column(name = "error_message")
	private String errorMessage;

	@Column(name = "code_hash")
	private String codeHash;

	@Column(name = "code_expires_at")
	private Instant codeExpiresAt;

	@Column(name = "code_redeemed_at")
	private Instant codeRedeemedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	protected SignOnFlow() {
	}

	SignOnFlow(UUID environmentId, UUID id, AuthorizeValues request, List<String> steps, UUID mfaPolicyId,
			String noDevicesMode, String acr, Instant now, Instant expiresAt) {
		super(environmentId, id);
		this.applicationId = request.applicationId();
		this.clientId = request.clientId();
		this.redirectUri = request.redirectUri();
		this.responseMode = request.responseMode();
		this.scope = String.join(" ", request.scopes());
		this.state = request.state();
		this.nonce = request.nonce();
		this.codeChallenge = request.codeChallenge();
		this.codeChallengeMethod = request.codeChallengeMethod();
		this.loginHint = request.loginHint();
		this.steps = String.join(",", steps);
		this.mfaPolicyId = mfaPolicyId;
		this.noDevicesMode = noDevicesMode;
		this.acr = acr;
		this.sessionId = UUID.randomUUID();
		this.status = FlowStatus.USERNAME_PASSWORD_REQUIRED;
		this.createdAt = now;
		this.updatedAt = now;
		this.expiresAt = expiresAt;
	}

	/** The next step of the policy, or {@code null} when none is left. */
	String nextStep() {
		return this.steps.isEmpty() ? null : this.steps.split(",")[0];
	}

	/** The next step is done (or skipped). */
	void stepDone(String amrValue, Instant now) {
		List<String> left = new ArrayList<>(Arrays.asList(this.steps.split(",")));
		left.remove(0);
		this.steps = String.join(",", left);
		if (amrValue != null) {
			List<String> used = new ArrayList<>(amr());
			used.add(amrValue);
			if ("otp".equals(amrValue) && used.contains("pwd")) {
				// RFC 8176: a password and a passcode are multiple factors.
				used.add("mfa");
			}
			this.amr = String.join(",", used);
			this.authTime = now;
		}
		this.updatedAt = now;
	}

	void identify(UUID userId, Instant now) {
		this.userId = userId;
		this.updatedAt = now;
	}

	void waitFor(FlowStatus status, UUID deviceAuthenticationId, Instant now) {
		this.status = status;
		this.deviceAuthenticationId = deviceAuthenticationId;
		this.updatedAt = now;
	}

	void complete(Instant now) {
		this.status = FlowStatus.COMPLETED;
		this.updatedAt = now;
	}

	void failWith(String code, String message, Instant now) {
		this.status = FlowStatus.FAILED;
		this.errorCode = code;
		this.errorMessage = message;
		this.updatedAt = now;
	}

	/** A new code for the completed flow; any earlier one not redeemed is void. */
	void issueCode(String hash, Instant expiresAt, Instant now) {
		this.codeHash = hash;
		this.codeExpiresAt = expiresAt;
		this.updatedAt = now;
	}

	void redeemCode(Instant now) {
		this.codeRedeemedAt = now;
		this.updatedAt = now;
	}

	UUID applicationId() {
		return this.applicationId;
	}

	String clientId() {
		return this.clientId;
	}

	String redirectUri() {
		return this.redirectUri;
	}

	boolean redirectless() {
		return AuthorizeRequest.PI_FLOW.equals(this.responseMode);
	}

	List<String> scopes() {
		return List.of(this.scope.split(" "));
	}

	String state() {
		return this.state;
	}

	String nonce() {
		return this.nonce;
	}

	String codeChallenge() {
		return this.codeChallenge;
	}

	String codeChallengeMethod() {
		return this.codeChallengeMethod;
	}

	String loginHint() {
		return this.loginHint;
	}

	UUID mfaPolicyId() {
		return this.mfaPolicyId;
	}

	String noDevicesMode() {
		return this.noDevicesMode;
	}

	String acr() {
		return this.acr;
	}

	UUID sessionId() {
		return this.sessionId;
	}

	FlowStatus status() {
		return this.status;
	}

	UUID userId() {
		return this.userId;
	}

	UUID deviceAuthenticationId() {
		return this.deviceAuthenticationId;
	}

	List<String> amr() {
		return (this.amr == null || this.amr.isEmpty()) ? List.of() : List.of(this.amr.split(","));
	}

	Instant authTime() {
		return this.authTime;
	}

	String errorCode() {
		return this.errorCode;
	}

	String errorMessage() {
		return this.errorMessage;
	}

	String codeHash() {
		return this.codeHash;
	}

	Instant codeExpiresAt() {
		return this.codeExpiresAt;
	}

	Instant codeRedeemedAt() {
		return this.codeRedeemedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		// Never the code's hash, the state or the nonce.
		return "SignOnFlow[id=" + id() + ", status=" + this.status + "]";
	}

	/**
	 * What a flow keeps of its authorize request. The entity takes these values, not the
	 * request itself: Spring Data's AOT processing walks every type an entity's
	 * constructors reach, and the request's refusals are exceptions it cannot map.
	 */
	record AuthorizeValues(UUID applicationId, String clientId, String redirectUri, String responseMode,
			List<String> scopes, String state, String nonce, String codeChallenge, String codeChallengeMethod,
			String loginHint) {

	}

}
