package dev.mfastub.web;

import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * PingOne answers in JSON whatever {@code Accept} says, so the stub never answers 406:
 * the Accept header is ignored and JSON comes first.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Path and query ids: only the canonical form names a resource. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, UUID.class, Uuids::parse);
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.ignoreAcceptHeader(true)
			.defaultContentTypeStrategy((request) -> List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
	}

}
