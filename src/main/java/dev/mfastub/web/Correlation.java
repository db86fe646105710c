package dev.mfastub.web;

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
	 * An external id as it is echoed: at most 100 characters, anything but letters,
	 * digits and {@code . _ - / @ = # +} replaced by {@code _}, generated when absent.
	 * @param value the header the client sent, or {@code null}
	 * @return the value to echo
	 */
	static String external(String value) {
		if (value == null || value.isEmpty()) {
			return Uuids.random().toString();
		}
		int length = Math.min(value.length(), MAX_EXTERNAL_ID_LENGTH);
		StringBuilder sanitised = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			sanitised.append(isAllowed(c) ? c : '_');
		}
		return sanitised.toString();
	}

	private static boolean isAllowed(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
				|| c == '-' || c == '/' || c == '@' || c == '=' || c == '#' || c == '+';
	}

}
