package dev.mfastub.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The suite's one HTTP/1.1 client over a plain socket, for what an HTTP client library
 * will not send: paths no URL class would accept, malformed request lines, line breaks in
 * header values, bytes in any encoding, made-up methods, a Content-Length that lies,
 * requests cut short. It reads one answer as sent (status line, every header in order,
 * body), skipping interim 1xx ones, with the body framed by Content-Length, chunked
 * coding, or the end of the connection.
 */
public final class RawHttp {

	/** How long a read may wait before the exchange counts as unanswered. */
	public static final Duration TIMEOUT = Duration.ofSeconds(15);

	private RawHttp() {
	}

	/**
	 * Sends bytes as they are and reads the answer.
	 * @param port the server's port on localhost
	 * @param request the request, CRLFs and all
	 * @return the answer
	 * @throws IOException if the connection fails or nothing is answered in time
	 */
	public static Answer exchange(int port, byte[] request) throws IOException {
		return exchange(port, request, TIMEOUT, false);
	}

	/** {@link #exchange(int, byte[])} of a request written in ISO-8859-1. */
	public static Answer exchange(int port, String request) throws IOException {
		return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
	}

	/**
	 * Sends bytes as they are on a new connection and reads the answer.
	 * @param port the server's port on localhost
	 * @param request the request, CRLFs and all
	 * @param timeout how long each read may wait
	 * @param closeAfterSending whether to shut the sending side once the bytes are out
	 * @return the answer
	 * @throws IOException if the connection fails or nothing is answered in time
	 */
	public static Answer exchange(int port, byte[] request, Duration timeout, boolean closeAfterSending)
			throws IOException {
		try (Socket socket = connect(port)) {
			socket.setSoTimeout((int) timeout.toMillis());
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
				if (closeAfterSending) {
					socket.shutdownOutput();
				}
			}
			catch (IOException ex) {
				// The server may answer (413, say) and stop reading before the body is
				// sent: its answer is still there to read.
			}
			return read(new BufferedInputStream(socket.getInputStream()))
				.orElseThrow(() -> new EOFException("The connection closed unanswered"));
		}
	}

	/** A socket to localhost with the read timeout set. */
	public static Socket connect(int port) throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("localhost", port), 5_000);
		socket.setSoTimeout((int) TIMEOUT.toMillis());
		return socket;
	}

	/**
	 * Reads one final answer from a stream, skipping interim 1xx ones.
	 * @param in the connection's input
	 * @return the answer, or empty when the connection closed before any byte came
	 * @throws IOException if the connection fails mid-answer or a read times out
	 */
	public static Optional<Answer> read(InputStream in) throws IOException {
		Optional<Answer> answer = readOne(in);
		while (answer.isPresent() && answer.get().status() < 200) {
			answer = readOne(in);
		}
		return answer;
	}

	private static Optional<Answer> readOne(InputStream in) throws IOException {
		int first = in.read();
		if (first < 0) {
			return Optional.empty();
		}
		String statusLine = (char) first + line(in);
		String[] parts = statusLine.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
			throw new IOException("Not an HTTP/1.x status line: " + statusLine);
		}
		int status = Integer.parseInt(parts[1].trim());
		List<Header> headers = new ArrayList<>();
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			int colon = header.indexOf(':');
			if (colon > 0) {
				headers.add(new Header(header.substring(0, colon).trim(), header.substring(colon + 1).trim()));
			}
		}
		Answer head = new Answer(statusLine, status, headers, new byte[0]);
		return Optional.of(new Answer(statusLine, status, headers, body(in, head)));
	}

	private static byte[] body(InputStream in, Answer head) throws IOException {
		if (head.status() < 200 || head.status() == 204 || head.status() == 304) {
			return new byte[0];
		}
		if (head.header("Transfer-Encoding").map((value) -> value.equalsIgnoreCase("chunked")).orElse(false)) {
			return chunked(in);
		}
		Optional<String> length = head.header("Content-Length");
		if (length.isPresent()) {
			return exactly(in, Integer.parseInt(length.get()));
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			in.transferTo(body);
		}
		catch (SocketTimeoutException ex) {
			// A kept-alive connection without a length: what came is the body.
		}
		return body.toByteArray();
	}

	private static byte[] chunked(InputStream in) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = line(in);
			int semicolon = size.indexOf(';');
			int length = Integer.parseInt(((semicolon >= 0) ? size.substring(0, semicolon) : size).trim(), 16);
			if (length == 0) {
				while (!line(in).isEmpty()) {
					// trailers
				}
				return body.toByteArray();
			}
			body.write(exactly(in, length));
			line(in);
		}
	}

	private static byte[] exactly(InputStream in, int length) throws IOException {
		byte[] bytes = in.readNBytes(length);
		if (bytes.length < length) {
			throw new EOFException("The body ended after " + bytes.length + " of " + length + " bytes");
		}
		return bytes;
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new EOFException("The connection closed mid-line: " + line.toString(StandardCharsets.ISO_8859_1));
			}
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
	 * @param bytes the body, unframed
	 */
	public record Answer(String statusLine, int status, List<Header> headers, byte[] bytes) {

		/** The body, decoded as UTF-8. */
		public String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		/** The first value of a header, by case-insensitive name. */
		public Optional<String> header(String name) {
			return this.headers.stream()
				.filter((header) -> header.name().equalsIgnoreCase(name))
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

		/** Status, the headers that tell what came, and the start of the body. */
		@Override
		public String toString() {
			StringBuilder text = new StringBuilder().append(this.status);
			for (Header header : this.headers) {
				String name = header.name().toLowerCase(Locale.ROOT);
				if (name.equals("content-type") || name.equals("allow") || name.equals("location")) {
					text.append(" | ").append(header.name()).append(": ").append(header.value());
				}
			}
			String body = body();
			return text.append(" | ").append((body.length() > 600) ? body.substring(0, 600) + "..." : body).toString();
		}

	}

}
