package dev.mfastub.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every response its correlation headers before anything else can answer it, and
 * answers any failure that escapes the filters after it. Runs right after the
 * forwarded-header filter and before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CorrelationFilter extends OncePerRequestFilter {

	private final ErrorResponses errors;

	CorrelationFilter(ErrorResponses errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Correlation.ensure(request, response);
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			// A failure in a filter (the database gone while faults or tokens are
			// checked) is answered here, by the one error path, not by the container.
			Throwable failure = (ex instanceof ServletException servlet && servlet.getRootCause() != null)
					? servlet.getRootCause() : ex;
			this.errors.write(failure, request, response);
		}
	}

}
