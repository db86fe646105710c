package dev.mfastub.web;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes Tomcat's own error answers PingOne error bodies too, and leaves method refusals
 * to Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
			}
		});
	}

	/**
	 * Lets TRACE through to Spring MVC, which answers it 405 with the route's own
	 * {@code Allow} (Tomcat's refusal lists every method the servlet has). Spring MVC
	 * never echoes the request.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceToSpringMvc() {
		return (factory) -> factory.addConnectorCustomizers((connector) -> connector.setAllowTrace(true));
	}

}
