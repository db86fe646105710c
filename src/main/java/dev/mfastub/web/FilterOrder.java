package dev.mfastub.web;

import org.springframework.core.Ordered;

/**
 * The order of the stub's servlet filters, in one place, first to last. Spring's
 * forwarded-header filter runs before all of them (it has the highest precedence), so
 * every filter sees the scheme, host and port the client used; Spring Security's chain
 * for {@code /v1} runs after all of them.
 */
public final class FilterOrder {

	/**
	 * Correlation and hardening headers, and the answer to a failure in any later filter.
	 */
	public static final int FRONT = Ordered.HIGHEST_PRECEDENCE + 1;

	/** The {@code Host} check against DNS rebinding. */
	public static final int HOST = Ordered.HIGHEST_PRECEDENCE + 2;

	/**
	 * CORS on the PingOne API, so that every answer after it, errors included, carries
	 * it.
	 */
	public static final int CORS = Ordered.HIGHEST_PRECEDENCE + 3;

	/** The request body size limit. */
	public static final int BODY_SIZE = Ordered.HIGHEST_PRECEDENCE + 4;

	/** Who may use the control plane. */
	public static final int CONTROL_PLANE_GATE = Ordered.HIGHEST_PRECEDENCE + 5;

	/** Injected faults, before authentication. */
	public static final int FAULTS = Ordered.HIGHEST_PRECEDENCE + 6;

	/** Token requests with parameters in the query string. */
	public static final int TOKEN_QUERY = Ordered.HIGHEST_PRECEDENCE + 7;

	private FilterOrder() {
	}

}
