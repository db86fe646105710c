package dev.mfastub.environment.lifecycle;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.auth.RoleScope;
import dev.mfastub.mfa.BypassUntil;
import dev.mfastub.user.UserProfile.PersonName;
import dev.mfastub.user.UserProfile;

/**
 * An environment as a seed file or a sandbox request ({@code POST /__stub/environments})
 * describes it: everything optional but each user's username and each app's roles. Both
 * sources are held to these constraints and to the rules of
 * {@link EnvironmentDefinitionResolver}, which also fills in what is left out, the same
 * way for both.
 *
 * @param id the environment id; generated when absent (a seed must give it)
 * @param name its name
 * @param organizationId the organization it belongs to; derived from the id when absent
 * @param populationId its default population; derived from the id when absent
 * @param users its users
 * @param applications its worker apps
 */
public record EnvironmentSpec(UUID id, @Size(min = 1, max = 256) @Pattern(regexp = TEXT_PATTERN) String name,
		UUID organizationId, UUID populationId, List<@Valid @NotNull UserSpec> users,
		List<@Valid @NotNull ApplicationSpec> applications) {

	static final String TEXT_PATTERN = UserProfile.TEXT_PATTERN;

	/** Printable ASCII without spaces: what a client id may be. */
	static final String CLIENT_ID_PATTERN = "^[\\x21-\\x7e]*$";

	/** An environment with nothing said about it. */
	public static final EnvironmentSpec EMPTY = new EnvironmentSpec(null, null, null, null, null, null);

	List<UserSpec> usersOrEmpty() {
		return (this.users != null) ? this.users : List.of();
	}

	List<ApplicationSpec> applicationsOrEmpty() {
		return (this.applications != null) ? this.applications : List.of();
	}

	/**
	 * A user as it starts.
	 *
	 * @param id its id; generated when absent
	 * @param username required, 1 to 128 characters
	 * @param email its email
	 * @param name its name
	 * @param populationId its population; the environment's default when absent
	 * @param mfaEnabled whether MFA is enabled; {@code false} when absent
	 * @param bypassMFAEnabledUntil when an MFA bypass ends, if one is set
	 */
	public record UserSpec(UUID id, @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TEXT_PATTERN) String username,
			@Email @Size(max = 256) String email, PersonName name, UUID populationId, Boolean mfaEnabled,
			BypassUntil bypassMFAEnabledUntil) {

	}

	/**
	 * A worker app as it starts.
	 *
	 * @param clientId its client id; a UUID when absent (a seed must give it)
	 * @param clientSecret its secret, stored hashed; generated when absent (a seed must
	 * give it)
	 * @param name its display name; the client id when absent
	 * @param roles PingOne role names, each assigned over the app's own environment
	 * @param roleAssignments more roles, each over a scope: the app's environment or its
	 * organization
	 * @param grantTypes the grants it may use; {@code client_credentials} when absent
	 * @param enabled whether its tokens work; {@code true} when absent
	 */
	record ApplicationSpec(@Size(min = 1, max = 128) @Pattern(regexp = CLIENT_ID_PATTERN) String clientId,
			@Size(min = 1, max = 256) String clientSecret,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT_PATTERN) String name,
			@NotNull @Size(min = 1, max = 20) List<@NotNull String> roles,
			@Size(max = 20) List<@Valid @NotNull RoleAssignmentSpec> roleAssignments, List<@NotNull String> grantTypes,
			Boolean enabled) {

		List<RoleAssignmentSpec> roleAssignmentsOrEmpty() {
			return (this.roleAssignments != null) ? this.roleAssignments : List.of();
		}

	}

	/**
	 * A role over a scope, as a seed names it.
	 *
	 * @param role a PingOne role name
	 * @param scope {@code ENVIRONMENT} (the app's own) or {@code ORGANIZATION} (its
	 * environment's)
	 */
	record RoleAssignmentSpec(@NotNull String role, @NotNull RoleScope scope) {

	}

}
