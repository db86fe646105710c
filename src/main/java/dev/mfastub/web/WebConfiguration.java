package dev.mfastub.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * PingOne answers in JSON whatever {@code Accept} says, so the stub never answers 406:
 * the Accept header is ignored and JSON comes first. A TRACE is a wrong method like any
 * other.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Spring Boot's dispatcher servlet, but one that never echoes a TRACE request: the
	 * handler mappings answer it 405 with the route's {@code Allow}, as any method a
	 * route does not take. (With TRACE dispatched, the stock servlet still echoes the
	 * request after the handler's answer.)
	 * @param properties {@code spring.mvc.*}
	 * @return the servlet
	 */
	@Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
	DispatcherServlet dispatcherServlet(WebMvcProperties properties) {
		DispatcherServlet servlet = new DispatcherServlet() {

			@Override
			protected void doTrace(HttpServletRequest request, HttpServletResponse response)
					throws ServletException, IOException {
				processRequest(request, response);
			}

		};
		servlet.setDispatchOptionsRequest(properties.isDispatchOptionsRequest());
		servlet.setPublishEvents(properties.isPublishRequestHandledEvents());
		servlet.setEnableLoggingRequestDetails(properties.isLogRequestDetails());
		return servlet;
	}

	/**
	 * Spring MVC's request mappings, but passing over the routes whose literal path
	 * segments differ from the request's before asking their other conditions.
	 * @return the registration
	 */
	@Bean
	WebMvcRegistrations literalSegmentsFirst() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new LiteralSegmentsHandlerMapping();
			}

		};
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.ignoreAcceptHeader(true)
			.defaultContentTypeStrategy((request) -> List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
	}

}
