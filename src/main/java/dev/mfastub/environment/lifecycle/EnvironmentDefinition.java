package dev.mfastub.environment.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.mfastub.auth.RoleGrant;
import dev.mfastub.environment.Environment;
import dev.mfastub.user.UserProfile.PersonName;

/**
 * Everything an environment starts with, fully resolved (every id chosen, secrets already
 * hashed): what creation builds and reset rebuilds. Sandboxes keep it as JSON on their
 * environment row; seeded environments rebuild it from the seed.
 *
 * @param id the environment id
 * @param name its name
 * @param organizationId its organization
 * @param populationId its default population
 * @param users its users
 * @param applications its worker apps
 * @param region its PingOne region; {@code NA} when {@code null}
 * @param platform what the Platform API shows of it when made through it; a sandbox in
 * {@code NA} named {@code name} when {@code null}
 * @param newUsersMfaEnabled whether MFA is enabled by default for new users until its MFA
 * settings say otherwise ({@link Environment#newUsersMfaEnabled()}); {@code false} in a
 * definition kept before it was part of one
 */
record EnvironmentDefinition(UUID id, String name, UUID organizationId, UUID populationId, List<UserDefinition> users,
		List<ApplicationDefinition> applications, String region, Environment.Platform platform,
		Boolean newUsersMfaEnabled) {

	EnvironmentDefinition {
		// Definitions kept before it was part of one leave it out.
		newUsersMfaEnabled = Boolean.TRUE.equals(newUsersMfaEnabled);
	}

	/**
	 * The same environment, made through PingOne's Platform API.
	 * @param region its PingOne region
	 * @param platform what the Platform API shows of it
	 * @return the definition
	 */
	EnvironmentDefinition through(String region, Environment.Platform platform) {
		return new EnvironmentDefinition(this.id, this.name, this.organizationId, this.populationId, this.users,
				this.applications, region, platform, this.newUsersMfaEnabled);
	}

	/**
	 * A user as it starts.
	 *
	 * @param id its id
	 * @param username its username
	 * @param email its email
	 * @param name its name
	 * @param populationId its population
	 * @param mfaEnabled whether MFA is enabled
	 * @param bypassMFAEnabledUntil when an MFA bypass ends, or {@code null}
	 */
	record UserDefinition(UUID id, String username, String email, PersonName name, UUID populationId,
			boolean mfaEnabled, Instant bypassMFAEnabledUntil) {

	}

	/**
	 * A worker app as it starts.
	 *
	 * @param clientId its client id
	 * @param name its display name
	 * @param secretHash its secret, hashed
	 * @param roles its roles, each over its environment or its organization
	 * @param grantTypes the grants it may use
	 * @param enabled whether its tokens work
	 */
	record ApplicationDefinition(String clientId, String name, String secretHash, List<RoleGrant> roles,
			List<String> grantTypes, boolean enabled) {

	}

}
