package dev.mfastub.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;

/**
 * Worker-app tokens for tests, fetched through the real token endpoint and reused while
 * they are valid on the test clock (fetching costs a secret hash check).
 */
public final class Tokens {

	/**
	 * The built-in seed's admin worker app (Organization Admin, Environment Admin,
	 * Identity Data Admin).
	 */
	public static final String ADMIN_CLIENT = "6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01";

	public static final String ADMIN_SECRET = "stub-admin-secret";

	/** The built-in seed's read-only worker app (Identity Data Read Only). */
	public static final String READ_ONLY_CLIENT = "6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a02";

	public static final String READ_ONLY_SECRET = "stub-readonly-secret";

	private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

	private Tokens() {
	}

	/**
	 * A token of a worker app, valid at {@code now}.
	 * @param port the stub's port
	 * @param environmentId the environment whose auth server issues it
	 * @param clientId the app
	 * @param secret its secret
	 * @param now the test clock's instant
	 * @return the access token
	 */
	public static String of(int port, String environmentId, String clientId, String secret, Instant now) {
		String key = port + "/" + environmentId + "/" + clientId;
		Cached cached = CACHE.get(key);
		if (cached != null && !now.isBefore(cached.issuedAt()) && now.isBefore(cached.expiresAt())) {
			return cached.token();
		}
		String token = fetch(port, environmentId, clientId, secret);
		JsonDocument claims = JsonDocument
			.parse(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
					java.nio.charset.StandardCharsets.UTF_8));
		CACHE.put(key, new Cached(token, Instant.ofEpochSecond(claims.getLong("iat")),
				Instant.ofEpochSecond(claims.getLong("exp"))));
		return token;
	}

	/** A token straight from the token endpoint, never cached. */
	public static String fetch(int port, String environmentId, String clientId, String secret) {
		return JsonDocument
			.of(RestAssured.given()
				.baseUri("http://localhost")
				.port(port)
				.formParam("grant_type", "client_credentials")
				.formParam("client_id", clientId)
				.formParam("client_secret", secret)
				.post("/" + environmentId + "/as/token")
				.then()
				.statusCode(200)
				.extract())
			.get("access_token");
	}

	private record Cached(String token, Instant issuedAt, Instant expiresAt) {

	}

}
