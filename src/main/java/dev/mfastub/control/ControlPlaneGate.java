package dev.mfastub.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.ErrorResponses;
import dev.mfastub.web.FilterOrder;
import dev.mfastub.web.Links;
import dev.mfastub.web.ListenAddress;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /__stub}. The control plane can delete and rewrite everything, so it is
 * on only where nobody else can reach it (the server listens on loopback) or where
 * callers must prove themselves ({@code stub.control.token}); otherwise its paths do not
 * exist. Whatever the caller, a browser request from another origin is refused before it
 * has any effect: a web page a developer opens must not be able to reset or read their
 * stub, even with a "simple" request that a browser sends without asking first.
 */
@Component
@Order(FilterOrder.CONTROL_PLANE_GATE)
class ControlPlaneGate extends OncePerRequestFilter {

	static final String TOKEN_HEADER = "X-Stub-Control-Token";

	/** What a browser says of a request its own page made, or one a person typed. */
	private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

	private static final Logger logger = LoggerFactory.getLogger(ControlPlaneGate.class);

	private final boolean open;

	private final byte[] token;

	private final ErrorResponses errors;

	ControlPlaneGate(ControlProperties properties, ListenAddress address, ErrorResponses errors) {
		this.errors = errors;
		this.token = properties.hasToken() ? properties.token().getBytes(StandardCharsets.UTF_8) : null;
		this.open = opens(properties, address.loopback());
		if (!properties.enabled()) {
			logger.info("Control plane /__stub is off: stub.control.enabled=false");
		}
		else if (!this.open) {
			logger.warn("Control plane /__stub is off: the server listens beyond loopback ({}) and "
					+ "stub.control.token is not set", address.describe());
		}
		else {
			logger.info("Control plane /__stub is on{}", (this.token != null) ? ", token required" : "");
		}
	}

	/**
	 * Whether the control plane exists: unless turned off, where only this machine can
	 * reach it or where callers must send the token.
	 * @param properties the control plane's properties
	 * @param loopback whether the server listens on loopback only
	 * @return whether its paths answer
	 */
	static boolean opens(ControlProperties properties, boolean loopback) {
		return properties.enabled() && (loopback || properties.hasToken());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = Links.path(request);
		return !(path.equals("/__stub") || path.startsWith("/__stub/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.open) {
			this.errors.write(ApiException.notFound(), request, response);
			return;
		}
		if (fromAnotherSite(request)) {
			this.errors
				.write(ApiException.accessFailed(HttpStatus.FORBIDDEN, new ErrorDetail("INSUFFICIENT_PERMISSIONS", null,
						"The control plane does not answer requests that a browser sends from another site.", null)),
						request, response);
			return;
		}
		if (this.token != null && !matches(request.getHeader(TOKEN_HEADER))) {
			this.errors.write(
					ApiException.accessFailed(HttpStatus.UNAUTHORIZED,
							new ErrorDetail("INVALID_TOKEN", TOKEN_HEADER,
									"The control plane needs the X-Stub-Control-Token header.", null)),
					request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean matches(String sent) {
		return sent != null && MessageDigest.isEqual(this.token, sent.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Whether a browser made the request for a page of another origin: it says so in
	 * {@code Sec-Fetch-Site}, or (older browsers) sends an {@code Origin} that is not the
	 * stub's own. Tools send neither header.
	 */
	private static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !OWN_SITE.contains(site)) {
			return true;
		}
		if (request.getHeader(HttpHeaders.ORIGIN) == null) {
			return false;
		}
		try {
			return CorsUtils.isCorsRequest(request);
		}
		catch (IllegalArgumentException unreadable) {
			// An Origin that is not an origin at all ("null" from a sandboxed frame
			// parses; garbage does not) is nobody's own.
			return true;
		}
	}

}
