package dev.mfastub.mfa.settings;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ApiTest;
import dev.mfastub.support.JsonDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user's {@code mfaEnabled} is when its create request leaves it out: the
 * environment's "Default MFA status for new users" ({@code users.mfaEnabled} of its MFA
 * settings). PingOne's "Configuring MFA settings" (docs.pingidentity.com): "Default MFA
 * status for new users is set to Enabled by default for all environments created after
 * August 20, 2024". An environment made through the Platform API is made now; the seeded
 * environment stands for the documentation's examples, which predate it (getting-started
 * step 7 enables MFA by hand: "The default value is false").
 */
class NewUsersMfaDefaultTest extends ApiTest {

	private String created;

	@AfterEach
	void deleteCreatedEnvironment() {
		if (this.created != null) {
			anonymous().delete("/__stub/environments/" + this.created);
		}
	}

	@Test
	void shouldEnableMfaForNewUsersOfAnEnvironmentMadeThroughThePlatformApi() {
		Response environment = api().contentType("application/json")
			.body("{\"name\":\"Made-after-August-2024\",\"region\":\"NA\",\"type\":\"SANDBOX\"}")
			.post("/v1/environments");
		assertThat(environment.statusCode()).as(environment.asString()).isEqualTo(201);
		this.created = JsonDocument.of(environment).getString("id");

		assertThat(usersMfaEnabled(this.created)).isTrue();
		assertThat(mfaEnabledOfNewUser(this.created)).isTrue();
	}

	@Test
	void shouldKeepMfaOffForNewUsersOfTheSeededEnvironment() {
		assertThat(usersMfaEnabled(ENV)).isFalse();
		assertThat(mfaEnabledOfNewUser(ENV)).isFalse();
	}

	private boolean usersMfaEnabled(String environment) {
		Response settings = api().get("/v1/environments/" + environment + "/mfaSettings");
		assertThat(settings.statusCode()).isEqualTo(200);
		return JsonDocument.of(settings).getBoolean("users.mfaEnabled");
	}

	private boolean mfaEnabledOfNewUser(String environment) {
		Response user = api().contentType("application/json")
			.body("{\"username\":\"new.user\",\"email\":\"new.user@example.com\"}")
			.post("/v1/environments/" + environment + "/users");
		assertThat(user.statusCode()).as(user.asString()).isEqualTo(201);
		return JsonDocument.of(user).getBoolean("mfaEnabled");
	}

}
