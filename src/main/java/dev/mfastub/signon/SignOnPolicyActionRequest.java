package dev.mfastub.signon;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of PingOne's "Create Sign-On Policy Action" and "Update Sign-On Policy
 * Action", for {@code LOGIN} and {@code MULTI_FACTOR_AUTHENTICATION}. Members the stub
 * does not model ({@code condition}, {@code socialProviders}, ...) are ignored.
 *
 * @param type {@code LOGIN} or {@code MULTI_FACTOR_AUTHENTICATION}; it cannot change
 * @param priority its order in the policy, 1 or more
 * @param deviceAuthenticationPolicy an MFA action's MFA policy (required for it)
 * @param noDevicesMode an MFA action's {@code BLOCK} (the default) or {@code BYPASS}
 * @param recovery a LOGIN action's, kept and shown
 * @param registration a LOGIN action's, kept and shown
 */
record SignOnPolicyActionRequest(@NotNull String type, @NotNull @Min(1) @Max(1000) Integer priority,
		@Valid SignOnIdReference deviceAuthenticationPolicy, String noDevicesMode, @Valid SignOnSwitch recovery,
		@Valid SignOnRegistrationRequest registration) {

	/** A reference by id. */
	record SignOnIdReference(@NotNull UUID id) {

	}

	/** A switch. */
	record SignOnSwitch(@NotNull Boolean enabled) {

	}

	/** A LOGIN action's registration. */
	record SignOnRegistrationRequest(@NotNull Boolean enabled, @Valid SignOnIdReference population) {

	}

}
