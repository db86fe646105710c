package dev.mfastub.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The refusal a hostile request must get: one outcome, or a few equally right ones (a
 * path the container refuses before any route is matched, say). Every outcome is a 4xx
 * with a JSON error body; which body shape, status and code is what this names.
 *
 * @param outcomes the acceptable outcomes, at least one
 */
record Expected(List<Outcome> outcomes) {

	/** PingOne's error body, or RFC 6749's of the token endpoint. */
	enum Shape {

		PING_ONE, OAUTH,

		/**
		 * No answer: the server closed the connection of a client that closed its own.
		 */
		CLOSED

	}

	/**
	 * One acceptable answer.
	 *
	 * @param status its status
	 * @param shape its body's shape
	 * @param code its {@code code} (PingOne) or {@code error} (OAuth)
	 * @param detailCode for PingOne bodies with details, the code one detail must have;
	 * {@code null} for a body without details
	 * @param target the target that detail must name; {@code null} for none or any
	 * @param allow for 405, the methods the route has ({@code Allow}, HEAD and OPTIONS
	 * aside)
	 */
	record Outcome(int status, Shape shape, String code, String detailCode, String target, Set<String> allow) {

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder().append(this.status).append(' ').append(this.code);
			if (this.detailCode != null) {
				text.append('/').append(this.detailCode);
			}
			if (this.target != null) {
				text.append('(').append(this.target).append(')');
			}
			if (this.allow != null) {
				text.append(" Allow: ").append(String.join(",", this.allow));
			}
			return text.toString();
		}

	}

	/** 400 {@code INVALID_REQUEST}: a body or request that cannot be read. */
	static Expected invalidRequest() {
		return pingOne(400, "INVALID_REQUEST", null, null, null);
	}

	/** 400 {@code INVALID_DATA} with a detail naming the field. */
	static Expected invalidData(String target) {
		return pingOne(400, "INVALID_DATA", "*", target, null);
	}

	/** 400 {@code INVALID_DATA} with an {@code INVALID_FILTER} detail. */
	static Expected invalidFilter() {
		return pingOne(400, "INVALID_DATA", "INVALID_FILTER", "filter", null);
	}

	/** 404 {@code NOT_FOUND}. */
	static Expected notFound() {
		return pingOne(404, "NOT_FOUND", null, null, null);
	}

	/** 405 {@code INVALID_REQUEST} with {@code Allow} naming the route's methods. */
	static Expected methodNotAllowed(Set<String> allow) {
		return pingOne(405, "INVALID_REQUEST", null, null, allow);
	}

	/** 413 {@code INVALID_REQUEST}. */
	static Expected payloadTooLarge() {
		return pingOne(413, "INVALID_REQUEST", null, null, null);
	}

	/** 415 {@code INVALID_REQUEST}. */
	static Expected unsupportedMediaType() {
		return pingOne(415, "INVALID_REQUEST", null, null, null);
	}

	/**
	 * A PingOne error without details, for statuses the README does not list but HTTP
	 * names (408, 414).
	 */
	static Expected status(int status, String code) {
		return pingOne(status, code, null, null, null);
	}

	/** An RFC 6749 error of the token endpoint. */
	static Expected oauth(int status, String error) {
		return new Expected(List.of(new Outcome(status, Shape.OAUTH, error, null, null, null)));
	}

	/**
	 * The connection closed without an answer: right only where the client itself closed
	 * its side mid-body, and Tomcat takes the end of input as the client going away.
	 */
	static Expected connectionClosed() {
		return new Expected(List.of(new Outcome(0, Shape.CLOSED, "connection closed", null, null, null)));
	}

	/** Whether closing the connection without an answer is one of the outcomes. */
	boolean allowsClosedConnection() {
		return this.outcomes.stream().anyMatch((outcome) -> outcome.shape() == Shape.CLOSED);
	}

	/** This outcome or another's. */
	Expected or(Expected other) {
		List<Outcome> outcomes = new ArrayList<>(this.outcomes);
		outcomes.addAll(other.outcomes);
		return new Expected(List.copyOf(outcomes));
	}

	private static Expected pingOne(int status, String code, String detailCode, String target, Set<String> allow) {
		return new Expected(List.of(new Outcome(status, Shape.PING_ONE, code, detailCode, target, allow)));
	}

	@Override
	public String toString() {
		return this.outcomes.stream().map(Outcome::toString).collect(Collectors.joining(" or "));
	}

}
