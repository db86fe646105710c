package dev.mfastub.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import dev.mfastub.support.ForAll;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FirewallText} lets through exactly what {@link StrictHttpFirewall}'s own default
 * checks (its regexes, read from a default firewall) let through: every code point alone
 * and between printable ASCII, lone and misordered surrogates, and random mixes. The
 * firewall bean then answers as a default one would.
 */
class FirewallTextTest {

	private static final StrictHttpFirewall DEFAULTS = new StrictHttpFirewall();

	private static final Predicate<String> REGEX_HEADER_NAMES = defaultPredicate("allowedHeaderNames");

	private static final Predicate<String> REGEX_HEADER_VALUES = defaultPredicate("allowedHeaderValues");

	private static final Predicate<String> REGEX_PARAMETER_NAMES = defaultPredicate("allowedParameterNames");

	/** Characters where the checks could go wrong, each a string of one or two chars. */
	private static final List<String> AWKWARD = List.of("", "a", " ", "~", "\t", "\n", "\r", "\u0000", "\u001f",
			"\u007f", "\u0080", "\u0085", "\u009f", "\u00a0", "\u00e9", "\u0378", "\u2028", "\u2029", "\u200b",
			"\ufeff", "\ufffd", "\uffff", "\ue000", "\ud800", "\udbff", "\udc00", "\udfff", "\ud83d\ude00",
			"\ude00\ud83d", "\ud800\ud800", "\udc00\udc00", "\udbff\udfff", "\udb40\udc01", "\udb80\udc00",
			"\ud834\udd1e", "\ud83f\udffe", "\ud800\udc00", "\u212a", "\u017f");

	@Test
	void shouldAgreeWithTheRegexesOnEveryCodePoint() {
		List<String> disagreements = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String alone = new String(Character.toChars(codePoint));
			compare(alone, disagreements);
			compare("a" + alone + "b", disagreements);
		}
		assertThat(disagreements).isEmpty();
	}

	@Test
	void shouldAgreeWithTheRegexesOnSurrogatesAndControls() {
		List<String> disagreements = new ArrayList<>();
		for (String first : AWKWARD) {
			for (String second : AWKWARD) {
				compare(first + second, disagreements);
				compare("x-" + first + "=" + second + " y", disagreements);
			}
		}
		assertThat(disagreements).isEmpty();
		// What the regexes hold, so a checker that agrees with them holds it too.
		assertThat(FirewallText.isHeaderValue("")).isTrue();
		assertThat(FirewallText.isHeaderValue("Bearer a\tb")).isTrue();
		assertThat(FirewallText.isName("a\tb")).isFalse();
		assertThat(FirewallText.isHeaderValue("a\u007f")).isFalse();
		assertThat(FirewallText.isHeaderValue("\u0085")).isFalse();
		assertThat(FirewallText.isHeaderValue("\u00a0\u00e9")).isTrue();
		assertThat(FirewallText.isHeaderValue("\ud800")).isTrue();
		assertThat(FirewallText.isHeaderValue("\udbff\udfff")).isFalse();
		assertThat(FirewallText.isName("\udbff")).isTrue();
		assertThat(FirewallText.isName("\udfff")).isTrue();
	}

	@Test
	void shouldAgreeWithTheRegexesOnRandomText() {
		ForAll.check(20_000, FirewallTextTest::randomText, (text) -> {
			List<String> disagreements = new ArrayList<>();
			compare(text, disagreements);
			assertThat(disagreements).isEmpty();
		});
	}

	/**
	 * Through the firewall bean: a header's name and value and a parameter's name and
	 * value are let through or refused, with the same message, as by a default firewall
	 * that lets any method through.
	 */
	@Test
	void shouldAnswerAsTheDefaultFirewall() {
		HttpFirewall configured = new SecurityConfiguration().httpFirewall();
		StrictHttpFirewall defaults = new StrictHttpFirewall();
		defaults.setUnsafeAllowAnyHttpMethod(true);
		List<String> samples = new ArrayList<>(AWKWARD);
		samples.addAll(List.of("Bearer abc.def", "x\ty", "a\u0378b", "\ud83d\ude00 ok"));
		for (String text : samples) {
			assertThat(readsOf(configured, text)).as(text).isEqualTo(readsOf(defaults, text));
		}
		assertThat(readsOf(configured, "a\tb")).anyMatch((read) -> read.startsWith("refused"))
			.anyMatch((read) -> read.equals("a\tb"));
	}

	private static List<String> readsOf(HttpFirewall firewall, String text) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v1/environments");
		request.addHeader("X-Value", text);
		request.addHeader(text, "name");
		request.addParameter(text, "name");
		request.addParameter("value", text);
		HttpServletRequest checked = firewall.getFirewalledRequest(request);
		return List.of(read(() -> checked.getHeader("X-Value")),
				read(() -> Collections.list(checked.getHeaders("X-Value"))), read(() -> checked.getHeader(text)),
				read(() -> Collections.list(checked.getHeaderNames())), read(() -> checked.getParameter(text)),
				read(() -> checked.getParameter("value")), read(() -> List.of(checked.getParameterValues(text))),
				read(() -> Collections.list(checked.getParameterNames())),
				read(() -> checked.getParameterMap().keySet()));
	}

	private static String read(Supplier<Object> read) {
		try {
			return String.valueOf(read.get());
		}
		catch (RequestRejectedException ex) {
			return "refused: " + ex.getMessage();
		}
	}

	private static void compare(String text, List<String> disagreements) {
		boolean value = FirewallText.isHeaderValue(text);
		boolean name = FirewallText.isName(text);
		if (value != REGEX_HEADER_VALUES.test(text) || name != REGEX_HEADER_NAMES.test(text)
				|| name != REGEX_PARAMETER_NAMES.test(text)) {
			disagreements.add(codePoints(text) + ": value " + value + ", name " + name);
		}
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			int pick = random.nextInt(10);
			if (pick < 4) {
				text.append(AWKWARD.get(random.nextInt(AWKWARD.size())));
			}
			else if (pick < 6) {
				text.append((char) (0x20 + random.nextInt(0x5f)));
			}
			else if (pick < 7) {
				text.append((char) random.nextInt(0x100));
			}
			else if (pick < 8) {
				// A lone surrogate half, or half of a pair by chance.
				text.append((char) (0xd800 + random.nextInt(0x800)));
			}
			else {
				text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
			}
		}
		return text.toString();
	}

	private static String codePoints(String text) {
		StringBuilder shown = new StringBuilder("[");
		text.codePoints().forEach((c) -> shown.append(" U+").append(Integer.toHexString(c)));
		return shown.append(" ]").toString();
	}

	@SuppressWarnings("unchecked")
	private static Predicate<String> defaultPredicate(String field) {
		return (Predicate<String>) ReflectionTestUtils.getField(DEFAULTS, field);
	}

}
