package dev.mfastub.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import dev.mfastub.control.Seed.ApplicationSeed;
import dev.mfastub.control.Seed.EnvironmentSeed;
import dev.mfastub.control.Seed.UserSeed;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentClock;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.user.User;
import dev.mfastub.user.UserProfile;
import dev.mfastub.user.UserRepository;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed before the server takes requests. An environment that already exists is
 * left exactly as it is, so a restart on a file or shared database never overwrites what
 * was written, and two instances starting together seed each environment once.
 */
@Component
public class StoreSeeder implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(StoreSeeder.class);

	private final Seed seed;

	private final EnvironmentRepository environments;

	private final UserRepository users;

	private final EnvironmentClock clock;

	private final TransactionTemplate transactions;

	private final Applications applications;

	private final boolean builtIn;

	StoreSeeder(SeedProperties properties, ResourceLoader resources, JsonMapper mapper, Validator validator,
			EnvironmentRepository environments, UserRepository users, Applications applications, EnvironmentClock clock,
			TransactionTemplate transactions) {
		this.seed = read(properties.seed(), resources, mapper, validator);
		this.builtIn = SeedProperties.BUILT_IN.equals(properties.seed());
		this.environments = environments;
		this.users = users;
		this.applications = applications;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		seedMissingEnvironments();
		if (this.builtIn) {
			logDevelopmentCredentials();
		}
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

	/**
	 * Puts the whole store back to the startup seed: every environment and user goes,
	 * then the seed is loaded again.
	 */
	public void resetToSeed() {
		this.transactions.executeWithoutResult((status) -> {
			this.users.deleteAllInBatch();
			this.environments.deleteAllInBatch();
		});
		seedMissingEnvironments();
	}

	/** Creates every environment of the seed that the store does not have yet. */
	void seedMissingEnvironments() {
		for (EnvironmentSeed environment : this.seed.environments()) {
			try {
				Boolean created = this.transactions.execute((status) -> createIfAbsent(environment));
				if (Boolean.TRUE.equals(created)) {
					logger.info("Seeded environment {} with {} users", environment.id(),
							environment.usersOrEmpty().size());
				}
			}
			catch (DataIntegrityViolationException ex) {
				if (!this.environments.existsById(environment.id())) {
					throw new IllegalStateException("Seed environment " + environment.id() + " could not be stored: "
							+ ex.getMostSpecificCause(), ex);
				}
				// Another instance seeded it first: theirs stands.
				logger.info("Environment {} was seeded by another instance", environment.id());
			}
		}
	}

	private boolean createIfAbsent(EnvironmentSeed seed) {
		if (this.environments.existsById(seed.id())) {
			return false;
		}
		var now = this.clock.now(seed.id());
		UUID population = (seed.populationId() != null) ? seed.populationId() : UUID.randomUUID();
		this.environments
			.saveAndFlush(new Environment(seed.id(), (seed.name() != null) ? seed.name() : seed.id().toString(),
					(seed.organizationId() != null) ? seed.organizationId() : UUID.randomUUID(), population, now));
		for (UserSeed user : seed.usersOrEmpty()) {
			User created = new User((user.id() != null) ? user.id() : UUID.randomUUID(), seed.id(),
					(user.populationId() != null) ? user.populationId() : population,
					new UserProfile(user.username(), user.email(),
							(user.name() != null) ? user.name().orNullIfEmpty() : null),
					Boolean.TRUE.equals(user.mfaEnabled()), now);
			if (user.bypassMFAEnabledUntil() != null) {
				created.changeBypassMfaUntil(user.bypassMFAEnabledUntil().instant(), now);
			}
			this.users.save(created);
		}
		this.users.flush();
		for (ApplicationSeed application : seed.applicationsOrEmpty()) {
			this.applications.register(seed.id(), application.clientId(),
					(application.name() != null) ? application.name() : application.clientId(),
					application.clientSecret(), roles(application), grantTypes(application),
					!Boolean.FALSE.equals(application.enabled()));
		}
		return true;
	}

	private static Set<Role> roles(ApplicationSeed application) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : application.roles()) {
			roles.add(Role.named(name).orElseThrow());
		}
		return roles;
	}

	private static List<String> grantTypes(ApplicationSeed application) {
		return (application.grantTypes() != null && !application.grantTypes().isEmpty()) ? application.grantTypes()
				: List.of(Application.CLIENT_CREDENTIALS);
	}

	/** Ids and usernames the database would refuse, found before anything is written. */
	private static void checkUnique(String location, Seed seed) {
		Set<UUID> environmentIds = new HashSet<>();
		Set<UUID> userIds = new HashSet<>();
		for (EnvironmentSeed environment : seed.environments()) {
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
