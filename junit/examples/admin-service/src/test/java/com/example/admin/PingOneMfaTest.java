package com.example.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.mfastub.junit.PingOneSandbox;
import dev.mfastub.junit.PingOneStubTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against a sandbox of the PingOne MFA stub: the README's "Java tests"
 * example. {@code @PingOneStubTest} gives the class's Spring context the sandbox as
 * {@code pingone.stub.*} properties, which the service's own properties name.
 */
@PingOneStubTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "pingone.api-url=${pingone.stub.api-url}", "pingone.auth-url=${pingone.stub.auth-url}",
				"pingone.environment-id=${pingone.stub.environment-id}", "pingone.client-id=${pingone.stub.client-id}",
				"pingone.client-secret=${pingone.stub.client-secret}" })
class PingOneMfaTest {

	@Autowired
	PingOneMfa pingOne;

	@Test
	void shouldPairAnEmailDeviceAndAuthenticateWithTheCodesFromTheOutbox(PingOneSandbox sandbox) {
		String user = this.pingOne.createUser("ada", "ada@example.com");
		this.pingOne.enableMfa(user, true);
		assertThat(this.pingOne.mfaEnabled(user)).isTrue();

		String device = this.pingOne.addEmailDevice(user, "ada@example.com");
		assertThat(this.pingOne.activateDevice(user, device, sandbox.lastPasscode(user).orElseThrow()))
			.isEqualTo("ACTIVE");

		Map<String, Object> flow = this.pingOne.startAuthentication(user);
		assertThat(flow.get("status")).isEqualTo("OTP_REQUIRED");
		assertThat(this.pingOne.checkOtp((String) flow.get("id"), sandbox.lastPasscode(user).orElseThrow()))
			.isEqualTo("COMPLETED");
	}

	@Test
	void shouldEndTheBypassWhenTheClockPassesIt(PingOneSandbox sandbox) {
		String user = this.pingOne.createUser("grace", "grace@example.com");
		sandbox.setClock(Instant.parse("2030-01-01T09:00:00Z"));

		this.pingOne.bypassMfaUntil(user, Instant.parse("2030-01-01T17:00:00Z"));
		assertThat(this.pingOne.canBypassMfa(user)).isTrue();

		sandbox.advanceClock(Duration.ofHours(8));
		assertThat(this.pingOne.canBypassMfa(user)).isFalse();
	}

}
