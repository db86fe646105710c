package dev.mfastub.mfa.device;

/**
 * PingOne's device statuses.
 */
public enum DeviceStatus {

	/** Paired: usable for authentication. */
	ACTIVE,

	/** Created, waiting for the pairing passcode. */
	ACTIVATION_REQUIRED

}
