package dev.mfastub.control;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.mfastub.support.JsonDocument;
import dev.mfastub.support.Sandbox;
import dev.mfastub.support.SandboxTest;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stub.journal.limit} bounds each environment's journal: the oldest events go
 * first. A context of its own, with its own database, for the small limit.
 */
@TestPropertySource(properties = { "stub.journal.limit=3", "stub.h2-database=mem:journal-limit-test" })
class JournalLimitTest extends SandboxTest {

	@Test
	void shouldKeepOnlyTheNewestEventsOfEachEnvironment() {
		Sandbox sandbox = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		Sandbox other = sandbox("{\"users\":[{\"id\":\"%s\",\"username\":\"ada\"}]}".formatted(ADA));
		List<String> correlationIds = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			advance(sandbox, "PT1S");
			correlationIds.add(api(sandbox).contentType("application/json")
				.body("{\"mfaEnabled\":" + (i % 2 == 0) + "}")
				.put(sandbox.user(ADA) + "/mfaEnabled")
				.then()
				.statusCode(200)
				.extract()
				.header("Correlation-Id"));
		}
		api(other).contentType("application/json")
			.body("{\"mfaEnabled\":true}")
			.put(other.user(ADA) + "/mfaEnabled")
			.then()
			.statusCode(200);

		JsonDocument events = JsonDocument
			.of(control().get(sandbox.control() + "/events").then().statusCode(200).extract());

		assertThat(events.getList("events.correlationId")).isEqualTo(correlationIds.subList(2, 5));
		assertThat(events.getList("events.at")).containsExactly("2030-01-01T00:00:03.000Z", "2030-01-01T00:00:04.000Z",
				"2030-01-01T00:00:05.000Z");
		assertThat(events.getList("events.after.mfaEnabled")).containsExactly(true, false, true);
		assertThat(events.getList("events.id", Long.class)).isSorted();
		// The other sandbox's journal is bounded on its own: its one event stays.
		assertThat(JsonDocument.of(control().get(other.control() + "/events").then().extract()).getList("events"))
			.hasSize(1);
	}

}
