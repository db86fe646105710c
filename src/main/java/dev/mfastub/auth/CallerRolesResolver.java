package dev.mfastub.auth;

import java.util.List;

import dev.mfastub.web.ApiException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method of the API the {@link CallerRoles} of its authenticated
 * caller, for the rules that depend on what the caller holds (who may assign a role,
 * which environments it lists). A request without a checked token has none: 401.
 */
@Configuration(proxyBeanMethods = false)
class CallerRolesResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CallerRoles.class;
	}

	@Override
	public CallerRoles resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		Authentication authentication = (request.getUserPrincipal() instanceof Authentication checked) ? checked : null;
		return CallerRoles.of(authentication).orElseThrow(() -> ApiException.forStatus(HttpStatus.UNAUTHORIZED));
	}

}
