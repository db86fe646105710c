package dev.mfastub.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
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

	/** What RFC 3986 lets a query hold raw besides letters and digits. */
	private static final String QUERY_CHARS = "-._~!$&'()*+,;=:@/?%";

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
	 * The request's query string as a link may carry it: characters a URI's query may not
	 * hold raw (the quotes and brackets Tomcat lets through, see
	 * {@code application.yaml}) percent-encoded, everything else as sent.
	 * @param request the request
	 * @return the query, or {@code null} when there is none
	 */
	public static String query(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		StringBuilder encoded = new StringBuilder(query.length());
		for (byte b : query.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c < 0x7F && (Character.isLetterOrDigit(c) || QUERY_CHARS.indexOf(c) >= 0)) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		return encoded.toString();
	}

	/**
	 * A link to another page of a list, which keeps the list's {@code limit} and
	 * {@code filter} beside the page's cursor.
	 * @param collection the list's URL
	 * @param limit the {@code limit} asked for, if any
	 * @param cursor the page's cursor; {@code null} when there is no such page
	 * @param filter the {@code filter} asked for, if any
	 * @return the link, or {@code null} when there is no such page
	 */
	public static Link page(String collection, Integer limit, Object cursor, String filter) {
		if (cursor == null) {
			return null;
		}
		String query = ((limit != null) ? "?limit=" + limit + "&" : "?") + "cursor=" + cursor;
		if (filter != null) {
			query += "&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
		}
		return new Link(collection + query);
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
