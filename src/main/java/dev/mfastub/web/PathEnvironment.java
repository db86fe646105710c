package dev.mfastub.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriUtils;

/**
 * The environment an API path names ({@code /v1/environments/{envID}/...},
 * {@code /{envID}/as/...}, {@code /{envID}/deviceAuthentications/...},
 * {@code /{envID}/flows/...}, {@code /{envID}/signon/...}), parsed once per request and
 * kept for the rest of it ({@link RequestMemo}): the fault rules, the access decision and
 * the call's context all read this one value, so no two of them can read the path
 * differently.
 */
public final class PathEnvironment {

	private static final Pattern ENVIRONMENT_PATH = Pattern
		.compile("^/(?:v1/environments/([^/]+)(?:/.*)?|([^/]+)/(?:as|deviceAuthentications|flows|signon)(?:/.*)?)$");

	private static final Optional<UUID> NONE = Optional.empty();

	private PathEnvironment() {
	}

	/**
	 * The environment the request's path names.
	 * @param request the request
	 * @return its id, or empty when the path names none, or not as a canonical id
	 */
	@SuppressWarnings("unchecked")
	public static Optional<UUID> of(HttpServletRequest request) {
		return RequestMemo.computeIfAbsent(request, "pathEnvironment", Optional.class,
				() -> parse(Links.path(request)));
	}

	static Optional<UUID> parse(String path) {
		Matcher matcher = ENVIRONMENT_PATH.matcher(path);
		if (!matcher.matches()) {
			return NONE;
		}
		String segment = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
		try {
			// Decoded as Spring MVC decodes a path variable.
			return Optional.ofNullable(Uuids.parseOrNull(UriUtils.decode(segment, StandardCharsets.UTF_8)));
		}
		catch (IllegalArgumentException ex) {
			return NONE;
		}
	}

}
