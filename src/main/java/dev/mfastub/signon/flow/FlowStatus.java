package dev.mfastub.signon.flow;

/**
 * The flow statuses the stub gives, of PingOne's "Flow status values".
 */
enum FlowStatus {

	USERNAME_PASSWORD_REQUIRED, DEVICE_SELECTION_REQUIRED, OTP_REQUIRED, COMPLETED, FAILED;

	boolean pending() {
		return this != COMPLETED && this != FAILED;
	}

}
