package dev.mfastub.control;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.ErrorResponses;
import dev.mfastub.web.Links;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /__stub}. The control plane can delete and rewrite everything, so it is
 * on only where nobody else can reach it (the server listens on loopback) or where
 * callers must prove themselves ({@code stub.control.token}); otherwise its paths do not
 * exist.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ControlPlaneGate extends OncePerRequestFilter {

	static final String TOKEN_HEADER = "X-Stub-Control-Token";

	private static final Logger logger = LoggerFactory.getLogger(ControlPlaneGate.class);

	private final boolean open;

	private final byte[] token;

	private final ErrorResponses errors;

	ControlPlaneGate(ControlProperties properties, @Value("${server.address:}") String serverAddress,
			ErrorResponses errors) {
		this.errors = errors;
		this.token = properties.hasToken() ? properties.token().getBytes(StandardCharsets.UTF_8) : null;
		boolean loopback = isLoopback(serverAddress);
		this.open = properties.enabled() && (loopback || properties.hasToken());
		if (!properties.enabled()) {
			logger.info("Control plane /__stub is off: stub.control.enabled=false");
		}
		else if (!this.open) {
			logger.warn(
					"Control plane /__stub is off: the server listens beyond loopback ({}) and "
							+ "stub.control.token is not set",
					serverAddress.isEmpty() ? "all interfaces" : serverAddress);
		}
		else {
			logger.info("Control plane /__stub is on{}", (this.token != null) ? ", token required" : "");
		}
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

	private static boolean isLoopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
