package dev.mfastub.mfa.device;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Totp} against RFC 6238's own test vectors (SHA-1, the secret
 * "12345678901234567890"), cut to the six digits authenticator apps show.
 */
class TotpTest {

	private static final String SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void shouldGiveRfc6238sCodes() {
		assertThat(SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.code(SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.code(SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(Totp.code(SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
		assertThat(Totp.code(SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
	}

	@Test
	void shouldAcceptCodesWithinTheWindowOnly() {
		Instant at = Instant.ofEpochSecond(1111111109);
		assertThat(Totp.matches(SECRET, "081804", at.plusSeconds(60), 2)).isTrue();
		assertThat(Totp.matches(SECRET, "081804", at.plusSeconds(90), 2)).isFalse();
		assertThat(Totp.matches(SECRET, "081804", at.minusSeconds(60), 2)).isTrue();
	}

	@Test
	void shouldMakeSecretsOf160Bits() {
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.unbase32(secret)).hasSize(20);
		assertThat(Totp.newSecret()).isNotEqualTo(secret);
	}

}
