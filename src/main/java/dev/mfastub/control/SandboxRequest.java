package dev.mfastub.control;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mfastub.mfa.BypassUntil;
import dev.mfastub.user.UserProfile;
import dev.mfastub.user.UserProfile.PersonName;

/**
 * The body of {@code POST /__stub/environments}: everything optional but each user's
 * username and each app's roles.
 *
 * @param id the environment id; generated when absent
 * @param name its name
 * @param users its users
 * @param applications its worker apps; one Identity Admin app when absent
 */
record SandboxRequest(UUID id, @Size(min = 1, max = 256) @Pattern(regexp = TEXT_PATTERN) String name,
		List<@Valid @NotNull SandboxUser> users, List<@Valid @NotNull SandboxApplication> applications) {

	static final String TEXT_PATTERN = UserProfile.TEXT_PATTERN;

	/**
	 * A user of the sandbox.
	 *
	 * @param id its id; generated when absent
	 * @param username required, 1 to 128 characters
	 * @param email its email
	 * @param name its name
	 * @param mfaEnabled whether MFA is enabled; {@code false} when absent
	 * @param bypassMFAEnabledUntil when an MFA bypass ends
	 */
	record SandboxUser(UUID id, @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TEXT_PATTERN) String username,
			@Email @Size(max = 256) String email, PersonName name, Boolean mfaEnabled,
			BypassUntil bypassMFAEnabledUntil) {

	}

	/**
	 * A worker app of the sandbox.
	 *
	 * @param clientId its client id; a UUID when absent
	 * @param clientSecret its secret; generated when absent
	 * @param name its display name
	 * @param roles PingOne role names
	 * @param grantTypes the grants it may use; {@code client_credentials} when absent
	 * @param enabled whether its tokens work; {@code true} when absent
	 */
	record SandboxApplication(@Size(min = 1, max = 128) @Pattern(regexp = "^[\\x21-\\x7e]*$") String clientId,
			@Size(min = 1, max = 256) String clientSecret,
			@Size(min = 1, max = 256) @Pattern(regexp = TEXT_PATTERN) String name,
			@NotNull @Size(min = 1, max = 3) List<@NotNull String> roles, List<@NotNull String> grantTypes,
			Boolean enabled) {

	}

}
