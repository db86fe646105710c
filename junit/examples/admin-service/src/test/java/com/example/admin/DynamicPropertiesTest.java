package com.example.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mfastub.junit.PingOneStubExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's other way: the extension on a static field, its sandbox handed to Spring
 * through {@code @DynamicPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DynamicPropertiesTest {

	@RegisterExtension
	static PingOneStubExtension stub = new PingOneStubExtension();

	@DynamicPropertySource
	static void pingOne(DynamicPropertyRegistry registry) {
		registry.add("pingone.api-url", () -> stub.sandbox().apiUrl());
		registry.add("pingone.auth-url", () -> stub.sandbox().authUrl());
		registry.add("pingone.environment-id", () -> stub.sandbox().environmentId());
		registry.add("pingone.client-id", () -> stub.sandbox().clientId());
		registry.add("pingone.client-secret", () -> stub.sandbox().clientSecret());
	}

	@Autowired
	PingOneMfa pingOne;

	@Test
	void shouldEnableMfaInTheExtensionsSandbox() {
		String user = this.pingOne.createUser("alan", "alan@example.com");

		this.pingOne.enableMfa(user, false);

		assertThat(this.pingOne.mfaEnabled(user)).isFalse();
		assertThat(stub.sandbox().journal()).anyMatch((event) -> event.type().equals("MFA_ENABLED_UPDATED"));
	}

}
