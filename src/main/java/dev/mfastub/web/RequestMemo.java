package dev.mfastub.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Values worked out once per HTTP request and kept for the rest of it, for the features
 * that share one (the clock reading that the token check and the controller both use).
 * Kept as request attributes, which only this package reads; outside a request nothing is
 * kept.
 */
public final class RequestMemo {

	private static final String PREFIX = RequestMemo.class.getName() + ".";

	private RequestMemo() {
	}

	/**
	 * The value kept under this key for the current request, worked out now if there is
	 * none yet.
	 * @param <T> its type
	 * @param key what it is, unique to its kind
	 * @param type its type
	 * @param work how to work it out
	 * @return the value
	 */
	public static <T> T computeIfAbsent(String key, Class<T> type, Supplier<T> work) {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes bound)
				? computeIfAbsent(bound.getRequest(), key, type, work) : work.get();
	}

	/**
	 * The value kept under this key for a request, worked out now if there is none yet:
	 * for the filters, which may run before the request is bound to the thread.
	 * @param <T> its type
	 * @param request the request
	 * @param key what it is, unique to its kind
	 * @param type its type
	 * @param work how to work it out
	 * @return the value
	 */
	public static <T> T computeIfAbsent(HttpServletRequest request, String key, Class<T> type, Supplier<T> work) {
		Object kept = request.getAttribute(PREFIX + key);
		if (type.isInstance(kept)) {
			return type.cast(kept);
		}
		T value = work.get();
		request.setAttribute(PREFIX + key, value);
		return value;
	}

}
