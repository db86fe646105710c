package dev.mfastub.environment.lifecycle;

import java.time.Instant;
import java.util.UUID;

import dev.mfastub.auth.CredentialService;
import dev.mfastub.call.EnvironmentClock;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentRepository;
import dev.mfastub.environment.lifecycle.EnvironmentDefinition.ApplicationDefinition;
import dev.mfastub.environment.lifecycle.EnvironmentDefinition.UserDefinition;
import dev.mfastub.password.PasswordPolicyService;
import dev.mfastub.population.PopulationService;
import dev.mfastub.signon.SignOnPolicyService;
import dev.mfastub.user.MfaState;
import dev.mfastub.user.UserProfile;
import dev.mfastub.user.UserService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an environment, its populations, password and sign-on policies, users and apps
 * from a definition: the one way the seed, the control plane and reset create
 * environments.
 */
@Component
class EnvironmentFactory {

	private final EnvironmentRepository environments;

	private final CredentialService applications;

	private final EnvironmentClock clock;

	private final UserService users;

	private final PopulationService populations;

	private final PasswordPolicyService passwordPolicies;

	private final SignOnPolicyService signOnPolicies;

	EnvironmentFactory(EnvironmentRepository environments, CredentialService applications, EnvironmentClock clock,
			UserService users, PopulationService populations, PasswordPolicyService passwordPolicies,
			SignOnPolicyService signOnPolicies) {
		this.signOnPolicies = signOnPolicies;
		this.populations = populations;
		this.passwordPolicies = passwordPolicies;
		this.environments = environments;
		this.applications = applications;
		this.clock = clock;
		this.users = users;
	}

	/**
	 * Deletes an environment with everything in it: its users first (they hold on to its
	 * populations), then the rest through the schema's cascades.
	 * @param id the environment
	 */
	@Transactional
	void demolish(UUID id) {
		this.users.deleteAllOf(id);
		this.environments.deleteWithEverythingIn(id);
	}

	/** Deletes every environment, with everything in each. */
	@Transactional
	void demolishAll() {
		this.users.deleteAll();
		this.environments.deleteAllInBatch();
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
		environment.defaultNewUsersMfa(definition.newUsersMfaEnabled());
		if (definition.platform() != null) {
			environment.describe(definition.platform(), now);
		}
		if (definition.region() != null) {
			environment.locate(definition.region());
		}
		this.environments.saveAndFlush(environment);
		this.populations.restore(definition.id(), definition.populationId(),
				definition.users().stream().map(UserDefinition::populationId).toList(), now);
		this.passwordPolicies.restore(definition.id(), now);
		this.signOnPolicies.restore(definition.id(), now);
		this.users.restore(definition.id(),
				definition.users()
					.stream()
					.map((user) -> new UserService.Initial(user.id(), user.populationId(),
							UserProfile.of(user.username(), user.email(), user.name()),
							new MfaState(user.mfaEnabled(), user.bypassMFAEnabledUntil())))
					.toList(),
				now);
		for (ApplicationDefinition application : definition.applications()) {
			this.applications.restore(definition.id(), definition.organizationId(), application.clientId(),
					application.name(), application.secretHash(), application.roles(), application.grantTypes(),
					application.enabled());
		}
		return environment;
	}

}
