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
 * A worker app: a client of one environment's auth server, with a hashed secret and the
 * role assignments its tokens act with ({@link RoleAssignment}).
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

	@Override
	public String toString() {
		// Never the secret or its hash.
		return "Application[" + this.clientId + " of " + this.environmentId + "]";
	}

}
