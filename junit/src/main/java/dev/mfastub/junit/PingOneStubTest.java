package dev.mfastub.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the PingOne MFA stub: starts the stub (once per JVM, shared by
 * every class with the same options) and gives the class its own sandbox, deleted after
 * it. Test methods and constructors take the sandbox as a {@link PingOneSandbox}
 * parameter.
 *
 * <pre>{@code
 * @PingOneStubTest
 * class MfaTest {
 *     @Test
 *     void enablesMfa(PingOneSandbox sandbox) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PingOneStubExtension.class)
public @interface PingOneStubTest {

	/**
	 * A seed file (the stub's format): the stub starts with it, and each sandbox copies
	 * its first environment (under a new id). Empty for the stub's own seed and a sandbox
	 * with one worker app.
	 * @return the file's path, relative to the working directory
	 */
	String seed() default "";

	/**
	 * The stub's executable jar. Empty for the one the library's dependency brings.
	 * @return the jar's path
	 */
	String jar() default "";

	/**
	 * More arguments for the stub, such as {@code --stub.journal.limit=100}.
	 * @return the arguments
	 */
	String[] args() default {};

	/**
	 * A fixed port. 0 for a free one.
	 * @return the port
	 */
	int port() default 0;

	/**
	 * A PostgreSQL JDBC URL to keep the stub's state in (with its credentials as
	 * {@code --spring.datasource.username=...} in {@link #args()}), to share one database
	 * across suites. Empty for H2 in memory.
	 * @return the URL
	 */
	String postgresUrl() default "";

	/**
	 * How long the stub may take to come up before the class fails.
	 * @return seconds
	 */
	long startTimeoutSeconds() default 120;

}
