package dev.mfastub.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import dev.mfastub.auth.Applications;
import dev.mfastub.auth.Role;
import dev.mfastub.control.EnvironmentDefinition.ApplicationDefinition;
import dev.mfastub.control.EnvironmentDefinition.UserDefinition;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentClock;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.user.MfaState;
import dev.mfastub.user.User;
import dev.mfastub.user.UserProfile;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an environment, its users and its apps from a definition: the one way the seed,
 * the control plane and reset create environments.
 */
@Component
class EnvironmentFactory {

	/** Users written per batch when an environment is built. */
	private static final int BATCH = 500;

	private final EnvironmentRepository environments;

	private final Applications applications;

	private final EnvironmentClock clock;

	private final EntityManager entityManager;

	EnvironmentFactory(EnvironmentRepository environments, Applications applications, EnvironmentClock clock,
			EntityManager entityManager) {
		this.environments = environments;
		this.applications = applications;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Creates the environment. Its clock starts at real time.
	 * @param definition what it holds
	 * @param storedDefinition the definition to keep for reset, or {@code null} when the
	 * seed is the definition
	 * @return the environment
	 */
	@Transactional
	Environment build(EnvironmentDefinition definition, String storedDefinition) {
		Instant now = this.clock.platformNow();
		Environment environment = new Environment(definition.id(), definition.name(), definition.organizationId(),
				definition.populationId(), now);
		environment.changeDefinition(storedDefinition);
		this.environments.saveAndFlush(environment);
		// Inserted in batches and let go of once written: a seed of 100 000 users takes
		// seconds, with no lookup before each insert and no session holding them all.
		List<User> batch = new ArrayList<>(BATCH);
		for (UserDefinition user : definition.users()) {
			User created = new User(user.id(), definition.id(), user.populationId(),
					new UserProfile(user.username(), user.email(), user.name()),
					new MfaState(user.mfaEnabled(), user.bypassMFAEnabledUntil()), now);
			this.entityManager.persist(created);
			batch.add(created);
			if (batch.size() == BATCH) {
				writeOut(batch);
			}
		}
		writeOut(batch);
		for (ApplicationDefinition application : definition.applications()) {
			this.applications.restore(definition.id(), application.clientId(), application.name(),
					application.secretHash(), roles(application), application.grantTypes(), application.enabled());
		}
		return environment;
	}

	private void writeOut(List<User> batch) {
		this.entityManager.flush();
		batch.forEach(this.entityManager::detach);
		batch.clear();
	}

	private static Set<Role> roles(ApplicationDefinition application) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		application.roles().forEach((name) -> roles.add(Role.named(name).orElseThrow()));
		return roles;
	}

}
