package dev.mfastub.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mfastub.hostile.Routes.JsonEndpoint;

/**
 * Bodies over {@code stub.max-body-size} (64 KB) and bodies whose framing lies, on every
 * endpoint that reads one. Over the limit, whether the length is declared, claimed
 * falsely, or reached by chunks, is a 413 {@code INVALID_REQUEST}. A body shorter than
 * its {@code Content-Length} (the client gave up), chunks that are not chunks, and
 * {@code Content-Length} values that are not one length are a 400: the request cannot be
 * read, which is the client's fault, not the server's.
 */
class HostileBodySizeTest extends HostileRequestTest {

	private static final int LIMIT = 64 * 1024;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldRefuseBodyTooLargeOrFramedFalsely(HostileCase hostile) {
		assertRefused(hostile);
	}

	static Stream<HostileCase> cases() {
		List<HostileCase> cases = new ArrayList<>();
		for (JsonEndpoint endpoint : Routes.JSON) {
			Bodies bodies = new Bodies(cases, endpoint.toString(), Expected.invalidRequest(), Expected.invalidRequest(),
					(target) -> request(endpoint, target).contentType("application/json"),
					(target) -> padded("{" + endpoint.members() + ",\"padding\":\"", "\"}"),
					(target) -> endpoint.body());
			bodies.all();
		}
		// A form it cannot read is the token endpoint's own invalid_request, or
		// PingOne's. Tomcat reads a form itself, and takes the end of input before the
		// declared length for the client going away: it closes without an answer.
		Expected unreadableForm = Expected.invalidRequest().or(Expected.oauth(400, "invalid_request"));
		Bodies token = new Bodies(cases, "POST token", unreadableForm, unreadableForm.or(Expected.connectionClosed()),
				(target) -> request("POST", Routes.TOKEN, target).contentType("application/x-www-form-urlencoded"),
				(target) -> padded(tokenForm(target) + "&padding=", ""), HostileRequestTest::tokenForm);
		token.all();

		for (String get : List.of("GET mfaEnabled", "GET jwks", "GET events")) {
			cases.add(HostileCase.of(get + ", a body of 70 000 bytes", Expected.payloadTooLarge(), (target) -> {
				RawRequest request = switch (get) {
					case "GET mfaEnabled" -> request("GET", Routes.MFA_ENABLED, target);
					case "GET jwks" -> request("GET", Routes.JWKS, target);
					default -> request("GET", Routes.EVENTS, target);
				};
				return request.contentType("application/json").body("a".repeat(70_000));
			}));
		}
		cases.add(HostileCase.of(Routes.PUT_MFA_ENABLED + ", Content-Length claims 50 bytes more and the client stalls",
				Expected.invalidRequest().or(Expected.status(408, "INVALID_REQUEST")),
				(target) -> request(Routes.PUT_MFA_ENABLED, target).contentType("application/json")
					.noContentLength()
					.header("Content-Length", String.valueOf(Routes.PUT_MFA_ENABLED.body().length() + 50))
					.body(Routes.PUT_MFA_ENABLED.body())
					// The server waits for the rest as long as its connection timeout
					// lets it.
					.timeout(Duration.ofSeconds(60))));
		return cases.stream();
	}

	/** A body of exactly one byte over the limit. */
	private static String padded(String before, String after) {
		return before + "a".repeat(LIMIT + 1 - before.length() - after.length()) + after;
	}

	private record Bodies(List<HostileCase> cases, String name, Expected unreadable, Expected clientGone,
			Function<Target, RawRequest> request, Function<Target, String> overLimit,
			Function<Target, String> accepted) {

		void all() {
			add("a body one byte over 64 KB", Expected.payloadTooLarge(),
					(target) -> this.request.apply(target).body(this.overLimit.apply(target)));
			add("Content-Length claims 1 GB", Expected.payloadTooLarge(),
					(target) -> this.request.apply(target)
						.noContentLength()
						.header("Content-Length", "1000000000")
						.body(this.accepted.apply(target)));
			add("Content-Length claims 64 KB + 1", Expected.payloadTooLarge(),
					(target) -> this.request.apply(target)
						.noContentLength()
						.header("Content-Length", String.valueOf(LIMIT + 1))
						.body(this.accepted.apply(target)));
			add("chunks adding up to 64 KB + 1", Expected.payloadTooLarge(),
					(target) -> this.request.apply(target)
						.noContentLength()
						.header("Transfer-Encoding", "chunked")
						.body(chunked(this.overLimit.apply(target), 8000)));
			add("Content-Length claims 50 bytes more and the client closes", this.clientGone, (target) -> {
				String body = this.accepted.apply(target);
				return this.request.apply(target)
					.noContentLength()
					.header("Content-Length", String.valueOf(body.length() + 50))
					.body(body)
					.closeAfterSending();
			});
			add("a chunk shorter than its size and the client closes", this.clientGone,
					(target) -> this.request.apply(target)
						.noContentLength()
						.header("Transfer-Encoding", "chunked")
						.body("400\r\n" + this.accepted.apply(target))
						.closeAfterSending());
			add("a chunk size that is not hexadecimal", this.unreadable,
					(target) -> this.request.apply(target)
						.noContentLength()
						.header("Transfer-Encoding", "chunked")
						.body("zz\r\n" + this.accepted.apply(target) + "\r\n0\r\n\r\n"));
			add("Content-Length: -1", this.unreadable,
					(target) -> this.request.apply(target)
						.noContentLength()
						.header("Content-Length", "-1")
						.body(this.accepted.apply(target)));
			add("Content-Length that is not a number", this.unreadable,
					(target) -> this.request.apply(target)
						.noContentLength()
						.header("Content-Length", "twelve")
						.body(this.accepted.apply(target)));
			add("Content-Length of 30 digits", this.unreadable.or(Expected.payloadTooLarge()),
					(target) -> this.request.apply(target)
						.noContentLength()
						.header("Content-Length", "9".repeat(30))
						.body(this.accepted.apply(target)));
			add("two different Content-Lengths", this.unreadable, (target) -> {
				String body = this.accepted.apply(target);
				return this.request.apply(target)
					.noContentLength()
					.header("Content-Length", String.valueOf(body.length()))
					.header("Content-Length", String.valueOf(body.length() + 1))
					.body(body);
			});
		}

		private void add(String name, Expected expected, Function<Target, RawRequest> request) {
			this.cases.add(HostileCase.of(this.name + ", " + name, expected, request));
		}

		private static byte[] chunked(String body, int size) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			ByteArrayOutputStream chunks = new ByteArrayOutputStream();
			for (int start = 0; start < bytes.length; start += size) {
				int length = Math.min(size, bytes.length - start);
				chunks.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				chunks.write(bytes, start, length);
				chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			return chunks.toByteArray();
		}

	}

}
