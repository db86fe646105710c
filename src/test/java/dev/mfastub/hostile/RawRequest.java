package dev.mfastub.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.mfastub.support.RawHttp;

/**
 * The bytes of one HTTP/1.1 request, built piece by piece and sent as they are: the
 * request target is not normalised or encoded, headers are written in the order given,
 * and {@code Content-Length} is the body's real length unless the request says what it
 * should claim instead.
 */
final class RawRequest {

	private final String method;

	private byte[] target;

	private final List<byte[]> headers = new ArrayList<>();

	private byte[] body;

	private boolean contentLength = true;

	private boolean halfClose;

	private Duration timeout = RawHttp.TIMEOUT;

	private RawRequest(String method, byte[] target) {
		this.method = method;
		this.target = target;
	}

	/** A request for a target written in ASCII (percent-encoding, if any, included). */
	static RawRequest of(String method, String target) {
		return new RawRequest(method, target.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A request whose target holds bytes no text could: raw UTF-8, invalid UTF-8. */
	static RawRequest of(String method, byte[] target) {
		return new RawRequest(method, target);
	}

	String method() {
		return this.method;
	}

	/** The target as sent, bytes over 0x7F shown as {@code \xNN}. */
	String target() {
		StringBuilder text = new StringBuilder();
		for (byte b : this.target) {
			int c = b & 0xFF;
			text.append((c >= 0x20 && c < 0x7F) ? String.valueOf((char) c) : String.format("\\x%02X", c));
		}
		return text.toString();
	}

	/** Appends a query string, written as it is. */
	RawRequest query(String query) {
		ByteArrayOutputStream target = new ByteArrayOutputStream();
		target.writeBytes(this.target);
		target.writeBytes(("?" + query).getBytes(StandardCharsets.ISO_8859_1));
		this.target = target.toByteArray();
		return this;
	}

	RawRequest header(String name, String value) {
		return header((name + ": " + value).getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A header line as raw bytes, without its CRLF. */
	RawRequest header(byte[] line) {
		this.headers.add(line);
		return this;
	}

	RawRequest bearer(String token) {
		return header("Authorization", "Bearer " + token);
	}

	RawRequest contentType(String contentType) {
		return header("Content-Type", contentType);
	}

	/** A UTF-8 JSON body with {@code Content-Type: application/json}. */
	RawRequest json(String json) {
		return contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8));
	}

	RawRequest body(byte[] body) {
		this.body = body;
		return this;
	}

	RawRequest body(String body) {
		return body(body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends no {@code Content-Length} of its own: the request's headers frame the body
	 * (chunked, say), or claim a length it does not have.
	 */
	RawRequest noContentLength() {
		this.contentLength = false;
		return this;
	}

	/** Closes the sending side after the request, as a client that gave up would. */
	RawRequest closeAfterSending() {
		this.halfClose = true;
		return this;
	}

	/**
	 * Sends this request on a new connection and reads the answer. A server that does not
	 * answer within the timeout fails the test instead of hanging the build.
	 * @param port the server's port on localhost
	 * @return the answer
	 */
	RawHttp.Answer exchange(int port) {
		try {
			return RawHttp.exchange(port, toBytes(port), this.timeout, this.closesAfterSending());
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("No answer within " + this.timeout.toSeconds() + " s", ex);
		}
		catch (IOException ex) {
			throw new AssertionError("The connection failed before a whole answer was read: " + ex, ex);
		}
	}

	boolean closesAfterSending() {
		return this.halfClose;
	}

	RawRequest timeout(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	Duration timeout() {
		return this.timeout;
	}

	byte[] toBytes(int port) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(this.method.getBytes(StandardCharsets.ISO_8859_1));
		bytes.write(' ');
		bytes.writeBytes(this.target);
		line(bytes, " HTTP/1.1");
		line(bytes, "Host: localhost:" + port);
		line(bytes, "Connection: close");
		for (byte[] header : this.headers) {
			bytes.writeBytes(header);
			line(bytes, "");
		}
		boolean sendsBody = this.body != null || this.method.equals("POST") || this.method.equals("PUT")
				|| this.method.equals("PATCH");
		if (this.contentLength && sendsBody) {
			line(bytes, "Content-Length: " + ((this.body != null) ? this.body.length : 0));
		}
		line(bytes, "");
		if (this.body != null) {
			bytes.writeBytes(this.body);
		}
		return bytes.toByteArray();
	}

	private static void line(ByteArrayOutputStream bytes, String text) {
		bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
		bytes.write('\r');
		bytes.write('\n');
	}

}
