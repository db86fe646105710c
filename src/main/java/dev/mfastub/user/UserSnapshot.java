package dev.mfastub.user;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A user as the journal records it before and after a change: its attributes as a client
 * sets them (never a password), and the state the stub's endpoints change.
 *
 * @param id the user id
 * @param profile username, email, name and the other attributes, at the top level
 * @param populationId the population
 * @param enabled whether the user is enabled
 * @param mfaEnabled whether MFA is enabled
 * @param bypassMFAEnabledUntil when the MFA bypass ends, if one was set
 * @param verifyStatus whether ID verification can be done for the user
 */
@JsonPropertyOrder({ "id", "profile", "populationId", "enabled", "mfaEnabled", "bypassMFAEnabledUntil",
		"verifyStatus" })
record UserSnapshot(UUID id, @JsonUnwrapped UserProfile profile, UUID populationId, boolean enabled, boolean mfaEnabled,
		Instant bypassMFAEnabledUntil, String verifyStatus) {

	static UserSnapshot of(User user) {
		return new UserSnapshot(user.id(), user.profile(), user.populationId(), user.enabled(), user.mfaEnabled(),
				user.bypassMfaUntil(), user.verifyStatus());
	}

}
