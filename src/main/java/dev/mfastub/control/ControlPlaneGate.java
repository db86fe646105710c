package dev.mfastub.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
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
public class ControlPlaneGate extends OncePerRequestFilter {

	static final String TOKEN_HEADER = "X-Stub-Control-Token";

	/**
	 * The cookie the console's login sets: the token's SHA-256, in hex, so a browser,
	 * which cannot send a header on its own, can use the console of a stub with a token.
	 */
	public static final String TOKEN_COOKIE = "STUB_CONTROL";

	/** The one console page a browser reaches without the token: where it gives it. */
	public static final String LOGIN = "/__stub/console/login";

	/** What a browser says of a request its own page made, or one a person typed. */
	private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

	private static final Logger logger = LoggerFactory.getLogger(ControlPlaneGate.class);

	private final boolean open;

	private final byte[] token;

	/** The login cookie's value for the token, worked out once. */
	private final String loginCookie;

	private final ErrorResponses errors;

	ControlPlaneGate(ControlProperties properties, ListenAddress address, ErrorResponses errors) {
		this.errors = errors;
		this.token = properties.hasToken() ? properties.token().getBytes(StandardCharsets.UTF_8) : null;
		this.loginCookie = (this.token != null) ? HexFormat.of().formatHex(sha256(this.token)) : null;
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
		if (this.token != null && !matches(request.getHeader(TOKEN_HEADER)) && !carriesLogin(request)
				&& !reachableWithoutToken(Links.path(request))) {
			if ("GET".equals(request.getMethod()) && Links.path(request).startsWith("/__stub/console")) {
				// A person at a console page: to the login, not an error body.
				response.sendRedirect(request.getContextPath() + LOGIN);
				return;
			}
			this.errors.write(
					ApiException.accessFailed(HttpStatus.UNAUTHORIZED,
							new ErrorDetail("INVALID_TOKEN", TOKEN_HEADER,
									"The control plane needs the X-Stub-Control-Token header.", null)),
					request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The console's login, and the stylesheet and script it is drawn with. */
	private static boolean reachableWithoutToken(String path) {
		return path.equals(LOGIN) || path.startsWith("/__stub/console/assets/");
	}

	/** Whether this is the control token; {@code false} when the stub has none. */
	public boolean matches(String sent) {
		return this.token != null && sent != null
				&& MessageDigest.isEqual(this.token, sent.getBytes(StandardCharsets.UTF_8));
	}

	/** The console login cookie's value for this stub's token. */
	public String loginCookieValue() {
		return this.loginCookie;
	}

	public boolean hasToken() {
		return this.token != null;
	}

	private boolean carriesLogin(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		byte[] expected = loginCookieValue().getBytes(StandardCharsets.US_ASCII);
		for (Cookie cookie : cookies) {
			if (TOKEN_COOKIE.equals(cookie.getName()) && cookie.getValue() != null
					&& MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
				return true;
			}
		}
		return false;
	}

	private static byte[] sha256(byte[] value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
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
