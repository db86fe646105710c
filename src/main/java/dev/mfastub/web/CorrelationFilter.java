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
 * Gives every response its correlation headers before anything else can answer it. Runs
 * right after the forwarded-header filter and before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CorrelationFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Correlation.ensure(request, response);
		chain.doFilter(request, response);
	}

}
