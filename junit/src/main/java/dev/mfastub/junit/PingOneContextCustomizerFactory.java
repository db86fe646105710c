package dev.mfastub.junit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * For Spring tests with {@link PingOneStubTest}: the application context of such a class
 * gets its sandbox as properties, so the application's own configuration can name them
 * ({@code pingone.api-url=${pingone.stub.api-url}}). Each such class has a context of its
 * own, since each has a sandbox of its own. Loaded by Spring alone (through
 * {@code META-INF/spring.factories}), so nothing of Spring is needed without it.
 */
final class PingOneContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return AnnotatedElementUtils.hasAnnotation(testClass, PingOneStubTest.class) ? new SandboxProperties(testClass)
				: null;
	}

	/** The properties of one test class's sandbox. */
	record SandboxProperties(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			PingOneSandbox sandbox = PingOneStubExtension.sandboxOf(this.testClass)
				.orElseThrow(() -> new IllegalStateException("No sandbox for " + this.testClass.getName()
						+ " yet: its Spring context loads before @PingOneStubTest made one (a class with "
						+ "@TestInstance(PER_CLASS) does that); register PingOneStubExtension on a static field "
						+ "and use @DynamicPropertySource instead."));
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("pingone.stub.base-url", sandbox.baseUrl());
			properties.put("pingone.stub.api-url", sandbox.apiUrl());
			properties.put("pingone.stub.auth-url", sandbox.authUrl());
			properties.put("pingone.stub.environment-id", sandbox.environmentId());
			properties.put("pingone.stub.client-id", sandbox.clientId());
			properties.put("pingone.stub.client-secret", sandbox.clientSecret());
			// Spring Security's OAuth2 client, for an application whose provider is named
			// pingone: the sandbox's auth server is its issuer.
			properties.put("spring.security.oauth2.client.provider.pingone.issuer-uri", sandbox.authUrl());
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("pingOneSandbox", properties));
		}

	}

}
