package dev.mfastub.environment;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.Correlation;
import dev.mfastub.web.Links;
import dev.mfastub.web.Uuids;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method its {@link ApiCall}: the {@code environmentId} of its path,
 * that environment's clock reading for this request ({@link RequestClock}: the one the
 * token check made), the authenticated client, the correlation id and the base URL.
 */
@Configuration(proxyBeanMethods = false)
class ApiCallResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	static final String ENVIRONMENT_ID = "environmentId";

	private final RequestClock clock;

	ApiCallResolver(RequestClock clock) {
		this.clock = clock;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == ApiCall.class;
	}

	@Override
	public ApiCall resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		UUID environmentId = Uuids.parseOrNull(Links.pathVariable(request, ENVIRONMENT_ID));
		if (environmentId == null) {
			// Not an id at all: it names nothing, as every such id.
			throw ApiException.notFound();
		}
		HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
		Principal caller = request.getUserPrincipal();
		@SuppressWarnings("unchecked")
		Set<UUID> populations = (servlet.getAttribute(ApiCall.POPULATIONS_ATTRIBUTE) instanceof Set<?> reached)
				? (Set<UUID>) reached : null;
		return new ApiCall(environmentId, this.clock.now(environmentId), (caller != null) ? caller.getName() : null,
				Correlation.of(servlet), Links.base(servlet), populations);
	}

}
