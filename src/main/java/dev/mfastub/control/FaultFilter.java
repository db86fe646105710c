package dev.mfastub.control;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorResponses;
import dev.mfastub.web.FilterOrder;
import dev.mfastub.web.Links;
import dev.mfastub.web.PathEnvironment;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies an environment's fault rules to its {@code /v1}, {@code /as} and
 * {@code /deviceAuthentications} requests, before authentication: an injected outage
 * looks like one whatever the token.
 */
@Component
@Order(FilterOrder.FAULTS)
class FaultFilter extends OncePerRequestFilter {

	private final FaultService faults;

	private final ErrorResponses errors;

	FaultFilter(FaultService faults, ErrorResponses errors) {
		this.faults = faults;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = Links.path(request);
		UUID environmentId = PathEnvironment.of(request).orElse(null);
		// One indexed query, outside any transaction, tells whether there are rules to
		// apply; only then are the rules read and locked.
		Optional<FaultService.Decision> decision = (environmentId != null && this.faults.any(environmentId))
				? this.faults.decide(environmentId, request.getMethod(), path) : Optional.empty();
		if (decision.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		FaultService.Decision fault = decision.get();
		if (fault.latency() != null && !fault.latency().isZero()) {
			try {
				// The injected latency itself: the one place the stub waits on purpose.
				Thread.sleep(fault.latency().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (fault.status() == null) {
			chain.doFilter(request, response);
			return;
		}
		Duration retryAfter = (fault.retryAfterSeconds() != null) ? Duration.ofSeconds(fault.retryAfterSeconds())
				: null;
		this.errors.write(ApiException.forStatus(HttpStatus.valueOf(fault.status()), retryAfter), request, response);
	}

}
