package dev.mfastub.mfa;

import java.time.Instant;
import java.util.Map;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.support.ForAll;
import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import static dev.mfastub.support.PingOneErrors.INSTANT_PATTERN;
import static dev.mfastub.support.PingOneErrors.allowedPattern;
import static dev.mfastub.support.PingOneErrors.assertInvalidData;
import static dev.mfastub.support.PingOneErrors.detail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PUT bypassMFA} with generated texts, valid, nearly valid and anything at all, as
 * JSON strings: a real instant in the one form is stored and echoed with
 * {@code canBypassMFA} decided on the sandbox clock; anything else is PingOne's exact 400
 * and changes nothing.
 */
class BypassMfaHttpProperties extends SandboxTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String MESSAGE = "bypassMFAEnabledUntil must be a date and time in the format "
			+ "yyyy-MM-dd'T'HH:mm:ss.SSS'Z', such as 2025-11-26T00:00:00.000Z.";

	@Test
	void shouldStoreExactlyTheRealInstantsOfTheOneFormAndRefuseEverythingElse() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		String bypass = sandbox.user(ADA) + "/bypassMFA";
		String[] stored = { null };

		ForAll.check(100, BypassUntilProperties::anyText, (text) -> {
			Response response = api(sandbox).contentType("application/json")
				.body(MAPPER.writeValueAsString(Map.of("bypassMFAEnabledUntil", text)))
				.put(bypass);

			if (response.statusCode() == 200) {
				// What the stub now holds, whether it should have accepted or not
				stored[0] = text;
			}
			Instant instant = BypassUntilProperties.realInstantInTheForm(text);
			if (instant != null) {
				assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(200);
				assertThat(JsonDocument.of(response).getString("bypassMFAEnabledUntil")).isEqualTo(text);
				assertThat(JsonDocument.of(response).getBoolean("canBypassMFA"))
					.isEqualTo(Instant.parse(FROZEN_AT).isBefore(instant));
			}
			else {
				assertInvalidData(response,
						detail("INVALID_VALUE", "bypassMFAEnabledUntil", MESSAGE, allowedPattern(INSTANT_PATTERN)));
			}
			Response current = api(sandbox).get(bypass);
			boolean running = stored[0] != null && Instant.parse(FROZEN_AT).isBefore(Instant.parse(stored[0]));
			assertThat(JsonDocument.of(current).getString("bypassMFAEnabledUntil"))
				.isEqualTo(running ? stored[0] : null);
		});
	}

}
