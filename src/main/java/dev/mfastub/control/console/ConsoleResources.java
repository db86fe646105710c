package dev.mfastub.control.console;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's stylesheet and script, served from the jar under its gate
 * ({@code /__stub/console/assets}); nothing is fetched from another site.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/__stub/console/assets/**")
			.addResourceLocations("classpath:/console/")
			.setCacheControl(CacheControl.maxAge(Duration.ofMinutes(5)));
	}

}
