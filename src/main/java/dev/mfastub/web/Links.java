package dev.mfastub.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where links point: the base URL of the current request, as the client saw it. The
 * forwarded-header filter has already applied {@code X-Forwarded-*} and
 * {@code Forwarded}, so a stub behind a proxy links to the proxy.
 */
public final class Links {

	private Links() {
	}

	/**
	 * The request's scheme, host, port and context path, without a trailing slash.
	 * @param request the request
	 * @return the base every link of its answer starts with
	 */
	public static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

	/**
	 * A path variable of the handler about to run, as Spring MVC matched it.
	 * @param request the request
	 * @param name the variable's name
	 * @return its value, or {@code null} when the route has none
	 */
	public static String pathVariable(NativeWebRequest request, String name) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		return (variables instanceof Map<?, ?> map && map.get(name) instanceof String value) ? value : null;
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
