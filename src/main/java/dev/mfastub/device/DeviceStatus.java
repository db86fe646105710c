package dev.mfastub.device;

/**
 * PingOne's device statuses.
 */
enum DeviceStatus {

	/** Paired: usable for authentication. */
	ACTIVE,

	/** Created, waiting for the pairing passcode. */
	ACTIVATION_REQUIRED

}
