package com.example.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The PingOne MFA calls the service makes, with a worker app's token. */
@Service
public class PingOneMfa {

	/** PingOne's one accepted form of an instant: milliseconds, UTC. */
	private static final DateTimeFormatter PING_INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final PingOneProperties pingOne;

	private final RestClient http = RestClient.create();

	PingOneMfa(PingOneProperties pingOne) {
		this.pingOne = pingOne;
	}

	/** Creates a user and answers its id. */
	public String createUser(String username, String email) {
		return (String) post("/users", MediaType.APPLICATION_JSON, Map.of("username", username, "email", email))
			.get("id");
	}

	public boolean mfaEnabled(String userId) {
		return (Boolean) get("/users/" + userId + "/mfaEnabled").get("mfaEnabled");
	}

	public void enableMfa(String userId, boolean enabled) {
		put("/users/" + userId + "/mfaEnabled", Map.of("mfaEnabled", enabled));
	}

	/** Lets the user sign on without MFA until then. */
	public void bypassMfaUntil(String userId, Instant until) {
		put("/users/" + userId + "/bypassMFA", Map.of("bypassMFAEnabledUntil", PING_INSTANT.format(until)));
	}

	public boolean canBypassMfa(String userId) {
		return Boolean.TRUE.equals(get("/users/" + userId + "/bypassMFA").get("canBypassMFA"));
	}

	/** Adds an EMAIL device that waits for its pairing code, and answers its id. */
	public String addEmailDevice(String userId, String email) {
		return (String) post("/users/" + userId + "/devices", MediaType.APPLICATION_JSON,
				Map.of("type", "EMAIL", "email", email, "status", "ACTIVATION_REQUIRED"))
			.get("id");
	}

	/** Pairs a device with the code the user received; answers its status. */
	public String activateDevice(String userId, String deviceId, String otp) {
		return (String) post("/users/" + userId + "/devices/" + deviceId,
				MediaType.parseMediaType("application/vnd.pingidentity.device.activate+json"), Map.of("otp", otp))
			.get("status");
	}

	/** Starts a device authentication; answers PingOne's flow, its id and status among it. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> startAuthentication(String userId) {
		return this.http.post()
			.uri(authBase() + "/deviceAuthentications")
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("user", Map.of("id", userId)))
			.retrieve()
			.body(Map.class);
	}

	/** Checks the passcode of a device authentication; answers its status. */
	public String checkOtp(String authenticationId, String otp) {
		Map<?, ?> answer = this.http.post()
			.uri(authBase() + "/deviceAuthentications/" + authenticationId)
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.parseMediaType("application/vnd.pingidentity.otp.check+json"))
			.body(Map.of("otp", otp))
			.retrieve()
			.body(Map.class);
		return (String) answer.get("status");
	}

	private String token() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		Map<?, ?> token = this.http.post()
			.uri(this.pingOne.authUrl() + "/token")
			.headers((headers) -> headers.setBasicAuth(this.pingOne.clientId(), this.pingOne.clientSecret()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		return (String) token.get("access_token");
	}

	private Map<?, ?> get(String path) {
		return this.http.get()
			.uri(environment() + path)
			.headers((headers) -> headers.setBearerAuth(token()))
			.retrieve()
			.body(Map.class);
	}

	private Map<?, ?> post(String path, MediaType type, Object body) {
		return this.http.post()
			.uri(environment() + path)
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(type)
			.body(body)
			.retrieve()
			.body(Map.class);
	}

	private void put(String path, Object body) {
		this.http.put()
			.uri(environment() + path)
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	private String environment() {
		return this.pingOne.apiUrl() + "/environments/" + this.pingOne.environmentId();
	}

	/** The device authentications live beside the auth server, on PingOne's auth host. */
	private String authBase() {
		return this.pingOne.authUrl().substring(0, this.pingOne.authUrl().length() - "/as".length());
	}

}
