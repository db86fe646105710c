package dev.mfastub.environment.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.environment.StartupLock;
import dev.mfastub.environment.lifecycle.EnvironmentDefinitionResolver.Source;
import dev.mfastub.environment.lifecycle.EnvironmentSpec.ApplicationSpec;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads the seed before the server takes requests. An environment that already exists is
 * left exactly as it is, so a restart on a file or shared database never overwrites what
 * was written, and instances starting together seed each environment once: they take
 * turns under the {@link StartupLock}.
 */
@Component
public class StoreSeeder implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(StoreSeeder.class);

	private final Seed seed;

	private final boolean builtIn;

	private final EnvironmentRepository environments;

	private final EnvironmentFactory factory;

	private final EnvironmentDefinitionResolver definitions;

	private final StartupLock startupLock;

	StoreSeeder(SeedProperties properties, ResourceLoader resources, JsonMapper mapper, Validator validator,
			EnvironmentRepository environments, EnvironmentFactory factory, EnvironmentDefinitionResolver definitions,
			StartupLock startupLock) {
		this.seed = read(properties.seed(), resources, mapper, validator);
		this.builtIn = SeedProperties.BUILT_IN.equals(properties.seed());
		this.environments = environments;
		this.factory = factory;
		this.definitions = definitions;
		this.startupLock = startupLock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		seedMissingEnvironments();
		if (this.builtIn) {
			logDevelopmentCredentials();
		}
	}

	/**
	 * Puts the whole store back to the startup seed: every environment, sandboxes
	 * included, goes with everything in it, then the seed is loaded again.
	 */
	public void resetToSeed() {
		this.factory.demolishAll();
		seedMissingEnvironments();
	}

	/** Creates every environment of the seed that the store does not have yet. */
	void seedMissingEnvironments() {
		for (EnvironmentSpec environment : this.seed.environments()) {
			try {
				Boolean created = this.startupLock.run(() -> {
					if (this.environments.existsById(environment.id())) {
						return false;
					}
					this.factory.build(definition(environment), null);
					return true;
				});
				if (Boolean.TRUE.equals(created)) {
					logger.info("Seeded environment {} with {} users", environment.id(),
							environment.usersOrEmpty().size());
				}
			}
			catch (DataIntegrityViolationException ex) {
				// A sandbox created with the seed's id in the meantime: it stands.
				if (!this.environments.existsById(environment.id())) {
					throw new IllegalStateException("Seed environment " + environment.id() + " could not be stored: "
							+ ex.getMostSpecificCause(), ex);
				}
				logger.info("Environment {} was created by another request first", environment.id());
			}
		}
	}

	/**
	 * What a seeded environment resets to.
	 * @param environmentId the environment
	 * @return its definition, or empty when the seed has no such environment
	 */
	Optional<EnvironmentDefinition> definitionOf(UUID environmentId) {
		return this.seed.environments()
			.stream()
			.filter((environment) -> environment.id().equals(environmentId))
			.findFirst()
			.map(this::definition);
	}

	private EnvironmentDefinition definition(EnvironmentSpec environment) {
		return this.definitions.resolve(environment, Source.SEED).definition();
	}

	/**
	 * The startup banner of the built-in seed: its secrets are public (they are in the
	 * README), and a developer needs them to get a first token. No other secret is ever
	 * logged.
	 */
	private void logDevelopmentCredentials() {
		for (EnvironmentSpec environment : this.seed.environments()) {
			for (ApplicationSpec application : environment.applicationsOrEmpty()) {
				logger.info("Dev seed: environment {} worker app {} / {} ({})", environment.id(),
						application.clientId(), application.clientSecret(), String.join(", ", application.roles()));
			}
		}
	}

	/**
	 * The rules every environment definition follows (see
	 * {@link EnvironmentDefinitionResolver}), and that no environment is listed twice.
	 */
	private static void check(String location, Seed seed) {
		Set<UUID> environmentIds = new HashSet<>();
		for (int i = 0; i < seed.environments().size(); i++) {
			EnvironmentSpec environment = seed.environments().get(i);
			try {
				EnvironmentDefinitionResolver.check(environment, Source.SEED);
			}
			catch (ApiException invalid) {
				ErrorDetail detail = invalid.details().get(0);
				throw new IllegalStateException("Seed " + location + " is invalid: environments[" + i + "]."
						+ detail.target() + ": " + detail.message());
			}
			if (!environmentIds.add(environment.id())) {
				throw new IllegalStateException(
						"Seed " + location + " lists environment " + environment.id() + " twice");
			}
		}
	}

	static Seed read(String location, ResourceLoader resources, JsonMapper mapper, Validator validator) {
		if (SeedProperties.NONE.equalsIgnoreCase(location.trim())) {
			return Seed.EMPTY;
		}
		Resource resource = resources.getResource(location);
		try (InputStream input = resource.getInputStream()) {
			Seed seed = mapper.readValue(input, Seed.class);
			var violations = validator.validate(seed);
			if (!violations.isEmpty()) {
				ConstraintViolation<Seed> first = violations.iterator().next();
				throw new IllegalStateException(
						"Seed " + location + " is invalid: " + first.getPropertyPath() + " " + first.getMessage());
			}
			check(location, seed);
			return seed;
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException("Seed " + location + " cannot be read: " + ex.getMessage(), ex);
		}
	}

}
