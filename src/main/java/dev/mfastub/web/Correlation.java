package dev.mfastub.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The identifiers that tie a response to the request and to the caller's own transaction:
 * {@code Correlation-Id} (new for every request, and the {@code id} of any error body)
 * and the echoed, sanitised {@code X-Ping-External-*} headers.
 */
public final class Correlation {

	public static final String CORRELATION_ID = "Correlation-Id";

	public static final String EXTERNAL_TRANSACTION_ID = "X-Ping-External-Transaction-ID";

	public static final String EXTERNAL_SESSION_ID = "X-Ping-External-Session-ID";

	static final int MAX_EXTERNAL_ID_LENGTH = 100;

	private static final String ATTRIBUTE = Correlation.class.getName() + ".id";

	private Correlation() {
	}

	/**
	 * The request's correlation id, creating it and writing all three headers the first
	 * time it is asked for. Every path that answers a request (the filter, error
	 * rendering before or outside the filter) asks here, so none answers without them.
	 * @param request the request
	 * @param response the response to carry the headers
	 * @return the correlation id
	 */
	public static String ensure(HttpServletRequest request, HttpServletResponse response) {
		Object existing = request.getAttribute(ATTRIBUTE);
		if (existing instanceof String id) {
			if (!response.containsHeader(CORRELATION_ID)) {
				writeHeaders(request, response, id);
			}
			return id;
		}
		String id = Uuids.random().toString();
		request.setAttribute(ATTRIBUTE, id);
		writeHeaders(request, response, id);
		return id;
	}

	/** The correlation id of a request that has one, for logs and the journal. */
	public static String of(HttpServletRequest request) {
		Object existing = request.getAttribute(ATTRIBUTE);
		return (existing instanceof String id) ? id : null;
	}

	private static void writeHeaders(HttpServletRequest request, HttpServletResponse response, String id) {
		response.setHeader(CORRELATION_ID, id);
		response.setHeader(EXTERNAL_TRANSACTION_ID, external(request.getHeader(EXTERNAL_TRANSACTION_ID)));
		response.setHeader(EXTERNAL_SESSION_ID, external(request.getHeader(EXTERNAL_SESSION_ID)));
	}

	/**
	 * An external id as it is echoed, as PingOne's description of the headers has it: at
	 * most 100 characters, anything but Unicode letters, combining marks, numeric
	 * characters and {@code . _ - / @ = # +} replaced by {@code _}, generated when
	 * absent.
	 * <p>
	 * HTTP headers travel as bytes, and the servlet container reads and writes them one
	 * byte per character (ISO-8859-1). A client that sends UTF-8 gets its letters back as
	 * the same UTF-8 bytes; in a header that is not UTF-8, every byte beyond ASCII is
	 * replaced.
	 * @param value the header as the container read it, or {@code null}
	 * @return the value to echo, as the container should write it
	 */
	static String external(String value) {
		if (value == null || value.isEmpty()) {
			return Uuids.random().toString();
		}
		String text = utf8OrAsIs(value);
		StringBuilder sanitised = new StringBuilder();
		int characters = 0;
		for (int i = 0; i < text.length() && characters < MAX_EXTERNAL_ID_LENGTH; characters++) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (isAllowed(c)) {
				sanitised.appendCodePoint(c);
			}
			else {
				sanitised.append('_');
			}
		}
		return new String(sanitised.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

	private static String utf8OrAsIs(String latin1) {
		byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			// Not UTF-8, so not Unicode letters either: only the ASCII ones can be kept.
			return latin1.replaceAll("[^\\x00-\\x7F]", "_");
		}
	}

	private static boolean isAllowed(int c) {
		return switch (Character.getType(c)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
					Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> c == '.' || c == '_' || c == '-' || c == '/' || c == '@' || c == '=' || c == '#' || c == '+';
		};
	}

}
