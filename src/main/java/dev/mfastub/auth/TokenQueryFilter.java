package dev.mfastub.auth;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mfastub.web.FilterOrder;
import dev.mfastub.web.Links;

import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses a token request that carries parameters in its query string (RFC 6749 section
 * 3.2: they belong in the body) before anything else sees it: a client that puts its
 * secret there would otherwise find it in every log that shows request URLs.
 */
@Component
@Order(FilterOrder.TOKEN_QUERY)
class TokenQueryFilter extends OncePerRequestFilter {

	private static final Pattern TOKEN_ENDPOINT = Pattern.compile("^/[^/]+/as/token/?$");

	private final HandlerExceptionResolver resolver;

	TokenQueryFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getQueryString() == null || !TOKEN_ENDPOINT.matcher(Links.path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Answered by the token endpoint's own error writer, without reaching the
		// endpoint.
		this.resolver.resolveException(request, response, null,
				TokenError.invalidRequest("Token request parameters belong in the request body."));
	}

}
