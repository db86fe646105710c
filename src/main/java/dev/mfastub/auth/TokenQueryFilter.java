package dev.mfastub.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mfastub.web.FilterOrder;
import dev.mfastub.web.Links;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.UriUtils;

/**
 * Refuses a token request that carries the client's secret in its query string, before
 * anything else sees it: the secret would otherwise be in every log that shows request
 * URLs. Other parameters may come in the query, as PingOne's own scripts send
 * {@code ?grant_type=client_credentials} with Basic credentials and no body.
 */
@Component
@Order(FilterOrder.TOKEN_QUERY)
class TokenQueryFilter extends OncePerRequestFilter {

	private static final String SECRET = "client_secret";

	private static final Pattern TOKEN_ENDPOINT = Pattern.compile("^/[^/]+/as/token/?$");

	private final HandlerExceptionResolver resolver;

	TokenQueryFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getQueryString() == null || !TOKEN_ENDPOINT.matcher(Links.path(request)).matches();
	}

	/** Whether a query names a parameter {@code client_secret}, however it is spelled. */
	static boolean carriesSecret(String query) {
		for (String parameter : query.split("&")) {
			int equals = parameter.indexOf('=');
			String name = (equals >= 0) ? parameter.substring(0, equals) : parameter;
			try {
				if (SECRET.equals(UriUtils.decode(name.replace("+", " "), StandardCharsets.UTF_8))) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				// Not a name that decodes: the form reader refuses it.
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesSecret(request.getQueryString())) {
			chain.doFilter(request, response);
			return;
		}
		// Answered by the token endpoint's own error writer, without reaching the
		// endpoint.
		this.resolver.resolveException(request, response, null, TokenError
			.invalidRequest("client_secret belongs in the request body or the Authorization header, not the URL."));
	}

}
