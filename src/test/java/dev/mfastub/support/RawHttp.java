package dev.mfastub.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library will not send: malformed
 * request lines, line breaks in header values, bytes that are not ASCII, repeated
 * headers, requests cut short. The answer is read as sent: status line, every header in
 * order, body.
 */
public final class RawHttp {

	/** How long a read may wait before the exchange counts as unanswered. */
	private static final int READ_TIMEOUT_MILLIS = 15_000;

	private RawHttp() {
	}

	/**
	 * Sends bytes as they are and reads the answer until the server closes the connection
	 * or the declared body has arrived.
	 * @param port the server's port on localhost
	 * @param request the request, CRLFs and all
	 * @return the answer
	 * @throws IOException if the connection fails or nothing is answered in time
	 */
	public static Answer exchange(int port, byte[] request) throws IOException {
		try (Socket socket = connect(port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return read(socket.getInputStream()).orElseThrow(() -> new IOException("The connection closed unanswered"));
		}
	}

	/** {@link #exchange(int, byte[])} of a request written in ISO-8859-1. */
	public static Answer exchange(int port, String request) throws IOException {
		return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A socket to localhost with the read timeout set. */
	public static Socket connect(int port) throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("localhost", port), 5_000);
		socket.setSoTimeout(READ_TIMEOUT_MILLIS);
		return socket;
	}

	/**
	 * Reads one answer from a stream.
	 * @param in the connection's input
	 * @return the answer, or empty when the connection closed before any byte came
	 * @throws IOException if the connection fails mid-answer or the read times out
	 */
	public static Optional<Answer> read(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				if (head.size() == 0) {
					return Optional.empty();
				}
				throw new IOException("The connection closed inside the answer's head: " + head);
			}
			head.write(b);
			matched = (b == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		String[] statusLine = lines[0].split(" ", 3);
		List<Header> headers = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.add(new Header(lines[i].substring(0, colon), lines[i].substring(colon + 1).trim()));
			}
		}
		Answer withoutBody = new Answer(lines[0], Integer.parseInt(statusLine[1]), headers, "");
		return Optional.of(new Answer(lines[0], withoutBody.status(), headers, body(in, withoutBody)));
	}

	private static String body(InputStream in, Answer head) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Optional<String> length = head.header("Content-Length");
		if (length.isPresent()) {
			byte[] bytes = in.readNBytes(Integer.parseInt(length.get()));
			return new String(bytes, StandardCharsets.UTF_8);
		}
		if (head.header("Transfer-Encoding").map((value) -> value.equalsIgnoreCase("chunked")).orElse(false)) {
			while (true) {
				String size = line(in);
				int chunk = Integer.parseInt(size.split(";")[0].trim(), 16);
				if (chunk == 0) {
					line(in);
					return body.toString(StandardCharsets.UTF_8);
				}
				body.write(in.readNBytes(chunk));
				line(in);
			}
		}
		if (head.status() == 204 || head.status() == 304) {
			return "";
		}
		try {
			in.transferTo(body);
		}
		catch (SocketTimeoutException ex) {
			// A kept-alive connection without a length: what came is the body.
		}
		return body.toString(StandardCharsets.UTF_8);
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) >= 0 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	/**
	 * One response header as it came.
	 *
	 * @param name its name
	 * @param value its value, without surrounding whitespace
	 */
	public record Header(String name, String value) {

	}

	/**
	 * A response as it came over the wire.
	 *
	 * @param statusLine the first line
	 * @param status the status code
	 * @param headers every header, in order
	 * @param body the body, decoded as UTF-8
	 */
	public record Answer(String statusLine, int status, List<Header> headers, String body) {

		/** The first value of a header, by case-insensitive name. */
		public Optional<String> header(String name) {
			return this.headers.stream()
				.filter((header) -> header.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
				.map(Header::value)
				.findFirst();
		}

		/** Every value of a header, by case-insensitive name. */
		public List<String> headers(String name) {
			return this.headers.stream()
				.filter((header) -> header.name().equalsIgnoreCase(name))
				.map(Header::value)
				.toList();
		}

	}

}
