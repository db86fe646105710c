package dev.mfastub.control;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.mfastub.mfa.BypassUntil;
import dev.mfastub.user.UserProfile.PersonName;

/**
 * A seed file: the environments, and the users in them, that the store starts with.
 *
 * @param environments the environments to create
 */
record Seed(@NotNull List<@Valid @NotNull EnvironmentSeed> environments) {

	static final Seed EMPTY = new Seed(List.of());

	/**
	 * One environment of a seed.
	 *
	 * @param id its id
	 * @param name its name; the id when absent
	 * @param organizationId the organization it belongs to; generated when absent
	 * @param populationId its default population; generated when absent
	 * @param users its users
	 */
	record EnvironmentSeed(@NotNull UUID id, String name, UUID organizationId, UUID populationId,
			List<@Valid @NotNull UserSeed> users) {

		List<UserSeed> usersOrEmpty() {
			return (this.users != null) ? this.users : List.of();
		}

	}

	/**
	 * One user of a seeded environment.
	 *
	 * @param id its id; generated when absent
	 * @param username its username
	 * @param email its email
	 * @param name its name
	 * @param populationId its population; the environment's default when absent
	 * @param mfaEnabled whether MFA is enabled; {@code false} when absent
	 * @param bypassMFAEnabledUntil when an MFA bypass ends, if one is set
	 */
	record UserSeed(UUID id, @NotNull @Size(min = 1, max = 128) String username, String email, PersonName name,
			UUID populationId, Boolean mfaEnabled, BypassUntil bypassMFAEnabledUntil) {

	}

}
