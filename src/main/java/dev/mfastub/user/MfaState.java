package dev.mfastub.user;

import java.time.Instant;

/**
 * A user's MFA settings, as {@link UserRepository} reads them without loading the user.
 *
 * @param mfaEnabled whether MFA is enabled
 * @param bypassMfaUntil when a bypass ends, or {@code null} when none was ever set
 */
public record MfaState(boolean mfaEnabled, Instant bypassMfaUntil) {

}
