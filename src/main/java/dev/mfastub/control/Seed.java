package dev.mfastub.control;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.auth.Application;
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
	 * @param applications its worker apps
	 */
	record EnvironmentSeed(@NotNull UUID id, String name, UUID organizationId, UUID populationId,
			List<@Valid @NotNull UserSeed> users, List<@Valid @NotNull ApplicationSeed> applications) {

		List<UserSeed> usersOrEmpty() {
			return (this.users != null) ? this.users : List.of();
		}

		List<ApplicationSeed> applicationsOrEmpty() {
			return (this.applications != null) ? this.applications : List.of();
		}

	}

	/**
	 * One worker app of a seeded environment.
	 *
	 * @param clientId its client id
	 * @param clientSecret its secret (stored hashed)
	 * @param name a display name; the client id when absent
	 * @param roles PingOne role names: {@code Environment Admin}, {@code Identity Admin},
	 * {@code Identity Data Read Only}
	 * @param enabled whether its tokens work; {@code true} when absent
	 * @param grantTypes the grants it may use; {@code client_credentials} when absent
	 */
	record ApplicationSeed(
			@NotNull @Size(min = 1, max = 128) @Pattern(regexp = Application.CLIENT_ID_PATTERN) String clientId,
			@NotNull @Size(min = 1, max = 256) String clientSecret, String name, @NotNull List<@NotNull String> roles,
			Boolean enabled, List<@NotNull String> grantTypes) {

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
