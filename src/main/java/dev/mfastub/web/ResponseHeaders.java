package dev.mfastub.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The headers every answer carries, whoever writes it (a controller, a filter, Spring
 * Security, Tomcat): no content sniffing, and no caching of API answers, which hold
 * tokens and user data. Set first, so later writers (Spring Security's header writers
 * among them) find them there and do not repeat them.
 */
final class ResponseHeaders {

	private ResponseHeaders() {
	}

	static void add(String path, HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (isApi(path)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		}
	}

	/** The PingOne API, its auth server and the control plane: not the docs or health. */
	private static boolean isApi(String path) {
		return path == null || path.startsWith("/v1/") || path.startsWith("/__stub") || path.contains("/as/")
				|| path.endsWith("/as");
	}

}
