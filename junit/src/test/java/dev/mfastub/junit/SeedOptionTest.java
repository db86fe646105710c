package dev.mfastub.junit;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code seed}: the stub starts with the file, and the class's sandbox copies its first
 * environment (its users and worker app) under an id of its own.
 */
@PingOneStubTest(seed = "src/test/resources/seed.json", args = "--stub.journal.limit=100")
class SeedOptionTest {

	@Test
	void shouldCopyTheSeedsFirstEnvironmentIntoTheSandbox(PingOneSandbox sandbox) {
		assertThat(sandbox.environmentId()).isNotEqualTo("5d0d3c0e-8f0a-4b5e-9a57-3c1f2e4d5a60");
		assertThat(sandbox.clientId()).isEqualTo("shop-worker");
		assertThat(sandbox.clientSecret()).isEqualTo("shop-worker-secret");

		HttpResponse<String> buyer = Calls.get(sandbox,
				"/environments/" + sandbox.environmentId() + "/users/9b0c6f42-3a5e-4d1b-8c7f-2e6a4b1d9c80");

		assertThat(buyer.statusCode()).isEqualTo(200);
		assertThat(Json.object(buyer.body())).containsEntry("username", "seeded.buyer")
			.containsEntry("mfaEnabled", true);
	}

	@Test
	void shouldStartTheStubWithTheSeed(PingOneSandbox sandbox) {
		HttpResponse<String> seeded = Calls.get(sandbox, "/environments/5d0d3c0e-8f0a-4b5e-9a57-3c1f2e4d5a60/users");

		// The sandbox's worker app has no role over the seeded environment itself.
		assertThat(seeded.statusCode()).isEqualTo(403);
		assertThat(Calls.control(sandbox, "/environments/5d0d3c0e-8f0a-4b5e-9a57-3c1f2e4d5a60/clock").statusCode())
			.isEqualTo(200);
	}

}
