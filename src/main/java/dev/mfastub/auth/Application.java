package dev.mfastub.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An application of one environment's auth server: a worker app, with a hashed secret and
 * the role assignments its tokens act with ({@link RoleAssignment}), or an OIDC sign-on
 * app ({@code WEB_APP}, {@code SINGLE_PAGE_APP}, {@code NATIVE_APP}) with its redirect
 * URIs, response types and PKCE rule.
 */
@Entity
@Table(name = "applications")
public class Application {

	/** What any client id is made of: RFC 6749's VSCHAR (appendix A.1). */
	public static final String CLIENT_ID_PATTERN = "^[\\x20-\\x7e]*$";

	private static final Pattern CLIENT_ID = Pattern.compile(CLIENT_ID_PATTERN);

	/** The grant a worker app uses. */
	public static final String CLIENT_CREDENTIALS = "client_credentials";

	@Id
	private UUID id;

	@Column(name = "environment_id", nullable = false, updatable = false)
	private UUID environmentId;

	@Column(name = "client_id", nullable = false, updatable = false)
	private String clientId;

	@Column(nullable = false)
	private String name;

	@Column(name = "secret_hash", nullable = false)
	private String secretHash;

	/** Grant types, comma-separated. */
	@Column(name = "grant_types", nullable = false)
	private String grantTypes;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	private String description;

	@Column(name = "token_endpoint_auth_method", nullable = false)
	private String tokenEndpointAuthMethod = "CLIENT_SECRET_BASIC";

	@Column(name = "updated_at")
	private Instant updatedAt;

	/**
	 * The secret in the clear, for apps made through the API, whose secret PingOne's API
	 * reads back; {@code null} for seeded and sandbox apps, which keep only the hash.
	 */
	private String secret;

	/** {@code WORKER}, {@code WEB_APP}, {@code SINGLE_PAGE_APP} or {@code NATIVE_APP}. */
	@Column(nullable = false, updatable = false)
	private String type = "WORKER";

	/** Response types, comma-separated; {@code null} for workers. */
	@Column(name = "response_types")
	private String responseTypes;

	/** Newline-separated; {@code null} for workers. */
	@Column(name = "redirect_uris")
	private String redirectUris;

	/** Newline-separated; {@code null} for workers. */
	@Column(name = "post_logout_redirect_uris")
	private String postLogoutRedirectUris;

	@Column(name = "pkce_enforcement")
	private String pkceEnforcement;

	@Column(name = "refresh_token_duration")
	private Integer refreshTokenDuration;

	@Column(name = "refresh_token_rolling_duration")
	private Integer refreshTokenRollingDuration;

	/** The replaced secret in the clear, while it is still valid and was known. */
	@Column(name = "previous_secret")
	private String previousSecret;

	@Column(name = "previous_secret_hash")
	private String previousSecretHash;

	@Column(name = "previous_secret_expires_at")
	private Instant previousSecretExpiresAt;

	protected Application() {
	}

	Application(UUID environmentId, String clientId, String name, String secretHash, List<String> grantTypes,
			boolean enabled, Instant now) {
		this.id = UUID.randomUUID();
		this.environmentId = environmentId;
		this.clientId = clientId;
		this.name = name;
		this.secretHash = secretHash;
		this.grantTypes = String.join(",", grantTypes);
		this.enabled = enabled;
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID environmentId() {
		return this.environmentId;
	}

	public String clientId() {
		return this.clientId;
	}

	public String name() {
		return this.name;
	}

	String secretHash() {
		return this.secretHash;
	}

	/**
	 * Whether an app could have this client id. One no app can have (a NUL in it, say,
	 * which PostgreSQL cannot even compare) is never looked up.
	 * @param clientId a client id as presented
	 * @return whether it is at most 128 VSCHARs
	 */
	static boolean possibleClientId(String clientId) {
		return clientId != null && clientId.length() <= 128 && CLIENT_ID.matcher(clientId).matches();
	}

	public List<String> grantTypes() {
		return List.of(this.grantTypes.split(","));
	}

	public boolean enabled() {
		return this.enabled;
	}

	public String description() {
		return this.description;
	}

	/** {@code CLIENT_SECRET_BASIC} or {@code CLIENT_SECRET_POST}. */
	public String tokenEndpointAuthMethod() {
		return this.tokenEndpointAuthMethod;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return (this.updatedAt != null) ? this.updatedAt : this.createdAt;
	}

	/** The secret in the clear, when the app was made through the API; else empty. */
	Optional<String> secret() {
		return Optional.ofNullable(this.secret);
	}

	/** Keeps the secret readable, as PingOne's API reads it back. */
	void keepSecret(String secret) {
		this.secret = secret;
	}

	/**
	 * Sets what PingOne's application API changes.
	 * @param name its name
	 * @param description its description, or {@code null}
	 * @param enabled whether its tokens work
	 * @param tokenEndpointAuthMethod its client authentication
	 * @param now when
	 */
	void describe(String name, String description, boolean enabled, String tokenEndpointAuthMethod, Instant now) {
		this.name = name;
		this.description = description;
		this.enabled = enabled;
		this.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
		this.updatedAt = now;
	}

	/** {@code WORKER}, {@code WEB_APP}, {@code SINGLE_PAGE_APP} or {@code NATIVE_APP}. */
	public String type() {
		return this.type;
	}

	/** Whether it is a worker app (as every app before OIDC sign-on apps was). */
	public boolean worker() {
		return "WORKER".equals(this.type);
	}

	/**
	 * Its response types as PingOne names them ({@code CODE}, ...); empty for workers.
	 */
	public List<String> responseTypes() {
		return split(this.responseTypes, ",");
	}

	public List<String> redirectUris() {
		return split(this.redirectUris, "\n");
	}

	public List<String> postLogoutRedirectUris() {
		return split(this.postLogoutRedirectUris, "\n");
	}

	/**
	 * {@code OPTIONAL}, {@code REQUIRED} or {@code S256_REQUIRED}; {@code null} for
	 * workers.
	 */
	public String pkceEnforcement() {
		return this.pkceEnforcement;
	}

	public Integer refreshTokenDuration() {
		return this.refreshTokenDuration;
	}

	public Integer refreshTokenRollingDuration() {
		return this.refreshTokenRollingDuration;
	}

	/** The replaced secret's hash, while it is valid at {@code now}. */
	Optional<String> previousSecretHash(Instant now) {
		return previousValid(now) ? Optional.of(this.previousSecretHash) : Optional.empty();
	}

	/** The replaced secret in the clear, while it is valid at {@code now} and known. */
	Optional<String> previousSecret(Instant now) {
		return previousValid(now) ? Optional.ofNullable(this.previousSecret) : Optional.empty();
	}

	/** When the replaced secret stops, while it is valid at {@code now}. */
	Optional<Instant> previousSecretExpiresAt(Instant now) {
		return previousValid(now) ? Optional.of(this.previousSecretExpiresAt) : Optional.empty();
	}

	private boolean previousValid(Instant now) {
		return this.previousSecretHash != null && this.previousSecretExpiresAt != null
				&& now.isBefore(this.previousSecretExpiresAt);
	}

	/**
	 * Makes this a sign-on app of a type, on creation.
	 * @param type {@code WEB_APP}, {@code SINGLE_PAGE_APP} or {@code NATIVE_APP}
	 */
	void signOnApp(String type) {
		this.type = type;
	}

	/**
	 * Sets what PingOne's application API changes on a sign-on app.
	 * @param grantTypes its grant types as OAuth names ({@code authorization_code}, ...)
	 * @param signOn the rest
	 */
	void configureSignOn(List<String> grantTypes, SignOn signOn) {
		this.grantTypes = String.join(",", grantTypes);
		this.responseTypes = String.join(",", signOn.responseTypes());
		this.redirectUris = String.join("\n", signOn.redirectUris());
		this.postLogoutRedirectUris = String.join("\n", signOn.postLogoutRedirectUris());
		this.pkceEnforcement = signOn.pkceEnforcement();
		this.refreshTokenDuration = signOn.refreshTokenDuration();
		this.refreshTokenRollingDuration = signOn.refreshTokenRollingDuration();
	}

	/**
	 * Replaces the secret (PingOne's "Update Application Secret").
	 * @param secret the new secret in the clear
	 * @param hash its hash
	 * @param previousExpiresAt until when the replaced one stays valid, or {@code null}
	 * when it stops at once
	 */
	void rotateSecret(String secret, String hash, Instant previousExpiresAt) {
		if (previousExpiresAt != null) {
			this.previousSecret = this.secret;
			this.previousSecretHash = this.secretHash;
			this.previousSecretExpiresAt = previousExpiresAt;
		}
		else {
			this.previousSecret = null;
			this.previousSecretHash = null;
			this.previousSecretExpiresAt = null;
		}
		this.secret = secret;
		this.secretHash = hash;
	}

	private static List<String> split(String joined, String separator) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split(separator));
	}

	/**
	 * What a sign-on app has beyond a worker's.
	 *
	 * @param responseTypes {@code CODE}, {@code TOKEN}, {@code ID_TOKEN}
	 * @param redirectUris where authorize may send the browser back
	 * @param postLogoutRedirectUris where signoff may send it
	 * @param pkceEnforcement {@code OPTIONAL}, {@code REQUIRED} or {@code S256_REQUIRED}
	 * @param refreshTokenDuration seconds
	 * @param refreshTokenRollingDuration seconds
	 */
	record SignOn(List<String> responseTypes, List<String> redirectUris, List<String> postLogoutRedirectUris,
			String pkceEnforcement, Integer refreshTokenDuration, Integer refreshTokenRollingDuration) {

	}

	@Override
	public String toString() {
		// Never the secret or its hash.
		return "Application[" + this.clientId + " of " + this.environmentId + "]";
	}

}
