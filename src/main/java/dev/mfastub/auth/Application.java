package dev.mfastub.auth;

import java.time.Instant;
import java.util.List;
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

}
