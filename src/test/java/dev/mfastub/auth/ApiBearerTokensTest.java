package dev.mfastub.auth;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import dev.mfastub.auth.SecurityConfiguration.ApiBearerTokens;
import dev.mfastub.support.ForAll;
import dev.mfastub.support.RandomText;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ApiBearerTokens} reads the Authorization header as it did when it handed the
 * header to {@link DefaultBearerTokenResolver}: the same token, no token, or the same
 * refusal (type, message, error code, description, URI and status), on edge cases, on
 * code points at each place of a header, and on random headers.
 */
class ApiBearerTokensTest {

	/** What {@link ApiBearerTokens} was: one header or none, then Spring's resolver. */
	private static final BearerTokenResolver BEFORE = new BearerTokenResolver() {

		private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

		@Override
		public String resolve(HttpServletRequest request) {
			Enumeration<String> headers = request.getHeaders(HttpHeaders.AUTHORIZATION);
			if (headers.hasMoreElements() && headers.nextElement() != null && headers.hasMoreElements()) {
				throw new InvalidBearerTokenException("Send one Authorization header.");
			}
			return this.header.resolve(request);
		}

	};

	private static final BearerTokenResolver NOW = new ApiBearerTokens();

	private static final List<String> EDGES = List.of("", " ", "Bearer", "bearer", "BEARER", "Bearer ", "Bearer  ",
			"Bearer  abc", "Bearer abc", "bearer abc", "BEARER abc", "BeArEr abc", "bEARER abc", "Bearerabc",
			"Bearer\tabc", "Bearer\u00a0abc", " Bearer abc", "\tBearer abc", "Bearer abc ", "Bearer abc\t",
			"Bearer abc\n", "Bearer abc\r\n", "Bearer abc\u0085", "Bearer abc\u2028", "Bearer abc def",
			"Bearer abc,def", "Bearer \"abc\"", "Bearer a=b", "Bearer a==b", "Bearer =ab", "Bearer =", "Bearer ==",
			"Bearer ab=", "Bearer ab==", "Bearer ab===", "Bearer a.b_c-d~e+f/g", "Bearer -", "Bearer ~~~", "Bearer //=",
			"Bearer a%2Fb", "Bearer a\\b", "Bearer a:b", "Bearer \u00e9", "Bearer abc\u00e9", "B\u00e9arer abc",
			"\u00e9Bearer abc", "Bearer \u212a", "Bearer abc\u212a", "Bearer \u017f", "Bearer abc\u017f",
			"Bearer \u0130", "Bearer \u0131", "Bearer \uff41", "\uff22earer abc", "Bearer \ud83d\ude00",
			"Bearer \ud800", "Bearer abc\udc00", "Bearer\u0000abc", "Bearer \u0000", "Bearerx abc", "Bearers abc",
			"Basic x", "Basic dXNlcjpwYXNz", "Digest username=\"a\"", "Token abc", "DPoP abc", "bear abc", "beare",
			"Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
			"bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_");

	/** Characters the scheme, the token and its end could get wrong. */
	private static final String ALPHABET = "bBeEaArR  =-._~+/0Z9zK\tx,\"\\:%\u00e9\u212a\u017f\u0130\u0131\u00a0\u0085\n\r\u0000"
			+ "\ud800\udc00";

	/**
	 * Every code point below U+3000 (Latin, Greek, Cyrillic, the letter-like symbols such
	 * as the Kelvin sign), every surrogate half, the full-width forms, the first and last
	 * supplementary ones, and every 251st in between. (All 0x110000 of them agreed too,
	 * in a one-off run of 93 s under the suite's C1-only JVM.)
	 */
	private static final int[] CODE_POINTS = Stream
		.of(IntStream.range(0, 0x3000), IntStream.rangeClosed(Character.MIN_SURROGATE, Character.MAX_SURROGATE),
				IntStream.range(0xff00, 0x10100), IntStream.rangeClosed(0x10ff00, Character.MAX_CODE_POINT),
				IntStream.iterate(0, (codePoint) -> codePoint <= Character.MAX_CODE_POINT,
						(codePoint) -> codePoint + 251))
		.flatMapToInt((codePoints) -> codePoints)
		.distinct()
		.sorted()
		.toArray();

	@Test
	void shouldReadEdgeCasesAsBefore() {
		List<String> disagreements = new ArrayList<>();
		compare(disagreements);
		for (String header : EDGES) {
			compare(disagreements, header);
			compare(disagreements, header, "Bearer abc");
			compare(disagreements, "Bearer abc", header);
		}
		assertThat(disagreements).isEmpty();
		// What the resolver held, so one that agrees with it holds it too.
		assertThat(NOW.resolve(request("bEaReR a.b-c_d~e+f/g=="))).isEqualTo("a.b-c_d~e+f/g==");
		assertThat(NOW.resolve(request("Basic x"))).isNull();
		assertThat(NOW.resolve(request())).isNull();
		assertThat(outcome(NOW, request("Bearer a=b"))).contains("Bearer token is malformed");
		assertThat(outcome(NOW, request("Bearer \u212a"))).contains("Bearer token is malformed");
		assertThat(outcome(NOW, request("Bearer a", "Bearer a"))).contains("Send one Authorization header.");
	}

	/**
	 * Code points ({@link #CODE_POINTS}) in place of each character of {@code Bearer a},
	 * and after it, with and without padding.
	 */
	@Test
	void shouldReadCodePointsInEveryPlaceAsBefore() {
		List<String> disagreements = new ArrayList<>();
		String header = "Bearer a";
		for (int codePoint : CODE_POINTS) {
			String character = new String(Character.toChars(codePoint));
			for (int place = 0; place < header.length(); place++) {
				compare(disagreements, header.substring(0, place) + character + header.substring(place + 1));
			}
			compare(disagreements, header + character);
			compare(disagreements, header + "=" + character);
			compare(disagreements, "Bearer " + character + "a");
		}
		assertThat(disagreements).isEmpty();
	}

	@Test
	void shouldReadRandomHeadersAsBefore() {
		ForAll.check(20_000, ApiBearerTokensTest::randomHeader, (header) -> {
			List<String> disagreements = new ArrayList<>();
			compare(disagreements, header);
			assertThat(disagreements).isEmpty();
		});
	}

	private static String randomHeader(Random random) {
		return (random.nextBoolean() ? "Bearer " : "") + RandomText.of(random, 11, ALPHABET);
	}

	private static MockHttpServletRequest request(String... authorizations) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET",
				"/v1/environments/abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6/users");
		for (String authorization : authorizations) {
			request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
		}
		return request;
	}

	private static void compare(List<String> disagreements, String... authorizations) {
		String before = outcome(BEFORE, request(authorizations));
		String now = outcome(NOW, request(authorizations));
		if (!before.equals(now)) {
			disagreements.add(Stream.of(authorizations).map(ApiBearerTokensTest::show).toList() + ": before " + before
					+ ", now " + now);
		}
	}

	private static String show(String text) {
		StringBuilder shown = new StringBuilder("\"");
		text.codePoints().forEach((c) -> {
			if (c >= 0x20 && c < 0x7f) {
				shown.appendCodePoint(c);
			}
			else {
				shown.append("\\u{").append(Integer.toHexString(c)).append('}');
			}
		});
		return shown.append('"').toString();
	}

	private static String outcome(BearerTokenResolver resolver, MockHttpServletRequest request) {
		try {
			String token = resolver.resolve(request);
			return (token != null) ? "token " + token : "no token";
		}
		catch (OAuth2AuthenticationException ex) {
			OAuth2Error error = ex.getError();
			String status = (error instanceof BearerTokenError bearer)
					? bearer.getHttpStatus() + " " + bearer.getScope() : "not a bearer error";
			return "%s: %s [%s, %s, %s, %s, %s]".formatted(ex.getClass().getName(), ex.getMessage(),
					error.getClass().getName(), error.getErrorCode(), error.getDescription(), error.getUri(), status);
		}
	}

}
