package dev.mfastub.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's lookup of a request's route, with each route's literal path segments
 * compared first. For a path with an id in it, Spring MVC asks every one of the stub's
 * routes in turn all of its conditions (method, CORS preflight, headers, media types,
 * then the path pattern): a profile of GET bypassMFA put that at 16% of the stub's CPU
 * per request. A route whose pattern has a literal segment where the path has another
 * value, at the same place, cannot match; it is passed over before its conditions are
 * asked. Every other route is asked exactly as before, so the route chosen, and the 404,
 * 405 or 415 when none is, do not change ({@code LiteralSegmentsHandlerMappingTest} holds
 * the comparison to Spring's own pattern matching).
 */
class LiteralSegmentsHandlerMapping extends RequestMappingHandlerMapping {

	/** Any value at this place. */
	private static final String ANY = null;

	/** A route whose patterns cannot be compared segment by segment. */
	private static final List<Shape> CANNOT_TELL = List.of();

	private static final ThreadLocal<String[]> PATH = new ThreadLocal<>();

	/**
	 * Each route's shapes, by identity: copied on the rare write (a route's first
	 * lookup), read without a lock or a hash of the route on every other.
	 */
	private volatile Map<RequestMappingInfo, List<Shape>> shapes = new IdentityHashMap<>();

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		String[] previous = PATH.get();
		PATH.set(segments(request));
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			PATH.set(previous);
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String[] path = PATH.get();
		if (path != null && !mayMatch(shapesOf(info), path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private List<Shape> shapesOf(RequestMappingInfo info) {
		List<Shape> known = this.shapes.get(info);
		if (known != null) {
			return known;
		}
		List<Shape> computed = shapes(info);
		synchronized (this) {
			Map<RequestMappingInfo, List<Shape>> copy = new IdentityHashMap<>(this.shapes);
			copy.put(info, computed);
			this.shapes = copy;
		}
		return computed;
	}

	/**
	 * Whether a path may match one of a route's patterns.
	 * @param shapes each pattern's shape; {@link #CANNOT_TELL} when a pattern cannot be
	 * compared
	 * @param path the path's segments, as a pattern compares them (decoded, without path
	 * parameters)
	 * @return false only when no pattern can match
	 */
	static boolean mayMatch(List<Shape> shapes, String[] path) {
		if (shapes.isEmpty()) {
			return true;
		}
		for (Shape shape : shapes) {
			if (shape.mayMatch(path)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A request's path segments as a pattern matches them, or null when the request was
	 * not parsed for pattern matching (then nothing is passed over).
	 */
	private static String[] segments(HttpServletRequest request) {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return null;
		}
		return segments(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
	}

	static String[] segments(PathContainer path) {
		List<String> segments = new ArrayList<>();
		for (PathContainer.Element element : path.elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				segments.add(segment.valueToMatch());
			}
		}
		return segments.toArray(String[]::new);
	}

	private static List<Shape> shapes(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return CANNOT_TELL;
		}
		List<Shape> shapes = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			Shape shape = shape(pattern.getPatternString());
			if (shape == null) {
				return CANNOT_TELL;
			}
			shapes.add(shape);
		}
		return List.copyOf(shapes);
	}

	/**
	 * A pattern's shape: its literal segments as they are, {@link #ANY} for one that
	 * matches one segment by a variable or a wildcard. It stops before a segment that may
	 * match several ({@code **}, <code>{*name}</code>), since later places no longer line
	 * up, or before an empty one; only a pattern read to its end fixes the number of
	 * segments.
	 * @param pattern a path pattern
	 * @return its shape, or null when it does not start with a separator
	 */
	static Shape shape(String pattern) {
		if (!pattern.startsWith("/")) {
			return null;
		}
		List<String> segments = new ArrayList<>();
		boolean complete = true;
		for (String segment : pattern.substring(1).split("/", -1)) {
			if (segment.isEmpty() || segment.contains("**") || segment.contains("{*")) {
				complete = false;
				break;
			}
			segments.add(isLiteral(segment) ? segment : ANY);
		}
		return new Shape(segments.toArray(String[]::new), complete);
	}

	/** Only plain characters, which a pattern compares as they are, case included. */
	private static boolean isLiteral(String segment) {
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What a pattern says about the segments of the paths it matches.
	 *
	 * @param literals each place's literal, or {@link #ANY}
	 * @param complete whether the pattern has exactly these places
	 */
	record Shape(String[] literals, boolean complete) {

		boolean mayMatch(String[] path) {
			if (this.complete && path.length != this.literals.length) {
				return false;
			}
			int common = Math.min(this.literals.length, path.length);
			for (int i = 0; i < common; i++) {
				if (this.literals[i] != ANY && !this.literals[i].equals(path[i])) {
					return false;
				}
			}
			return true;
		}

	}

}
