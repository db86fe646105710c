package dev.mfastub.support;

/**
 * A sandbox environment a test created through the control plane: its id, the body the
 * control plane answered (secrets included), and the current token of its first app.
 */
public final class Sandbox {

	private final String id;

	private final JsonDocument created;

	private String token;

	Sandbox(String id, JsonDocument created) {
		this.id = id;
		this.created = created;
	}

	public String id() {
		return this.id;
	}

	/** The body of {@code POST /__stub/environments}. */
	public JsonDocument created() {
		return this.created;
	}

	public String clientId() {
		return clientId(0);
	}

	public String clientSecret() {
		return clientSecret(0);
	}

	public String clientId(int app) {
		return this.created.getString("applications[" + app + "].clientId");
	}

	public String clientSecret(int app) {
		return this.created.getString("applications[" + app + "].clientSecret");
	}

	/** The token of the first app, fetched when the clock was last set by the test. */
	public String token() {
		return this.token;
	}

	void token(String token) {
		this.token = token;
	}

	/** {@code /v1/environments/{id}/users}. */
	public String users() {
		return "/v1/environments/" + this.id + "/users";
	}

	/** {@code /v1/environments/{id}/users/{userId}}. */
	public String user(String userId) {
		return users() + "/" + userId;
	}

	/** {@code /__stub/environments/{id}}. */
	public String control() {
		return "/__stub/environments/" + this.id;
	}

	/** {@code /{id}/as/token}. */
	public String tokenPath() {
		return "/" + this.id + "/as/token";
	}

}
