package dev.mfastub.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Against DNS rebinding: while the stub listens on loopback, a request must name this
 * machine in its {@code Host} header ({@code localhost}, {@code *.localhost},
 * {@code 127.0.0.0/8}, {@code [::1]}) or a host of {@code stub.allowed-hosts}. A web page
 * whose name was made to resolve to 127.0.0.1 still sends its own name, and gets a 421 on
 * every path. Off loopback there is no such name to check against, and the rule is off.
 */
@Component
@Order(FilterOrder.HOST)
class HostCheckFilter extends OncePerRequestFilter {

	private static final Pattern LOOPBACK_IPV4 = Pattern
		.compile("127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

	private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9A-Fa-f:.]+]");

	private final boolean enabled;

	private final Set<String> allowed;

	private final ErrorResponses errors;

	HostCheckFilter(ListenAddress address, WebProperties properties, ErrorResponses errors) {
		this.enabled = address.loopback();
		this.allowed = properties.allowedHosts()
			.stream()
			.map((host) -> host.trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.enabled;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The header as the client sent it: the forwarded-header filter leaves it alone.
		String host = request.getHeader(HttpHeaders.HOST);
		if (host != null && !host.isEmpty() && !permits(hostName(host))) {
			this.errors.write(new ApiException(HttpStatus.MISDIRECTED_REQUEST, "INVALID_REQUEST", ApiException.PREFIX
					+ "The Host header names a host this stub does not answer for; list it in stub.allowed-hosts.",
					null, null), request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether a host name (without port, lower case) may be served.
	 * @param name the name, an IPv4 address or a bracketed IPv6 address
	 * @return whether it names this machine or is listed
	 */
	boolean permits(String name) {
		return name.equals("localhost") || name.endsWith(".localhost") || LOOPBACK_IPV4.matcher(name).matches()
				|| loopbackIpv6(name) || this.allowed.contains(name);
	}

	/** The host part of a {@code Host} header, lower case, brackets kept. */
	static String hostName(String header) {
		String value = header.trim().toLowerCase(Locale.ROOT);
		int end = value.startsWith("[") ? value.indexOf(']') + 1 : value.lastIndexOf(':');
		return (end > 0) ? value.substring(0, end) : value;
	}

	private static boolean loopbackIpv6(String name) {
		if (!IPV6_LITERAL.matcher(name).matches()) {
			return false;
		}
		try {
			// A literal: parsed, never looked up.
			return InetAddress.getByName(name).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
