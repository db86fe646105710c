package dev.mfastub.web;

import java.nio.charset.StandardCharsets;

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
	void shouldKeepUnicodeLettersMarksAndDigitsSentAsUtf8() {
		assertThat(Correlation.external(latin1("Zoë-中-\u0915\u093F-٣-\u2167")))
			.isEqualTo(latin1("Zoë-中-\u0915\u093F-٣-\u2167"));
		assertThat(Correlation.external(latin1("a😀b\u202Ec d"))).isEqualTo("a_b_c_d");
	}

	@Test
	void shouldCountOneHundredCharactersNotBytes() {
		assertThat(Correlation.external(latin1("é".repeat(150)))).isEqualTo(latin1("é".repeat(100)));
	}

	/** A text as the container reads its UTF-8 bytes from a header: one per character. */
	private static String latin1(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
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
