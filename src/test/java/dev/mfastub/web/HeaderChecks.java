package dev.mfastub.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.restassured.response.Response;

import dev.mfastub.support.RawHttp;

import org.assertj.core.api.SoftAssertions;

/**
 * What every answer of the stub must carry, or must not: {@code nosniff}, no
 * {@code Server} or other banner naming the software behind it, and {@code no-store} on
 * answers that carry API data, tokens or errors.
 */
final class HeaderChecks {

	/** Names of the software behind the stub, or a version next to one. */
	static final Pattern BANNER = Pattern.compile(
			"(?i)tomcat|coyote|apache|catalina|jetty|undertow|spring ?boot|springframework|spring security|hibernate"
					+ "|nimbus|jakarta|java/|jdk|openjdk|\\bh2\\b|/\\d+\\.\\d+\\.\\d+");

	/**
	 * Tokens, secrets and ids: random base64url or hex, in which a short banner word can
	 * turn up by chance. Left out before looking for banners.
	 */
	private static final Pattern RANDOM_RUN = Pattern.compile("[A-Za-z0-9_-]{20,}");

	private HeaderChecks() {
	}

	/**
	 * An answer as the checks see it, from REST Assured or from a raw socket.
	 *
	 * @param what the request, for messages
	 * @param status the status code
	 * @param headers every header
	 * @param body the body
	 */
	record Answer(String what, int status, List<RawHttp.Header> headers, String body) {

		static Answer of(String what, Response response) {
			return new Answer(what, response.statusCode(),
					response.headers()
						.asList()
						.stream()
						.map((header) -> new RawHttp.Header(header.getName(), header.getValue()))
						.toList(),
					response.asString());
		}

		static Answer of(String what, RawHttp.Answer answer) {
			return new Answer(what, answer.status(), answer.headers(), answer.body());
		}

		List<String> values(String name) {
			return this.headers.stream()
				.filter((header) -> header.name().equalsIgnoreCase(name))
				.map(RawHttp.Header::value)
				.toList();
		}

	}

	/** How an answer may be cached. */
	enum Caching {

		/** Never stored: API data, tokens, control plane, health, errors. */
		NO_STORE,

		/** At most a few minutes: public key sets and discovery. */
		BRIEF,

		/** Not checked, nor the body for banners: documentation. */
		ANY

	}

	/**
	 * Every check at once, so a failure lists everything wrong with the answer:
	 * {@code X-Content-Type-Options: nosniff} once, no {@code Server} or
	 * {@code X-Powered-By}, no software banner in any header or (unless documentation)
	 * the body, and caching as the kind of answer allows.
	 * @param answer the answer
	 * @param caching how it may be cached
	 */
	static void assertHardened(Answer answer, Caching caching) {
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(answer.values("X-Content-Type-Options"))
			.as("X-Content-Type-Options of %s", answer.what())
			.containsExactly("nosniff");
		softly.assertThat(answer.values("Server")).as("Server header of %s", answer.what()).isEmpty();
		softly.assertThat(answer.values("X-Powered-By")).as("X-Powered-By header of %s", answer.what()).isEmpty();
		for (RawHttp.Header header : answer.headers()) {
			if (!header.name().equalsIgnoreCase("Date")) {
				softly.assertThat(withoutRandomRuns(header.value()))
					.as("header %s of %s", header.name(), answer.what())
					.doesNotContainPattern(BANNER);
			}
		}
		if (caching != Caching.ANY) {
			softly.assertThat(withoutRandomRuns(answer.body()))
				.as("body of %s", answer.what())
				.doesNotContainPattern(BANNER);
		}
		List<String> directives = directives(answer);
		if (caching == Caching.NO_STORE) {
			softly.assertThat(directives).as("Cache-Control of %s", answer.what()).contains("no-store");
		}
		if (caching == Caching.BRIEF) {
			softly.assertThat(cachedBrieflyAtMost(directives))
				.as("Cache-Control of %s allows at most 300 s: %s", answer.what(), directives)
				.isTrue();
		}
		softly.assertAll();
	}

	private static boolean cachedBrieflyAtMost(List<String> directives) {
		if (directives.contains("no-store") || directives.contains("no-cache")) {
			return true;
		}
		return directives.stream()
			.filter((directive) -> directive.startsWith("max-age="))
			.anyMatch((directive) -> Long.parseLong(directive.substring("max-age=".length())) <= 300);
	}

	private static String withoutRandomRuns(String text) {
		return RANDOM_RUN.matcher(text).replaceAll("~");
	}

	/** The {@code Cache-Control} directives, lower case, without arguments' spaces. */
	static List<String> directives(Answer answer) {
		return answer.values("Cache-Control")
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map((directive) -> directive.trim().toLowerCase(Locale.ROOT))
			.toList();
	}

}
