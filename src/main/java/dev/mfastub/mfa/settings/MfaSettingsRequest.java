package dev.mfastub.mfa.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.Range;

/**
 * The body of PingOne's "Update MFA Settings". {@code pairing} is required, as in
 * PingOne's schema; a block left out keeps its current values.
 *
 * @param pairing the device limit and the pairing key format
 * @param lockout the failures before a user is locked out, and for how long
 * @param phoneExtensions whether phone numbers may carry an extension
 * @param users whether MFA is enabled by default for new users
 */
record MfaSettingsRequest(@NotNull @Valid Pairing pairing, @Valid Lockout lockout,
		@Valid PhoneExtensions phoneExtensions, @Valid Users users) {

	/**
	 * @param maxAllowedDevices devices a user may have, 1 to 15
	 * @param pairingKeyFormat {@code NUMERIC} or {@code ALPHANUMERIC}
	 */
	record Pairing(@NotNull @Range(min = 1, max = 15) Integer maxAllowedDevices,
			@NotNull @Pattern(regexp = "NUMERIC|ALPHANUMERIC") String pairingKeyFormat) {

	}

	/**
	 * @param failureCount wrong passcodes before the lock, 1 to 10
	 * @param durationSeconds how long the lock lasts, 0 to 86400 seconds; optional, as in
	 * PingOne's request model: left out, the current duration stays
	 */
	record Lockout(@NotNull @Range(min = 1, max = 10) Integer failureCount,
			@Range(min = 0, max = 86_400) Integer durationSeconds) {

	}

	record PhoneExtensions(@NotNull Boolean enabled) {

	}

	/**
	 * @param mfaEnabled whether MFA is to be enabled by default for new users
	 */
	record Users(@NotNull Boolean mfaEnabled) {

	}

}
