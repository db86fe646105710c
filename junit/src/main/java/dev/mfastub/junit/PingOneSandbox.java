package dev.mfastub.junit;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test class's own PingOne environment in the stub: its URLs, its worker app, its
 * clock, its outbox of passcodes, its faults and its journal. Nothing another test class
 * does is seen here.
 */
public final class PingOneSandbox {

	private static final DateTimeFormatter PING_INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int OUTBOX_PAGE = 1000;

	private static final int JOURNAL_PAGE = 10000;

	private final StubHttp http;

	private final String environmentId;

	private final String clientId;

	private final String clientSecret;

	private PingOneSandbox(StubHttp http, String environmentId, String clientId, String clientSecret) {
		this.http = http;
		this.environmentId = environmentId;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	/**
	 * Makes a sandbox in the stub.
	 * @param stub the running stub
	 * @param definition the sandbox's definition (one environment of a seed file)
	 */
	@SuppressWarnings("unchecked")
	static PingOneSandbox create(StubProcess stub, String definition) {
		StubHttp http = new StubHttp(stub);
		Map<String, Object> created = Json.object(http.postJson("/__stub/environments", definition, 201));
		List<Object> applications = (List<Object>) created.get("applications");
		if (applications == null || applications.isEmpty()) {
			throw new PingOneStubException("The sandbox has no worker app to get tokens with: give its seed one.");
		}
		Map<String, Object> app = (Map<String, Object>) applications.get(0);
		return new PingOneSandbox(http, (String) created.get("id"), (String) app.get("clientId"),
				(String) app.get("clientSecret"));
	}

	/** Deletes the sandbox and everything in it. */
	void delete() {
		this.http.delete(control(""), 204);
	}

	/** @return where the stub listens, such as {@code http://127.0.0.1:PORT} */
	public String baseUrl() {
		return this.http.baseUrl();
	}

	/** @return PingOne's {@code {{apiPath}}}: {@code baseUrl() + "/v1"} */
	public String apiUrl() {
		return baseUrl() + "/v1";
	}

	/** @return the sandbox's auth server: {@code baseUrl() + "/" + environmentId() + "/as"} */
	public String authUrl() {
		return baseUrl() + "/" + this.environmentId + "/as";
	}

	/** @return the sandbox's environment id */
	public String environmentId() {
		return this.environmentId;
	}

	/** @return the client id of the sandbox's worker app */
	public String clientId() {
		return this.clientId;
	}

	/** @return the client secret of the sandbox's worker app */
	public String clientSecret() {
		return this.clientSecret;
	}

	/**
	 * A fresh token of the sandbox's worker app, from its auth server's token endpoint
	 * ({@code client_credentials}).
	 * @return the access token
	 */
	public String accessToken() {
		String basic = Base64.getEncoder()
			.encodeToString((this.clientId + ":" + this.clientSecret).getBytes(StandardCharsets.UTF_8));
		String body = this.http.send(HttpRequest.newBuilder(this.http.uri("/" + this.environmentId + "/as/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), 200);
		return (String) Json.object(body).get("access_token");
	}

	/** @return now on the sandbox's clock */
	public Instant now() {
		return Instant.parse((String) Json.object(this.http.get(control("/clock"))).get("now"));
	}

	/**
	 * Sets the sandbox's clock and stops it there, until {@link #advanceClock} moves it or
	 * {@link #resumeClock} lets it run from real time.
	 * @param now what the clock shows, to the millisecond
	 */
	public void setClock(Instant now) {
		this.http.putJson(control("/clock"), Json.write(Map.of("now", PING_INSTANT.format(now), "frozen", true)));
	}

	/**
	 * Moves the sandbox's clock forward.
	 * @param duration how far
	 */
	public void advanceClock(Duration duration) {
		this.http.postJson(control("/clock/advance"), Json.write(Map.of("duration", duration.toString())), 200);
	}

	/** Puts the sandbox's clock back on real time, running. */
	public void resumeClock() {
		this.http.delete(control("/clock"), 200);
	}

	/** @return every passcode sent in the sandbox, oldest first */
	@SuppressWarnings("unchecked")
	public List<OutboxMessage> outbox() {
		List<OutboxMessage> messages = new ArrayList<>();
		long since = 0;
		while (true) {
			Map<String, Object> page = Json.object(
					this.http.get(control("/notifications?limit=" + OUTBOX_PAGE + ((since > 0) ? "&since=" + since : ""))));
			List<Object> notifications = (List<Object>) page.get("notifications");
			notifications.forEach((json) -> messages.add(OutboxMessage.of((Map<String, Object>) json)));
			if (notifications.size() < OUTBOX_PAGE) {
				return messages;
			}
			since = messages.get(messages.size() - 1).id();
		}
	}

	/**
	 * The newest passcode sent to a user.
	 * @param userId the user
	 * @return the code, if one was sent
	 */
	public Optional<String> lastPasscode(String userId) {
		List<OutboxMessage> messages = outbox();
		for (int i = messages.size() - 1; i >= 0; i--) {
			if (userId.equals(messages.get(i).userId())) {
				return Optional.ofNullable(messages.get(i).otp());
			}
		}
		return Optional.empty();
	}

	/** @return every change recorded in the sandbox, oldest first */
	@SuppressWarnings("unchecked")
	public List<JournalEvent> journal() {
		List<JournalEvent> events = new ArrayList<>();
		long since = 0;
		while (true) {
			Map<String, Object> page = Json
				.object(this.http.get(control("/events?limit=" + JOURNAL_PAGE + ((since > 0) ? "&since=" + since : ""))));
			List<Object> json = (List<Object>) page.get("events");
			json.forEach((event) -> events.add(JournalEvent.of((Map<String, Object>) event)));
			if (json.size() < JOURNAL_PAGE) {
				return events;
			}
			since = events.get(events.size() - 1).id();
		}
	}

	/**
	 * Adds a fault to the sandbox's, after those it has.
	 * @param fault what to inject, such as {@code Fault.on("/v1/**").status(503).times(1)}
	 */
	@SuppressWarnings("unchecked")
	public void injectFault(Fault fault) {
		List<Object> rules = new ArrayList<>();
		for (Object current : (List<Object>) Json.object(this.http.get(control("/faults"))).get("rules")) {
			Map<String, Object> rule = new LinkedHashMap<>((Map<String, Object>) current);
			Object remaining = rule.remove("remaining");
			rule.remove("evaluations");
			if (remaining != null) {
				rule.put("times", remaining);
			}
			rule.values().removeIf((value) -> value == null);
			rules.add(rule);
		}
		rules.add(fault.toJson());
		this.http.putJson(control("/faults"), Json.write(rules));
	}

	/** Removes every fault of the sandbox. */
	public void clearFaults() {
		this.http.delete(control("/faults"), 204);
	}

	/**
	 * Puts the sandbox back to how it was created: its users, apps, clock, faults, outbox
	 * and journal. Its worker app keeps its credentials.
	 */
	public void reset() {
		this.http.post(control("/reset"), 204);
	}

	private String control(String path) {
		return "/__stub/environments/" + URLEncoder.encode(this.environmentId, StandardCharsets.UTF_8) + path;
	}

	@Override
	public String toString() {
		return "PingOneSandbox[" + this.environmentId + " at " + baseUrl() + "]";
	}

}
