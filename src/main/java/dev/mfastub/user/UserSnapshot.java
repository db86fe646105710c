package dev.mfastub.user;

import java.time.Instant;
import java.util.UUID;

import dev.mfastub.user.UserProfile.PersonName;

/**
 * A user as the journal records it before and after a change.
 *
 * @param id the user id
 * @param username the username
 * @param email the email
 * @param name the name
 * @param populationId the population
 * @param enabled whether the user is enabled
 * @param mfaEnabled whether MFA is enabled
 * @param bypassMFAEnabledUntil when the MFA bypass ends, if one was set
 */
record UserSnapshot(UUID id, String username, String email, PersonName name, UUID populationId, boolean enabled,
		boolean mfaEnabled, Instant bypassMFAEnabledUntil) {

	static UserSnapshot of(User user) {
		UserProfile profile = user.profile();
		return new UserSnapshot(user.id(), profile.username(), profile.email(), profile.name(), user.populationId(),
				user.enabled(), user.mfaEnabled(), user.bypassMfaUntil());
	}

}
