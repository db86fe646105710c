package dev.mfastub.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationTest {

	@Test
	void shouldKeepAllowedCharactersOfExternalId() {
		assertThat(Correlation.external("Az09._-/@=#+")).isEqualTo("Az09._-/@=#+");
	}

	@Test
	void shouldReplaceEveryOtherCharacterWithUnderscore() {
		assertThat(Correlation.external("a b\tc\u00e9d\r\ne;f")).isEqualTo("a_b_c_d__e_f");
	}

	@Test
	void shouldTruncateToOneHundredCharacters() {
		assertThat(Correlation.external("x".repeat(150))).isEqualTo("x".repeat(100));
	}

	@Test
	void shouldGenerateIdWhenAbsentOrEmpty() {
		assertThat(Correlation.external(null)).hasSize(36);
		assertThat(Correlation.external("")).hasSize(36).isNotEqualTo(Correlation.external(""));
	}

}
