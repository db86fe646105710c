package dev.mfastub.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter every request meets, right after the forwarded-header one: before
 * anything else can answer, it gives the response its correlation headers and the headers
 * every answer has ({@link ResponseHeaders}), it gives a request with a PingOne vendor
 * type beside {@code application/json} the one {@code Content-Type} every later hop reads
 * ({@link VendorContentType}), and it answers any failure that escapes the filters after
 * it.
 */
@Component
@Order(FilterOrder.FRONT)
class FrontFilter extends OncePerRequestFilter {

	private final ErrorResponses errors;

	FrontFilter(ErrorResponses errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Correlation.ensure(request, response);
		ResponseHeaders.add(Links.path(request), response);
		try {
			chain.doFilter(VendorContentType.read(request), response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			// A failure in a filter (the database gone while faults or tokens are
			// checked) is answered here, by the one error path, not by the container.
			Throwable failure = (ex instanceof ServletException servlet && servlet.getRootCause() != null)
					? servlet.getRootCause() : ex;
			try {
				this.errors.write(failure, request, response);
			}
			catch (IOException gone) {
				// The client went away: there is nobody to answer.
			}
		}
	}

}
