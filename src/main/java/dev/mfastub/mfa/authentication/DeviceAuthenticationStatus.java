package dev.mfastub.mfa.authentication;

/**
 * Where a device authentication stands: the next action it waits for, or how it ended.
 */
enum DeviceAuthenticationStatus {

	DEVICE_SELECTION_REQUIRED, OTP_REQUIRED, COMPLETED, FAILED;

	boolean pending() {
		return this == DEVICE_SELECTION_REQUIRED || this == OTP_REQUIRED;
	}

}
