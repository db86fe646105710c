package dev.mfastub.mfa;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mfastub.web.InvalidValueException;

import static dev.mfastub.support.PingOneErrors.INSTANT_PATTERN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BypassUntilTest {

	@ParameterizedTest
	@ValueSource(strings = { "2025-11-26T00:00:00.000Z", "0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z",
			"2024-02-29T12:34:56.789Z", "1970-01-01T00:00:00.001Z" })
	void shouldParseAndFormatTheOneAcceptedFormUnchanged(String text) {
		assertThat(BypassUntil.parse(text).toString()).isEqualTo(text);
	}

	@Test
	void shouldParseToTheInstantItNames() {
		assertThat(BypassUntil.parse("2025-11-26T00:00:00.000Z").instant())
			.isEqualTo(Instant.parse("2025-11-26T00:00:00Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-29T00:00:00.000Z", "2025-04-31T00:00:00.000Z", "2025-00-10T00:00:00.000Z",
			"2025-01-00T00:00:00.000Z", "2025-11-26T00:00:00.000+00:00", "2025-11-26T00:00:00.000z" })
	void shouldRefuseAnythingElseWithTheAllowedPattern(String text) {
		assertThatThrownBy(() -> BypassUntil.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
				(ex) -> assertThat(ex.innerError().allowedPattern()).isEqualTo(INSTANT_PATTERN));
	}

	@Test
	void shouldBeActiveOnlyStrictlyBeforeItsEnd() {
		BypassUntil until = BypassUntil.parse("2025-11-26T00:00:00.000Z");

		assertThat(until.isActiveAt(Instant.parse("2025-11-25T23:59:59.999Z"))).isTrue();
		assertThat(until.isActiveAt(Instant.parse("2025-11-26T00:00:00Z"))).isFalse();
		assertThat(until.isActiveAt(Instant.parse("2025-11-26T00:00:00.001Z"))).isFalse();
	}

}
