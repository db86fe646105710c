package dev.mfastub.call;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.PathEnvironment;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method its {@link ApiCall}: the environment of its path, as the
 * request parsed it once ({@link PathEnvironment}; a controller that has the call
 * declares no such path variable), and what the authenticated principal says about the
 * caller.
 */
@Configuration(proxyBeanMethods = false)
class ApiCallResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final ApiCalls calls;

	ApiCallResolver(ApiCalls calls) {
		this.calls = calls;
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
		HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
		// Not an id at all: it names nothing, as every such id.
		UUID environmentId = PathEnvironment.of(servlet).orElseThrow(ApiException::notFound);
		Caller caller = (request.getUserPrincipal() instanceof Authentication authentication
				&& authentication.getDetails() instanceof Caller authenticated) ? authenticated : null;
		return this.calls.of(environmentId, caller, servlet);
	}

}
