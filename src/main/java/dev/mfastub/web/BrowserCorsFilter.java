package dev.mfastub.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS on the PingOne API, as PingOne answers it ("Cross-origin resource sharing" on its
 * API requests page): every origin is trusted, since the API is called with access tokens
 * and never reads cookies; only PingOne's request headers may be sent, and only
 * {@code Correlation-Id} may be read. It runs before Spring Security's chain and the
 * fault filter, so a 401, a 403 or an injected 503 is as readable to a console as a
 * success. The control plane, the docs and health have no CORS at all.
 */
@Component
@Order(FilterOrder.CORS)
class BrowserCorsFilter extends CorsFilter {

	/** The request headers PingOne lets a cross-origin call send. */
	static final List<String> ALLOWED_HEADERS = List.of("Accept", "Accept-Language", "Content-Language", "Content-Type",
			"Range", "Authorization", "Content-Length", "Cookie", "Correlation-Id", "Origin", "Origin-Cookies",
			"Referer", "Referrer", "X-Amz-Date", "X-Amz-Security-Token", "X-Api-Key", "X-client-version",
			"X-Content-Type-Options");

	/** PingOne does not say how long a preflight may be cached: an hour, here. */
	static final Duration MAX_AGE = Duration.ofHours(1);

	/**
	 * The PingOne API's paths: the management API, each auth server, the MFA flow, the
	 * Flow API (which a single-page app calls for a redirectless sign-on).
	 */
	private static final List<String> API_PATHS = List.of("/v1/**", "/*/as/**", "/*/deviceAuthentications",
			"/*/deviceAuthentications/**", "/*/flows/**");

	private final UrlBasedCorsConfigurationSource source;

	BrowserCorsFilter() {
		this(source());
	}

	private BrowserCorsFilter(UrlBasedCorsConfigurationSource source) {
		super(source);
		this.source = source;
		setCorsProcessor(new PingOneCorsProcessor());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Only a browser sends Origin; tools' requests pass untouched, at the cost of one
		// header lookup. Outside the API nothing answers CORS.
		return request.getHeader(HttpHeaders.ORIGIN) == null || this.source.getCorsConfiguration(request) == null;
	}

	private static UrlBasedCorsConfigurationSource source() {
		CorsConfiguration api = new CorsConfiguration();
		api.addAllowedOrigin(CorsConfiguration.ALL);
		api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		api.setAllowedHeaders(ALLOWED_HEADERS);
		api.setExposedHeaders(List.of(Correlation.CORRELATION_ID));
		api.setAllowCredentials(false);
		api.setMaxAge(MAX_AGE);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		API_PATHS.forEach((path) -> source.registerCorsConfiguration(path, api));
		return source;
	}

	/**
	 * Spring's processor, but a refused preflight (a method or header PingOne does not
	 * allow) is answered by the one error path, as a PingOne error body.
	 */
	private static final class PingOneCorsProcessor extends DefaultCorsProcessor {

		@Override
		protected void rejectRequest(ServerHttpResponse response) {
			throw new ApiException(HttpStatus.FORBIDDEN, "ACCESS_FAILED",
					ApiException.PREFIX
							+ "The cross-origin request asks for a method or header that the API does not allow.",
					null, null);
		}

	}

}
