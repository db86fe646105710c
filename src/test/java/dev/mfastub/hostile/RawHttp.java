package dev.mfastub.hostile;

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

/**
 * An HTTP/1.1 client over a plain socket that sends exactly the bytes it is given: paths
 * no URL class would accept, bodies in any encoding, made-up methods, a Content-Length
 * that lies. It reads one answer (skipping interim 1xx ones), with its body framed by
 * Content-Length, chunked coding, or the end of the connection. A server that does not
 * answer within the request's timeout fails the test instead of hanging the build.
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends a request on a new connection and reads the answer.
	 * @param port the server's port on the loopback interface
	 * @param request what to send
	 * @return the answer
	 */
	static Response exchange(int port, RawRequest request) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout((int) request.timeout().toMillis());
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.toBytes(port));
				out.flush();
				if (request.closesAfterSending()) {
					socket.shutdownOutput();
				}
			}
			catch (IOException ex) {
				// The server may answer (413, say) and stop reading before the body is
				// sent: its answer is still there to read.
			}
			InputStream in = new BufferedInputStream(socket.getInputStream());
			Response response = read(in);
			while (response.status() >= 100 && response.status() < 200) {
				response = read(in);
			}
			return response;
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("No answer within " + request.timeout().toSeconds() + " s", ex);
		}
		catch (IOException ex) {
			throw new AssertionError("The connection failed before a whole answer was read: " + ex, ex);
		}
	}

	private static Response read(InputStream in) throws IOException {
		String statusLine = line(in);
		String[] parts = statusLine.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
			throw new IOException("Not an HTTP/1.x status line: " + statusLine);
		}
		int status = Integer.parseInt(parts[1].trim());
		List<String[]> headers = new ArrayList<>();
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			int colon = header.indexOf(':');
			headers.add(new String[] { header.substring(0, colon).trim(), header.substring(colon + 1).trim() });
		}
		Response head = new Response(status, headers, new byte[0]);
		byte[] body;
		if (status < 200 || status == 204 || status == 304) {
			body = new byte[0];
		}
		else if ("chunked".equalsIgnoreCase(head.header("Transfer-Encoding"))) {
			body = chunked(in);
		}
		else if (head.header("Content-Length") != null) {
			body = exactly(in, Integer.parseInt(head.header("Content-Length")));
		}
		else {
			body = in.readAllBytes();
		}
		return new Response(status, headers, body);
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
	 * One answer.
	 *
	 * @param status its status code
	 * @param headers its header lines, name and value, in order
	 * @param body its body, unframed
	 */
	record Response(int status, List<String[]> headers, byte[] body) {

		/** The first header of that name, any case; {@code null} when absent. */
		String header(String name) {
			return this.headers.stream()
				.filter((header) -> header[0].equalsIgnoreCase(name))
				.map((header) -> header[1])
				.findFirst()
				.orElse(null);
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder().append(this.status);
			for (String[] header : this.headers) {
				String name = header[0].toLowerCase(Locale.ROOT);
				if (name.equals("content-type") || name.equals("allow") || name.equals("location")) {
					text.append(" | ").append(header[0]).append(": ").append(header[1]);
				}
			}
			String body = text();
			return text.append(" | ").append((body.length() > 600) ? body.substring(0, 600) + "..." : body).toString();
		}

	}

	/** How long to wait for an answer unless a request says otherwise. */
	static final Duration TIMEOUT = Duration.ofSeconds(10);

}
