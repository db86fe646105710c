package dev.mfastub.environment.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the startup seed comes from.
 *
 * @param seed a Spring resource location ({@code classpath:...}, {@code file:...} or a
 * plain path) of a seed file, or {@code none} to start empty
 */
@ConfigurationProperties("stub")
record SeedProperties(@DefaultValue(SeedProperties.BUILT_IN) String seed) {

	static final String BUILT_IN = "classpath:stub/seed.json";

	static final String NONE = "none";

}
