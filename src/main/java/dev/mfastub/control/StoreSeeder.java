package dev.mfastub.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.auth.Application;
import dev.mfastub.auth.Applications;
import dev.mfastub.auth.Role;
import dev.mfastub.control.EnvironmentDefinition.ApplicationDefinition;
import dev.mfastub.control.EnvironmentDefinition.UserDefinition;
import dev.mfastub.control.Seed.ApplicationSeed;
import dev.mfastub.control.Seed.EnvironmentSeed;
import dev.mfastub.control.Seed.UserSeed;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.environment.StartupLock;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final Applications applications;

	private final TransactionTemplate transactions;

	private final StartupLock startupLock;

	StoreSeeder(SeedProperties properties, ResourceLoader resources, JsonMapper mapper, Validator validator,
			EnvironmentRepository environments, EnvironmentFactory factory, Applications applications,
			TransactionTemplate transactions, StartupLock startupLock) {
		this.seed = read(properties.seed(), resources, mapper, validator);
		this.builtIn = SeedProperties.BUILT_IN.equals(properties.seed());
		this.environments = environments;
		this.factory = factory;
		this.applications = applications;
		this.transactions = transactions;
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
		this.transactions.executeWithoutResult((status) -> this.environments.deleteAllInBatch());
		seedMissingEnvironments();
	}

	/** Creates every environment of the seed that the store does not have yet. */
	void seedMissingEnvironments() {
		for (EnvironmentSeed environment : this.seed.environments()) {
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

	private EnvironmentDefinition definition(EnvironmentSeed seed) {
		UUID population = (seed.populationId() != null) ? seed.populationId()
				: UUID.nameUUIDFromBytes(("population:" + seed.id()).getBytes(StandardCharsets.UTF_8));
		UUID organization = (seed.organizationId() != null) ? seed.organizationId()
				: UUID.nameUUIDFromBytes(("organization:" + seed.id()).getBytes(StandardCharsets.UTF_8));
		List<UserDefinition> users = seed.usersOrEmpty()
			.stream()
			.map((user) -> new UserDefinition((user.id() != null) ? user.id() : UUID.randomUUID(), user.username(),
					user.email(), (user.name() != null) ? user.name().orNullIfEmpty() : null,
					(user.populationId() != null) ? user.populationId() : population,
					Boolean.TRUE.equals(user.mfaEnabled()),
					(user.bypassMFAEnabledUntil() != null) ? user.bypassMFAEnabledUntil().instant() : null))
			.toList();
		List<ApplicationDefinition> apps = seed.applicationsOrEmpty()
			.stream()
			.map((app) -> new ApplicationDefinition(app.clientId(), (app.name() != null) ? app.name() : app.clientId(),
					this.applications.hash(app.clientSecret()), app.roles(),
					(app.grantTypes() != null && !app.grantTypes().isEmpty()) ? app.grantTypes()
							: List.of(Application.CLIENT_CREDENTIALS),
					!Boolean.FALSE.equals(app.enabled())))
			.toList();
		return new EnvironmentDefinition(seed.id(), (seed.name() != null) ? seed.name() : seed.id().toString(),
				organization, population, users, apps);
	}

	/**
	 * The startup banner of the built-in seed: its secrets are public (they are in the
	 * README), and a developer needs them to get a first token. No other secret is ever
	 * logged.
	 */
	private void logDevelopmentCredentials() {
		for (EnvironmentSeed environment : this.seed.environments()) {
			for (ApplicationSeed application : environment.applicationsOrEmpty()) {
				logger.info("Dev seed: environment {} worker app {} / {} ({})", environment.id(),
						application.clientId(), application.clientSecret(), String.join(", ", application.roles()));
			}
		}
	}

	private static void checkUnique(String location, Seed seed) {
		Set<UUID> environmentIds = new HashSet<>();
		for (EnvironmentSeed environment : seed.environments()) {
			Set<UUID> userIds = new HashSet<>();
			if (!environmentIds.add(environment.id())) {
				throw new IllegalStateException(
						"Seed " + location + " lists environment " + environment.id() + " twice");
			}
			Set<String> clientIds = new HashSet<>();
			for (ApplicationSeed application : environment.applicationsOrEmpty()) {
				if (!clientIds.add(application.clientId())) {
					throw new IllegalStateException("Seed " + location + " lists application " + application.clientId()
							+ " twice in environment " + environment.id());
				}
				for (String role : application.roles()) {
					if (Role.named(role).isEmpty()) {
						throw new IllegalStateException("Seed " + location + " gives application "
								+ application.clientId() + " the unknown role '" + role
								+ "'; use Environment Admin, Identity Admin or Identity Data Read Only");
					}
				}
			}
			Set<String> usernames = new HashSet<>();
			for (UserSeed user : environment.usersOrEmpty()) {
				if (!usernames.add(user.username().toLowerCase(Locale.ROOT))) {
					throw new IllegalStateException("Seed " + location + " has two users named " + user.username()
							+ " (ignoring case) in environment " + environment.id());
				}
				if (user.id() != null && !userIds.add(user.id())) {
					throw new IllegalStateException("Seed " + location + " lists user " + user.id() + " twice");
				}
			}
		}
	}

	private static Seed read(String location, ResourceLoader resources, JsonMapper mapper, Validator validator) {
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
			checkUnique(location, seed);
			return seed;
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException("Seed " + location + " cannot be read: " + ex.getMessage(), ex);
		}
	}

}
