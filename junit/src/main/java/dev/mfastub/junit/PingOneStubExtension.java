package dev.mfastub.junit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link PingOneStubTest}. Registered on a static field, it
 * takes options and hands out the class's sandbox to code that runs before the tests
 * (such as a Spring {@code @DynamicPropertySource}):
 *
 * <pre>{@code
 * @RegisterExtension
 * static PingOneStubExtension stub = new PingOneStubExtension().seed(Path.of("src/test/resources/seed.json"));
 * }</pre>
 */
public final class PingOneStubExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PingOneStubExtension.class);

	private static final String SANDBOX = "sandbox";

	/** Each running class's sandbox, for Spring's context of that class. */
	private static final Map<Class<?>, PingOneSandbox> BY_CLASS = new ConcurrentHashMap<>();

	private StubOptions options = StubOptions.defaults();

	private volatile PingOneSandbox sandbox;

	/** An extension with the default options: the stub's own seed, a free port, H2. */
	public PingOneStubExtension() {
	}

	/**
	 * Starts the stub with a seed file, whose first environment each sandbox copies.
	 * @param seed the file
	 * @return this extension
	 */
	public PingOneStubExtension seed(Path seed) {
		return with(new StubOptions(this.options.jar(), seed, this.options.args(), this.options.port(),
				this.options.postgresUrl(), this.options.java(), this.options.startTimeout(),
				this.options.cacheDirectory()));
	}

	/**
	 * Runs this jar of the stub instead of the one the dependency brings.
	 * @param jar the stub's executable jar
	 * @return this extension
	 */
	public PingOneStubExtension jar(Path jar) {
		return with(new StubOptions(jar, this.options.seed(), this.options.args(), this.options.port(),
				this.options.postgresUrl(), this.options.java(), this.options.startTimeout(),
				this.options.cacheDirectory()));
	}

	/**
	 * Adds arguments for the stub.
	 * @param args such as {@code --stub.journal.limit=100}
	 * @return this extension
	 */
	public PingOneStubExtension args(String... args) {
		List<String> all = new ArrayList<>(this.options.args());
		all.addAll(Arrays.asList(args));
		return with(new StubOptions(this.options.jar(), this.options.seed(), all, this.options.port(),
				this.options.postgresUrl(), this.options.java(), this.options.startTimeout(),
				this.options.cacheDirectory()));
	}

	/**
	 * Starts the stub on a fixed port.
	 * @param port the port
	 * @return this extension
	 */
	public PingOneStubExtension port(int port) {
		return with(new StubOptions(this.options.jar(), this.options.seed(), this.options.args(), port,
				this.options.postgresUrl(), this.options.java(), this.options.startTimeout(),
				this.options.cacheDirectory()));
	}

	/**
	 * Keeps the stub's state in PostgreSQL.
	 * @param jdbcUrl the database's JDBC URL
	 * @return this extension
	 */
	public PingOneStubExtension postgresUrl(String jdbcUrl) {
		return with(new StubOptions(this.options.jar(), this.options.seed(), this.options.args(), this.options.port(),
				jdbcUrl, this.options.java(), this.options.startTimeout(), this.options.cacheDirectory()));
	}

	/**
	 * Runs the stub on another JDK, such as a JDK 25 for its AOT cache.
	 * @param java the {@code java} executable
	 * @return this extension
	 */
	public PingOneStubExtension java(Path java) {
		return with(new StubOptions(this.options.jar(), this.options.seed(), this.options.args(), this.options.port(),
				this.options.postgresUrl(), java, this.options.startTimeout(), this.options.cacheDirectory()));
	}

	/**
	 * How long the stub may take to come up.
	 * @param timeout the longest wait
	 * @return this extension
	 */
	public PingOneStubExtension startTimeout(Duration timeout) {
		return with(new StubOptions(this.options.jar(), this.options.seed(), this.options.args(), this.options.port(),
				this.options.postgresUrl(), this.options.java(), timeout, this.options.cacheDirectory()));
	}

	/**
	 * The running class's sandbox: available from the class's {@code beforeAll} on.
	 * @return the sandbox
	 * @throws IllegalStateException before the class started
	 */
	public PingOneSandbox sandbox() {
		PingOneSandbox current = this.sandbox;
		if (current == null) {
			throw new IllegalStateException("No sandbox yet: register the extension on a static field, "
					+ "and ask for the sandbox once the test class has started.");
		}
		return current;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		PingOneSandbox enclosing = context.getStore(NAMESPACE).get(SANDBOX, PingOneSandbox.class);
		if (enclosing != null) {
			// A nested class: it shares its enclosing class's sandbox.
			context.getTestClass().ifPresent((type) -> BY_CLASS.put(type, enclosing));
			return;
		}
		StubOptions effective = optionsFor(context);
		StubProcess stub = StubProcess.shared(effective);
		PingOneSandbox created = PingOneSandbox.create(stub, definition(effective.seed()));
		context.getStore(NAMESPACE).put(SANDBOX, created);
		context.getTestClass().ifPresent((type) -> BY_CLASS.put(type, created));
		this.sandbox = created;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		context.getTestClass().ifPresent(BY_CLASS::remove);
		PingOneSandbox created = context.getStore(NAMESPACE).remove(SANDBOX, PingOneSandbox.class);
		if (created != null) {
			created.delete();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == PingOneSandbox.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		PingOneSandbox found = context.getStore(NAMESPACE).get(SANDBOX, PingOneSandbox.class);
		return (found != null) ? found : sandbox();
	}

	/** The sandbox of a running test class, if it has one. */
	static Optional<PingOneSandbox> sandboxOf(Class<?> testClass) {
		return Optional.ofNullable(BY_CLASS.get(testClass));
	}

	private PingOneStubExtension with(StubOptions options) {
		this.options = options;
		return this;
	}

	/** The annotation's options when the class has one, else this extension's. */
	private StubOptions optionsFor(ExtensionContext context) {
		Optional<PingOneStubTest> annotation = context.getTestClass()
			.flatMap((type) -> AnnotationSupport.findAnnotation(type, PingOneStubTest.class));
		if (annotation.isEmpty()) {
			return this.options;
		}
		PingOneStubTest test = annotation.get();
		return new StubOptions(test.jar().isEmpty() ? null : Path.of(test.jar()),
				test.seed().isEmpty() ? null : Path.of(test.seed()), List.of(test.args()), test.port(),
				test.postgresUrl().isEmpty() ? null : test.postgresUrl(), null,
				Duration.ofSeconds(test.startTimeoutSeconds()), null);
	}

	/**
	 * A sandbox's definition: the seed's first environment under a new id, or nothing
	 * (one worker app, Environment Admin and Identity Data Admin).
	 */
	@SuppressWarnings("unchecked")
	static String definition(Path seed) {
		if (seed == null) {
			return "{}";
		}
		try {
			Map<String, Object> file = Json.object(Files.readString(seed, StandardCharsets.UTF_8));
			List<Object> environments = (List<Object>) file.get("environments");
			if (environments == null || environments.isEmpty()) {
				return "{}";
			}
			Map<String, Object> environment = new LinkedHashMap<>((Map<String, Object>) environments.get(0));
			// Sandboxes beside the seeded environment: each its own id.
			environment.remove("id");
			return Json.write(environment);
		}
		catch (IOException | RuntimeException ex) {
			throw new PingOneStubException("Could not read the seed " + seed + ": " + ex.getMessage(), ex);
		}
	}

}
