package dev.mfastub.junit;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each method of {@link PingOneSandbox}, against the real stub the dependency brings. */
@PingOneStubTest
class PingOneSandboxTest {

	private final PingOneSandbox sandbox;

	PingOneSandboxTest(PingOneSandbox sandbox) {
		this.sandbox = sandbox;
	}

	@Test
	void shouldNameTheStubsUrlsAndTheSandboxsEnvironment() {
		assertThat(this.sandbox.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
		assertThat(this.sandbox.apiUrl()).isEqualTo(this.sandbox.baseUrl() + "/v1");
		assertThat(this.sandbox.environmentId())
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(this.sandbox.authUrl())
			.isEqualTo(this.sandbox.baseUrl() + "/" + this.sandbox.environmentId() + "/as");
	}

	@Test
	void shouldGiveAWorkerTokenThatReadsTheSandboxsUsers(PingOneSandbox injected) {
		assertThat(injected).isSameAs(this.sandbox);
		assertThat(this.sandbox.clientId()).isNotBlank();
		assertThat(this.sandbox.clientSecret()).isNotBlank();

		HttpResponse<String> users = Calls.get(this.sandbox, "/environments/" + this.sandbox.environmentId() + "/users");

		assertThat(users.statusCode()).isEqualTo(200);
		assertThat(this.sandbox.accessToken()).isNotEqualTo(this.sandbox.accessToken().substring(1));
	}

	@Test
	void shouldSetAndAdvanceTheSandboxsClock() {
		this.sandbox.setClock(Instant.parse("2030-01-01T00:00:00Z"));

		assertThat(this.sandbox.now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));

		this.sandbox.advanceClock(Duration.ofHours(25));
		assertThat(this.sandbox.now()).isEqualTo(Instant.parse("2030-01-02T01:00:00Z"));

		this.sandbox.resumeClock();
		assertThat(this.sandbox.now()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
	}

	@Test
	void shouldReadThePairingCodeFromTheOutbox() {
		this.sandbox.setClock(Instant.parse("2030-02-01T10:00:00Z"));
		String user = Calls.createUser(this.sandbox, "outbox.reader");
		String device = Calls.createEmailDevice(this.sandbox, user, "outbox.reader@example.com");

		List<OutboxMessage> outbox = this.sandbox.outbox();

		OutboxMessage sent = outbox.get(outbox.size() - 1);
		assertThat(sent.channel()).isEqualTo("EMAIL");
		assertThat(sent.to()).isEqualTo("outbox.reader@example.com");
		assertThat(sent.userId()).isEqualTo(user);
		assertThat(sent.deviceId()).isEqualTo(device);
		assertThat(sent.purpose()).isEqualTo("PAIRING");
		assertThat(sent.createdAt()).isEqualTo(Instant.parse("2030-02-01T10:00:00Z"));
		assertThat(sent.otp()).matches("\\d{6}");
		assertThat(sent.toString()).doesNotContain(sent.otp());
		assertThat(this.sandbox.lastPasscode(user)).contains(sent.otp());
		assertThat(this.sandbox.lastPasscode("00000000-0000-4000-8000-000000000000")).isEmpty();

		HttpResponse<String> activated = Calls.post(this.sandbox,
				"/environments/" + this.sandbox.environmentId() + "/users/" + user + "/devices/" + device,
				"application/vnd.pingidentity.device.activate+json", "{\"otp\":\"" + sent.otp() + "\"}");
		assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
	}

	@Test
	void shouldInjectAFaultIntoTheSandboxsRequests() {
		String users = "/environments/" + this.sandbox.environmentId() + "/users";
		this.sandbox.injectFault(Fault.on("/v1/environments/*/users").method("GET").status(503).times(1));
		this.sandbox.injectFault(Fault.on("/v1/environments/*/populations").status(429).retryAfterSeconds(7));

		HttpResponse<String> failed = Calls.get(this.sandbox, users);
		HttpResponse<String> throttled = Calls.get(this.sandbox,
				"/environments/" + this.sandbox.environmentId() + "/populations");

		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).contains("7");
		assertThat(Calls.get(this.sandbox, users).statusCode()).isEqualTo(200);

		this.sandbox.clearFaults();
		assertThat(Calls.get(this.sandbox, "/environments/" + this.sandbox.environmentId() + "/populations")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void shouldShowTheJournalAndForgetEverythingOnReset() {
		String user = Calls.createUser(this.sandbox, "journal.reader");
		HttpResponse<String> enabled = Calls.put(this.sandbox,
				"/environments/" + this.sandbox.environmentId() + "/users/" + user + "/mfaEnabled",
				"{\"mfaEnabled\":false}");
		assertThat(enabled.statusCode()).isEqualTo(200);

		List<JournalEvent> journal = this.sandbox.journal();

		JournalEvent created = journal.stream()
			.filter((event) -> user.equals(event.userId()) && event.type().equals("USER_CREATED"))
			.findFirst()
			.orElseThrow();
		assertThat(created.clientId()).isEqualTo(this.sandbox.clientId());
		assertThat(created.before()).isNull();
		assertThat(journal).anyMatch((event) -> user.equals(event.userId())
				&& event.type().equals("MFA_ENABLED_UPDATED") && event.after().toString().equals("{mfaEnabled=false}"));

		this.sandbox.reset();

		assertThat(this.sandbox.journal()).isEmpty();
		assertThat(this.sandbox.outbox()).isEmpty();
		assertThat(Calls.get(this.sandbox, "/environments/" + this.sandbox.environmentId() + "/users/" + user)
			.statusCode()).isEqualTo(404);
	}

}
