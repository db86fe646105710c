package dev.mfastub.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where links point: the base URL of the current request, as the client saw it. The
 * forwarded-header filter has already applied {@code X-Forwarded-*} and
 * {@code Forwarded}, so a stub behind a proxy links to the proxy.
 */
public final class Links {

	private Links() {
	}

	/** The request's scheme, host, port and context path, without a trailing slash. */
	public static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).build().toUriString();
	}

	/**
	 * The request's path within the application, without context path or query: what
	 * filters match {@code /v1}, {@code /as} and {@code /__stub} paths against.
	 * @param request the request
	 * @return the path, starting with {@code /}
	 */
	public static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * A HAL link.
	 *
	 * @param href the absolute URL
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Link(String href) {

	}

}
