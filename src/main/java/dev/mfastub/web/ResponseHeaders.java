package dev.mfastub.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The headers every answer carries, whoever writes it (a controller, a filter, Spring
 * Security, Tomcat): no content sniffing, and no caching of anything but the
 * documentation: answers hold tokens, user data and state that a test moves on purpose.
 * Set first, so later writers (Spring Security's header writers among them) find them
 * there and do not repeat them.
 */
final class ResponseHeaders {

	private ResponseHeaders() {
	}

	static void add(String path, HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (!isDocumentation(path)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		}
	}

	/** Swagger UI and the OpenAPI document: static for a given build. */
	private static boolean isDocumentation(String path) {
		return path != null && (path.startsWith("/swagger-ui") || path.startsWith("/v3/api-docs"));
	}

}
